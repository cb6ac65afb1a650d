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

/**
 * What the camera is told of a scene's labels (`ControllerOptions.padding`): each label's point,
 * where it lies across the camera's box from west (0) to east (1), and how far (CSS pixels) the
 * label can reach west and east of it.
 */
export interface SceneLabels {
	labels: { x: number; west: number; east: number }[];
}

/**
 * Where a longitude lies across a box from its west edge (0) to its east edge (1), the box's east
 * past 180° when it crosses the antimeridian. Linear in longitude, as Mercator is; on a globe a
 * point lies further in than this says, so room kept by it is enough.
 */
export function across(lon: number, west: number, east: number): number {
	if (!(east > west)) return 0.5;
	let x = lon;
	while (x < west - 1e-9) x += 360;
	while (x >= west + 360) x -= 360;
	// East of the box: at its east edge, or at its west edge when that is nearer round the world.
	if (x > east) return x - east < west + 360 - x ? 1 : 0;
	return (x - west) / (east - west);
}

/**
 * Room to add at each side of the camera's padding so that every label, wherever it is put around
 * its point, stays `edge` pixels inside the map: a label at the box's west edge needs its whole
 * westward reach on the left, one further in what its distance from the edge does not give.
 * `width`: the narrowest the framed box can be (the map's width less every margin and the most
 * room); `margin`: what the padding keeps already; no side gets more than `most`.
 */
export function labelSides(labels: SceneLabels['labels'], width: number, margin: number, most: number, edge = 8): { left: number; right: number } {
	const side = (need: number) => Math.round(Math.min(most, Math.max(0, need + edge - margin)));
	const left = Math.max(0, ...labels.map((l) => l.west - l.x * width));
	const right = Math.max(0, ...labels.map((l) => l.east - (1 - l.x) * width));
	return { left: side(left), right: side(right) };
}
