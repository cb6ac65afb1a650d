/**
 * The map's own edges, and the edges of what the page draws over it, as obstacles for labels.
 * MapLibre draws a label whose anchor is on the map even when its text runs off it, cut at the edge
 * (half a city's name at a world view's rim, a scene's own focus cut short), and knows nothing of
 * the page's legend or timeline over the map; it has no setting against either
 * (mapbox/mapbox-gl-js#6432: the workaround its maintainers give is this one). Once the camera has
 * settled, a ring of blank icons runs a few pixels inside the map's edge, and rows of them fill each
 * cover (`ControllerOptions.covers`); labels keep clear of them as they keep clear of the lines
 * (`lines.ts`), so a story place's name goes to the other side of its dot (its anchors are
 * variable) and a context label that does not fit is left out, as the static map does. While the
 * camera moves there is no ring: a ring at the view being left would cut across the frames on the
 * way. A ring is checked against the view each time the map goes idle (a change of projection
 * lands a frame after the move that asked for it), and laid again if it is off.
 */
import type { GeoJSONSource, Map as MlMap } from 'maplibre-gl';
import type { FeatureCollection, MultiLineString, Position } from 'geojson';
import type { KindRuntime, LayerKind } from './types';
import type { Rect } from '../padding';
import { OBSTACLE, obstacleLayer } from '../dots';

/** How far inside the map's edge the ring runs, and how far apart its points are (CSS pixels). */
export const FRAME_INSET = 3;
const STEP = 24;
/** Rows across a cover, this far apart: the obstacles along them leave no gap a label fits in. */
const FILL_ROW = 7;

/**
 * The lines labels keep clear of, in map coordinates: a ring just inside a `width`×`height` map,
 * and each of `covers` (what the page draws over the map) ringed just outside and filled with rows,
 * clipped to the map.
 * `unproject` turns a pixel into [lon, lat] (or null off the globe). Split where a ring would jump
 * across the antimeridian (the long way round would cut through the world) and where a point is
 * not on the map.
 */
export function frameRing(
	width: number,
	height: number,
	unproject: (x: number, y: number) => Position | null,
	covers: Rect[] = [],
	inset = FRAME_INSET,
	step = STEP
): MultiLineString {
	const rects: Rect[] = [
		{ left: inset, top: inset, right: width - inset, bottom: height - inset },
		...covers.map((c) => ({
			left: Math.max(0, c.left - inset),
			top: Math.max(0, c.top - inset),
			right: Math.min(width, c.right + inset),
			bottom: Math.min(height, c.bottom + inset)
		}))
	];
	const lines: Position[][] = [];
	const paths: [number, number][][] = [];
	rects.forEach((r, i) => {
		if (!(r.right > r.left && r.bottom > r.top)) return;
		const pixels: [number, number][] = [];
		const side = (ax: number, ay: number, bx: number, by: number) => {
			const n = Math.max(1, Math.ceil(Math.hypot(bx - ax, by - ay) / step));
			for (let k = 0; k < n; k++) pixels.push([ax + ((bx - ax) * k) / n, ay + ((by - ay) * k) / n]);
		};
		side(r.left, r.top, r.right, r.top);
		side(r.right, r.top, r.right, r.bottom);
		side(r.right, r.bottom, r.left, r.bottom);
		side(r.left, r.bottom, r.left, r.top);
		pixels.push([r.left, r.top]);
		paths.push(pixels);
		// A cover is filled too, row by row (the obstacles are 8 px across): a label wholly under a
		// translucent timeline would show through it.
		if (i === 0) return;
		for (let y = r.top + FILL_ROW; y < r.bottom - FILL_ROW / 2; y += FILL_ROW) {
			const row: [number, number][] = [];
			const n = Math.max(1, Math.ceil((r.right - r.left) / step));
			for (let k = 0; k <= n; k++) row.push([r.left + ((r.right - r.left) * k) / n, y]);
			paths.push(row);
		}
	});
	for (const pixels of paths) {
		let line: Position[] = [];
		const end = () => {
			if (line.length >= 2) lines.push(line);
			line = [];
		};
		for (const [x, y] of pixels) {
			const p = unproject(x, y);
			if (!p || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) {
				end();
				continue;
			}
			const last = line[line.length - 1];
			if (last && Math.abs(p[0]! - last[0]!) > 180) end();
			line.push(p);
		}
		end();
	}
	return { type: 'MultiLineString', coordinates: lines };
}

function create(): KindRuntime {
	const set = (map: MlMap, fc: FeatureCollection) => (map.getSource('map-frame') as GeoJSONSource | undefined)?.setData(fc);
	/** The ring on the map now: where each of its points was meant to be on screen. */
	let drawn: { px: [number, number]; at: Position }[] = [];
	/** What covered the map when the rings were laid (a legend that grows needs new ones). */
	let coveredBy = '';
	/** Tries since the camera last moved (a ring that never matches must not loop). */
	let tries = 0;
	const matches = (map: MlMap, covers: string) => {
		if (drawn.length === 0 || covers !== coveredBy) return false;
		return drawn.every(({ px, at }, i) => {
			if (i % 6) return true;
			const p = map.project(at as [number, number]);
			return Math.abs(p.x - px[0]) < 1 && Math.abs(p.y - px[1]) < 1;
		});
	};
	return {
		sources: () => ({ 'map-frame': { type: 'geojson', data: { type: 'FeatureCollection', features: [] } } }),
		layers: () => [],
		// Invisible, placed first with the lines' obstacles (overlays are on top).
		overlays: () => [obstacleLayer('map-frame', 'map-frame')],
		images: () => ({ [OBSTACLE.image]: { pixels: OBSTACLE.pixels(), pixelRatio: OBSTACLE.pixelRatio } }),
		apply() {},
		moving(map) {
			tries = 0;
			if (drawn.length === 0) return;
			drawn = [];
			set(map, { type: 'FeatureCollection', features: [] });
		},
		settled(map, { covers }) {
			const key = JSON.stringify(covers.map((c) => [c.left, c.top, c.right, c.bottom].map(Math.round)));
			if (!map.getSource('map-frame') || matches(map, key) || tries >= 3) return false;
			tries++;
			coveredBy = key;
			const el = map.getContainer();
			const points: { px: [number, number]; at: Position }[] = [];
			const ring = frameRing(el.clientWidth, el.clientHeight, (x, y) => {
				const p = map.unproject([x, y]);
				const at: Position = [p.lng, p.lat];
				// Off the globe (space around a world view) there is no map to keep labels on.
				const back = map.project(p);
				if (!(Math.abs(back.x - x) < 1 && Math.abs(back.y - y) < 1)) return null;
				points.push({ px: [x, y], at });
				return at;
			}, covers);
			if (points.length === 0 && drawn.length === 0) return false;
			drawn = points;
			set(map, { type: 'FeatureCollection', features: ring.coordinates.length ? [{ type: 'Feature', properties: {}, geometry: ring }] : [] });
			return true;
		},
		renderedLayers: () => [],
		legendKey: () => undefined
	};
}

export const frame: LayerKind = {
	id: 'frame',
	legendRank: 99,
	create,
	legend: () => [],
	svg() {}
};
