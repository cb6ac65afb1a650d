/**
 * Marker images as plain RGBA pixels (no sprite sheet, no canvas): a 2D canvas's getImageData is a
 * GPU read-back that blocks the main thread for tens of milliseconds under software WebGL.
 */

import type { LayerSpecification } from 'maplibre-gl';

export interface Pixels {
	width: number;
	height: number;
	data: Uint8ClampedArray;
}

const hex = (c: string): [number, number, number] => [parseInt(c.slice(1, 3), 16), parseInt(c.slice(3, 5), 16), parseInt(c.slice(5, 7), 16)];

/**
 * A disc of radius `r` (CSS px) filled with `fill` inside a ring of `ringWidth` px of `ring`, at
 * `ratio`× pixels with a one-pixel soft edge. `fill` undefined: a hollow ring.
 */
export function dotPixels(r: number, fill: string | undefined, ring: string, ringWidth: number, ratio = 2): Pixels {
	const half = ringWidth / 2;
	const size = Math.ceil((r + half + 1) * 2 * ratio);
	const data = new Uint8ClampedArray(size * size * 4);
	const c = size / 2;
	const [fr, fg, fb] = fill ? hex(fill) : [0, 0, 0];
	const [rr, rg, rb] = hex(ring);
	for (let y = 0; y < size; y++) {
		for (let x = 0; x < size; x++) {
			const d = Math.hypot(x + 0.5 - c, y + 0.5 - c) / ratio;
			const outer = Math.min(1, Math.max(0, r + half - d + 0.5));
			if (outer <= 0) continue;
			const inner = Math.min(1, Math.max(0, r - half - d + 0.5));
			const i = (y * size + x) * 4;
			if (fill) {
				data[i] = Math.round(rr + (fr - rr) * inner);
				data[i + 1] = Math.round(rg + (fg - rg) * inner);
				data[i + 2] = Math.round(rb + (fb - rb) * inner);
				data[i + 3] = Math.round(255 * outer);
			} else {
				// Hollow: the ring only, white inside (the ring's colour on the halo white).
				data[i] = Math.round(rr + (255 - rr) * inner);
				data[i + 1] = Math.round(rg + (255 - rg) * inner);
				data[i + 2] = Math.round(rb + (255 - rb) * inner);
				data[i + 3] = Math.round(255 * outer);
			}
		}
	}
	return { width: size, height: size, data };
}

/** A fully transparent image: an obstacle for label placement that draws nothing. */
export function blankPixels(size: number): Pixels {
	return { width: size, height: size, data: new Uint8ClampedArray(size * size * 4) };
}

/**
 * An invisible obstacle for label placement: a blank 8 px icon every 8 px along the lines of
 * `source`. Placed with every label's collision (overlays sit on top, so MapLibre places them
 * first), they keep labels off the lines (the scene's lines, the map's frame). Its image is
 * `OBSTACLE.image`, made from `OBSTACLE.pixels()`.
 */
export const OBSTACLE = { image: 'obstacle', pixels: () => blankPixels(16), pixelRatio: 2 } as const;

export function obstacleLayer(id: string, source: string): LayerSpecification {
	return {
		id,
		type: 'symbol',
		source,
		layout: {
			'symbol-placement': 'line',
			'symbol-spacing': 8,
			'icon-image': OBSTACLE.image,
			'icon-allow-overlap': true,
			'icon-ignore-placement': false,
			'icon-padding': 1,
			'icon-rotation-alignment': 'map'
		}
	};
}
