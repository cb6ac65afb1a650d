/**
 * Camera padding that keeps a scene's places out from under whatever covers the map (the text card,
 * the buttons): find the largest rectangle of the screen that no obstacle covers and pad the camera
 * to it. Pure; rectangles in CSS pixels, viewport-relative.
 */

export interface Rect {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

export interface Padding {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

const overlaps = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * The largest free rectangle: its edges are the viewport's edges or obstacles' edges, and it
 * overlaps no obstacle. Ties go to the first found (left and top edges of the viewport first).
 */
export function largestFreeRect(width: number, height: number, obstacles: Rect[]): Rect {
	const clip = obstacles
		.map((o) => ({ left: Math.max(0, o.left), top: Math.max(0, o.top), right: Math.min(width, o.right), bottom: Math.min(height, o.bottom) }))
		.filter((o) => o.right > o.left && o.bottom > o.top);
	const lefts = [0, ...clip.map((o) => o.right)];
	const rights = [width, ...clip.map((o) => o.left)];
	const tops = [0, ...clip.map((o) => o.bottom)];
	const bottoms = [height, ...clip.map((o) => o.top)];
	let best: Rect = { left: 0, top: 0, right: 0, bottom: 0 };
	let bestArea = -1;
	for (const left of lefts)
		for (const right of rights) {
			if (right <= left) continue;
			for (const top of tops)
				for (const bottom of bottoms) {
					if (bottom <= top) continue;
					const r = { left, top, right, bottom };
					const area = (right - left) * (bottom - top);
					if (area > bestArea && !clip.some((o) => overlaps(r, o))) {
						best = r;
						bestArea = area;
					}
				}
		}
	return best;
}

/**
 * Padding for the camera so that what it frames lands in the largest free part of the screen,
 * `margin` pixels clear of every obstacle. If obstacles leave less than `minFree` pixels either
 * way, it gives up on avoiding them and only keeps the margin (the map must still frame the scene).
 */
export function cameraPadding(width: number, height: number, obstacles: Rect[], margin = 40, minFree = 160): Padding {
	const free = largestFreeRect(width, height, obstacles);
	const pad = {
		left: Math.round(free.left + margin),
		top: Math.round(free.top + margin),
		right: Math.round(width - free.right + margin),
		bottom: Math.round(height - free.bottom + margin)
	};
	if (width - pad.left - pad.right < minFree || height - pad.top - pad.bottom < minFree) {
		return { top: margin, right: margin, bottom: margin, left: margin };
	}
	return pad;
}
