/**
 * One scene announcer for every page that plays the story (the story page, the kiosk, the embed):
 * when the active scene changes it marks `<html data-active-scene>`, fires the window event
 * `scenechange` (`detail: { id, index }`, a stable interface for hosts and tests) and tells its
 * caller, once per change, never for the same scene twice.
 */

export interface AnnouncerTarget {
	documentElement: { dataset: DOMStringMap };
	dispatchEvent(e: Event): boolean;
}

export type SceneChange = { id: string; index: number; first: boolean };

export function createAnnouncer(onChange?: (c: SceneChange) => void, target?: AnnouncerTarget) {
	let current: string | undefined;
	return function announce(id: string, index: number): boolean {
		if (id === current) return false;
		const first = current === undefined;
		current = id;
		const t = target ?? { documentElement: document.documentElement, dispatchEvent: (e: Event) => window.dispatchEvent(e) };
		t.documentElement.dataset.activeScene = id;
		t.dispatchEvent(new CustomEvent('scenechange', { detail: { id, index } }));
		onChange?.({ id, index, first });
		return true;
	};
}
