/**
 * How the reader moves and what the page tells about it, loaded with the page's chrome after first
 * paint (the browser itself already opens a deep link `/#scene` at its scene's text): the deep
 * link put in reading position, the story keys, the hash that follows the reader, the
 * `scenechange` event and `data-active-scene` for hosts, and what screen readers hear.
 */
import { keyTarget, sceneFromHash, throttle } from '../story/navigation';
import type { SceneSummary } from '../story/types';
import type { Reader } from './reader.svelte';

type KeyLike = Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'defaultPrevented' | 'target' | 'preventDefault'>;

export class ReaderNav {
	/** What the polite live region says (scene changes, not the first scene on load). */
	announcement = $state('');

	private deepLinked = false;
	private writeHash = throttle((id: string) => {
		if (this.reader.env.location.hash !== `#${id}`) this.reader.env.replaceHash(`#${id}`);
	}, 400);
	constructor(
		private reader: Reader,
		private sayScene: (scene: SceneSummary) => string
	) {
		reader.onSceneChange = ({ first }) => {
			if (this.reader.scroller) this.writeHash(this.reader.active.id);
			// Screen readers hear the scene change politely, not on page load.
			if (!first) this.announcement = this.sayScene(this.reader.active);
		};
		// The reader moved on before this arrived: say where they are now.
		if (reader.sceneChanges > 1) {
			this.announcement = this.sayScene(reader.active);
			if (reader.scroller) this.writeHash(reader.active.id);
		}
	}

	/**
	 * Once the scroll engine is up: open at the scene the hash names, in reading position. Returns
	 * that scene's index the first time (for the page to hold it there while it settles: anchor.ts).
	 */
	followDeepLink(): number | undefined {
		const r = this.reader;
		if (!r.scroller || this.deepLinked) return undefined;
		this.deepLinked = true;
		const linked = sceneFromHash(r.env.location.hash, r.scenes().map((s) => s.id));
		// A reader who already scrolled (the browser opened the deep link at its text) keeps their place.
		const start = r.scrolledByReader ? undefined : linked;
		if (start !== undefined) r.goToScene(start, 'instant');
		// The reader scrolled into the story before the engine was up: the hash says where they are.
		else if (r.sceneChanges >= 1 && !r.scroller.beforeFirst()) this.writeHash(r.active.id);
		return start;
	}

	/** Story keys (↓ ↑ PageDown PageUp Home End); anything typed into a control is left alone. */
	onKey(e: KeyLike): void {
		const r = this.reader;
		if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey || e.defaultPrevented) return;
		const t = e.target as { isContentEditable?: boolean; tagName?: string } | null;
		if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT|BUTTON|SUMMARY|A)$/.test(t.tagName ?? ''))) return;
		if (!r.scroller) return;
		const next = keyTarget(e.key, r.index, r.scenes().length, r.scroller.beforeFirst());
		if (next === undefined) return;
		e.preventDefault();
		r.goToScene(next);
	}

	destroy(): void {
		this.writeHash.cancel();
		this.reader.onSceneChange = undefined;
	}
}
