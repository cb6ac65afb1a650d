/**
 * The map's own edges, as an obstacle for labels. MapLibre draws a label whose anchor is on the
 * map even when its text runs off it, cut at the edge (half a city's name at a world view's rim,
 * a scene's own focus cut short), and has no setting against it (mapbox/mapbox-gl-js#6432: the
 * workaround its maintainers give is this one). Once the camera has settled, a ring of blank icons
 * runs a few pixels inside the map's edge; labels keep clear of it as they keep clear of the lines
 * (`lines.ts`), so a story place's name goes to the other side of its dot (its anchors are
 * variable) and a context label that does not fit is left out, as the static map does. While the
 * camera moves there is no ring: a ring at the view being left would cut across the frames on the
 * way. A ring is checked against the view each time the map goes idle (a change of projection
 * lands a frame after the move that asked for it), and laid again if it is off.
 */
import type { GeoJSONSource, Map as MlMap } from 'maplibre-gl';
import type { FeatureCollection, MultiLineString, Position } from 'geojson';
import type { KindRuntime, LayerKind } from './types';
import { blankPixels } from '../dots';

/** How far inside the map's edge the ring runs, and how far apart its points are (CSS pixels). */
export const FRAME_INSET = 3;
const STEP = 24;

/**
 * The ring just inside a `width`×`height` map, in map coordinates: `unproject` turns a pixel into
 * [lon, lat] (or null off the globe). Split where it would jump across the antimeridian (a ring
 * that ran the long way round would cut through the world) and where a point is not on the map.
 */
export function frameRing(
	width: number,
	height: number,
	unproject: (x: number, y: number) => Position | null,
	inset = FRAME_INSET,
	step = STEP
): MultiLineString {
	const [x0, y0, x1, y1] = [inset, inset, width - inset, height - inset];
	const pixels: [number, number][] = [];
	const side = (ax: number, ay: number, bx: number, by: number) => {
		const n = Math.max(1, Math.ceil(Math.hypot(bx - ax, by - ay) / step));
		for (let i = 0; i < n; i++) pixels.push([ax + ((bx - ax) * i) / n, ay + ((by - ay) * i) / n]);
	};
	if (x1 > x0 && y1 > y0) {
		side(x0, y0, x1, y0);
		side(x1, y0, x1, y1);
		side(x1, y1, x0, y1);
		side(x0, y1, x0, y0);
		pixels.push([x0, y0]);
	}
	const lines: Position[][] = [];
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
	return { type: 'MultiLineString', coordinates: lines };
}

function create(): KindRuntime {
	const set = (map: MlMap, fc: FeatureCollection) => (map.getSource('map-frame') as GeoJSONSource | undefined)?.setData(fc);
	/** The ring on the map now: where each of its points was meant to be on screen. */
	let drawn: { px: [number, number]; at: Position }[] = [];
	/** Tries since the camera last moved (a ring that never matches must not loop). */
	let tries = 0;
	const matches = (map: MlMap) => {
		if (drawn.length === 0) return false;
		return drawn.every(({ px, at }, i) => {
			if (i % 6) return true;
			const p = map.project(at as [number, number]);
			return Math.abs(p.x - px[0]) < 1 && Math.abs(p.y - px[1]) < 1;
		});
	};
	return {
		sources: () => ({ 'map-frame': { type: 'geojson', data: { type: 'FeatureCollection', features: [] } } }),
		layers: () => [],
		overlays: () => [
			{
				// Invisible, placed first with the lines' obstacles (overlays are on top).
				id: 'map-frame',
				type: 'symbol',
				source: 'map-frame',
				layout: {
					'symbol-placement': 'line',
					'symbol-spacing': 8,
					'icon-image': 'frame-obstacle',
					'icon-allow-overlap': true,
					'icon-ignore-placement': false,
					'icon-padding': 1,
					'icon-rotation-alignment': 'map'
				}
			}
		],
		images: () => ({ 'frame-obstacle': { pixels: blankPixels(16), pixelRatio: 2 } }),
		apply() {},
		moving(map) {
			tries = 0;
			if (drawn.length === 0) return;
			drawn = [];
			set(map, { type: 'FeatureCollection', features: [] });
		},
		settled(map) {
			if (!map.getSource('map-frame') || matches(map) || tries >= 3) return false;
			tries++;
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
			});
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
