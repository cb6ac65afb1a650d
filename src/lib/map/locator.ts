/**
 * The locator inset: a tiny Web Mercator view of the story's region (`settings.locator`) with a box
 * showing what the main map shows. Plain arithmetic, so the page needs no projection library; the
 * land outline is drawn once at build time from the basemap the map already has.
 */
import type { FeatureCollection, Position } from 'geojson';
import { positionsOf } from '../geo/lines';

export interface Extent {
	west: number;
	east: number;
	south: number;
	north: number;
}

export const WIDTH = 160;

const mercY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (Math.max(-85, Math.min(85, lat)) * Math.PI) / 360));

/** The inset's projection for a region: [lon, lat] → [x, y] in pixels, and its height. */
export function inset(ext: Extent) {
	const k = WIDTH / (ext.east - ext.west);
	const ky = (WIDTH / ((ext.east - ext.west) * Math.PI)) * 180;
	const height = Math.round((mercY(ext.north) - mercY(ext.south)) * ky);
	const project = (lon: number, lat: number): [number, number] => [(lon - ext.west) * k, (mercY(ext.north) - mercY(lat)) * ky];
	return { width: WIDTH, height, project };
}

/** The box of the main map's view in the inset, clipped to it; undefined if it lies outside. */
export function viewBox(ext: Extent, bounds: [number, number, number, number]): { x: number; y: number; w: number; h: number } | undefined {
	const { project, height } = inset(ext);
	let [w, s, e, n] = bounds;
	// A view centred across the antimeridian reports longitudes beyond ±180; bring it back near the region.
	while (w > ext.east) {
		w -= 360;
		e -= 360;
	}
	const [x1, y1] = project(Math.max(w, ext.west - 5), Math.min(n, 84));
	const [x2, y2] = project(Math.min(e, ext.east + 5), Math.max(s, -84));
	const x = Math.max(0, x1);
	const y = Math.max(0, y1);
	const box = { x, y, w: Math.min(WIDTH, x2) - x, h: Math.min(height, y2) - y };
	return box.w > 0 && box.h > 0 ? box : undefined;
}

/** SVG path of the land inside the inset, 1-decimal pixels (build time). */
export function landPath(ext: Extent, fc: FeatureCollection): string {
	const { project } = inset(ext);
	const parts: string[] = [];
	for (const f of fc.features) {
		const g = f.geometry;
		const polys: Position[][][] = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
		for (const poly of polys) {
			for (const ring of poly) {
				const pts = positionsOf(ring);
				if (!pts.some(([lon, lat]) => lon! > ext.west - 10 && lon! < ext.east + 10 && lat! > ext.south - 10 && lat! < ext.north + 10)) continue;
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
