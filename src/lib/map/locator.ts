/**
 * The locator inset: a tiny Web Mercator view of East and Southeast Asia with a box showing what
 * the main map shows. Plain arithmetic, so the page needs no projection library; the land outline
 * is drawn once at build time from the basemap the map already has (no second copy of the data).
 */
import type { FeatureCollection, Position } from 'geojson';
import { positionsOf } from '../geo/lines';

export const EXTENT = { west: 88, east: 150, south: -12, north: 52 } as const;
export const WIDTH = 160;

const mercY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (Math.max(-85, Math.min(85, lat)) * Math.PI) / 360));
const K = WIDTH / (EXTENT.east - EXTENT.west);
const KY = (WIDTH / ((EXTENT.east - EXTENT.west) * Math.PI)) * 180;
export const HEIGHT = Math.round((mercY(EXTENT.north) - mercY(EXTENT.south)) * KY);

/** [lon, lat] → [x, y] in the inset's pixels. */
export function project(lon: number, lat: number): [number, number] {
	return [(lon - EXTENT.west) * K, (mercY(EXTENT.north) - mercY(lat)) * KY];
}

/** The box of the main map's view in the inset, clipped to it; undefined if it lies outside. */
export function viewBox(bounds: [number, number, number, number]): { x: number; y: number; w: number; h: number } | undefined {
	let [w, s, e, n] = bounds;
	// A view centred across the antimeridian reports longitudes beyond ±180; bring it back near Asia.
	while (w > EXTENT.east) {
		w -= 360;
		e -= 360;
	}
	const [x1, y1] = project(Math.max(w, EXTENT.west - 5), Math.min(n, 84));
	const [x2, y2] = project(Math.min(e, EXTENT.east + 5), Math.max(s, -84));
	const x = Math.max(0, x1);
	const y = Math.max(0, y1);
	const box = { x, y, w: Math.min(WIDTH, x2) - x, h: Math.min(HEIGHT, y2) - y };
	return box.w > 0 && box.h > 0 ? box : undefined;
}

/** SVG path of the land inside the inset, 1-decimal pixels (build time). */
export function landPath(fc: FeatureCollection): string {
	const parts: string[] = [];
	for (const f of fc.features) {
		const g = f.geometry;
		const polys: Position[][][] = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
		for (const poly of polys) {
			for (const ring of poly) {
				const pts = positionsOf(ring);
				if (!pts.some(([lon, lat]) => lon! > EXTENT.west - 10 && lon! < EXTENT.east + 10 && lat! > EXTENT.south - 10 && lat! < EXTENT.north + 10)) continue;
				let d = '';
				let last = '';
				for (const [lon, lat] of pts) {
					const [x, y] = project(lon!, lat!);
					const pt = `${x.toFixed(1)} ${y.toFixed(1)}`;
					if (pt === last) continue;
					d += (d ? 'L' : 'M') + pt;
					last = pt;
				}
				if (d) parts.push(d + 'Z');
			}
		}
	}
	return parts.join('');
}
