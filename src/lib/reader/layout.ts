/**
 * Where things sit on the story page, read from the page itself: the space the camera keeps free
 * of whatever covers the map, and the reading position a jump puts a scene's text at. Loaded with
 * the page's chrome.
 */
import { cameraPadding, labelSides, type Padding, type Rect, type SceneLabels } from '../map/padding';
import { inset } from '../map/locator';
import { locator as locatorExtent } from 'virtual:story/locator';

export type { Padding };

/**
 * The inset's box where it appears (top right, under the controls), reserved before it does: its
 * drawing, as large as the story's locator extent makes it, and its 2 px border.
 */
const LOCATOR = (() => {
	const { width, height } = inset(locatorExtent);
	return { width: width + 4, height: height + 4 };
})();

function relative(r: DOMRect, to: DOMRect): Rect {
	return { left: r.left - to.left, top: r.top - to.top, right: r.right - to.left, bottom: r.bottom - to.top };
}

function visible(el: Element | null): el is HTMLElement {
	if (!(el instanceof HTMLElement)) return false;
	const r = el.getBoundingClientRect();
	return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
}

/**
 * What covers the map where the reader sees it, as viewport rectangles: the bar (on phones all of
 * it, on wide screens its controls), the legend, the locator inset, the timeline, the attribution.
 * No map label is drawn under them (`layers/frame.ts`).
 */
export function mapCovers(wide = !visible(document.querySelector('.bar-toggle'))): Rect[] {
	const sels = wide ? ['.bar-top', '.bar-row', '.map-legend [data-legend]', '.map-locator', '.map-timeline'] : ['.bar'];
	return [...sels, '.maplibregl-ctrl-bottom-right', '.map-camera']
		.flatMap((sel) => [...document.querySelectorAll(sel)])
		.filter(visible)
		.map((el) => el.getBoundingClientRect());
}

/**
 * The camera frames a scene in the largest part of the map that nothing covers: on phones below
 * the bar's first row (the bar is that small while the reader scrolls down) and clear of the
 * attribution; on wide screens also clear of the controls, the legend, the locator inset (its place
 * kept even before it appears) and the timeline. Labels sit beside their dots: a little more room
 * on the right. `scene`: the scene's labels (the controller's `padding`); on a phone each side keeps
 * room for the labels near it, else room for a long name.
 */
export function storyPadding(wide: boolean, labels?: SceneLabels['labels']): Padding {
	const column = document.querySelector('.map-column');
	if (!column) return { top: 40, right: 40, bottom: 40, left: 40 };
	const m = column.getBoundingClientRect();
	const obstacles: Rect[] = [];
	const add = (el: Element | null) => {
		if (visible(el)) obstacles.push(relative(el.getBoundingClientRect(), m));
	};
	add(column.querySelector('.maplibregl-ctrl-bottom-right'));
	add(document.querySelector('.map-camera'));
	if (wide) {
		for (const sel of ['.bar-top', '.bar-row', '.map-legend [data-legend]', '.map-timeline']) add(document.querySelector(sel));
		const bar = document.querySelector('.bar-row') ?? document.querySelector('.bar-top');
		const below = bar ? bar.getBoundingClientRect().bottom - m.top + 8 : 60;
		const locator = document.querySelector('.map-locator');
		if (visible(locator)) add(locator);
		else obstacles.push({ left: m.width - 10 - LOCATOR.width, top: below, right: m.width - 10, bottom: below + LOCATOR.height });
	} else {
		// The bar's first row, as wide as the map: all the bar keeps while the reader scrolls down.
		const top = document.querySelector('.bar-top');
		if (visible(top)) obstacles.push({ left: 0, top: 0, right: m.width, bottom: top.getBoundingClientRect().bottom - m.top + 4 });
	}
	// Room for a label above the topmost place (its height, its offset from the dot) and for the
	// frame labels keep off (layers/frame.ts) on a wide map.
	const margin = wide ? 44 : 22;
	const pad = cameraPadding(m.width, m.height, obstacles, margin, 120);
	// A label is as wide as a dozen letters, beside its dot: room for it on either side. On a phone
	// the map is narrow and a label at its edge would be cut: room at each edge for the labels that
	// come near it (a short name there costs little), as much as for a long one at most.
	if (!wide) {
		const most = Math.round(Math.min(m.width * 0.22, 110));
		const free = m.width - pad.left - pad.right;
		const { left, right } = labels ? labelSides(labels, Math.max(1, free - 2 * most), margin, most) : { left: most, right: most };
		return { ...pad, left: pad.left + left, right: pad.right + right };
	}
	const side = Math.round(Math.min(m.width * 0.12, 110));
	return { ...pad, left: pad.left + Math.round(side / 2), right: pad.right + side };
}

/**
 * Where a scene's text starts when the reader jumps to it: the steps' `scroll-margin-top`
 * (SceneCard), where a plain link to a scene puts it too: just below the map on phones.
 */
export function readingTop(wide: boolean): number {
	const step = document.querySelector<HTMLElement>('[data-scene]');
	const margin = step ? parseFloat(getComputedStyle(step).scrollMarginTop) || 0 : 0;
	if (wide) return margin;
	const map = document.querySelector<HTMLElement>('.map-column');
	return Math.max(margin, (map?.getBoundingClientRect().height ?? 0) + 8);
}
