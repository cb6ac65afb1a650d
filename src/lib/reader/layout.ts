/**
 * Where things sit on the story page, read from the page itself: the space the camera keeps free
 * of what covers the map, and the reading position a jump puts a scene's text at.
 */

export interface Padding {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

/**
 * The camera keeps clear of whatever covers the map: on wide screens the controls around it, on
 * phones the text card over its lower part and the bar over its top.
 */
export function storyPadding(wide: boolean, activeId: string): Padding {
	const h = window.innerHeight;
	const w = window.innerWidth;
	if (wide) return { top: 90, bottom: 150, left: 150, right: 170 };
	// The card reaches up to the trigger line (60% down) when its scene starts; the bar covers the top.
	const card = document.querySelector<HTMLElement>(`[data-scene="${CSS.escape(activeId)}"] .card`);
	const covered = Math.min(card?.offsetHeight ?? h * 0.4, h * 0.4);
	const bar = document.querySelector<HTMLElement>('.bar')?.offsetHeight ?? 90;
	return { top: bar + 24, bottom: Math.round(covered + 16), left: Math.round(w * 0.2), right: Math.round(w * 0.2) };
}

/**
 * Where a scene's text starts when the reader jumps to it: the steps' `scroll-margin-top`
 * (SceneCard), where a plain link to a scene puts it too; on phones never under the bar, which
 * can be taller than that margin allows for (large text, 200% zoom).
 */
export function readingTop(wide: boolean): number {
	const step = document.querySelector<HTMLElement>('[data-scene]');
	const margin = step ? parseFloat(getComputedStyle(step).scrollMarginTop) || 0 : 0;
	if (wide) return margin;
	return Math.max(margin, (document.querySelector<HTMLElement>('.bar')?.offsetHeight ?? 0) + 12);
}
