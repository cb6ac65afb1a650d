/**
 * Geometry prepared for d3 (cached per feature object): densified edges, rings wound the way d3
 * wants, the lon/lat box a basemap file covers, cumulative lengths of lines. Pure.
 */
import { geoArea } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, LineString, Position } from 'geojson';
import { measure } from '../geo/lines';
import type { LonLatBox } from './projection';

export type AnyFeature = Feature<Geometry, unknown>;

/** Insert points so no segment spans more than `step` degrees: MapLibre draws edges straight in
 * Mercator, d3 along great circles; on short segments the two agree. Jumps across 180° are kept. */
function densify(coords: Position[], step = 1): Position[] {
	const out: Position[] = [];
	coords.forEach((p, i) => {
		const a = coords[i - 1];
		if (a) {
			const dx = (p[0] as number) - (a[0] as number);
			const dy = (p[1] as number) - (a[1] as number);
			const n = Math.abs(dx) > 180 ? 1 : Math.ceil(Math.max(Math.abs(dx), Math.abs(dy)) / step);
			for (let j = 1; j < n; j++) out.push([(a[0] as number) + (dx * j) / n, (a[1] as number) + (dy * j) / n]);
		}
		out.push(p);
	});
	return out;
}

/** GeoJSON (RFC 7946) rings run counter-clockwise; d3 wants clockwise. Fix each polygon by area. */
function forD3Polygon(rings: Position[][]): Position[][] {
	const dense = rings.map((r) => densify(r));
	if (geoArea({ type: 'Polygon', coordinates: dense }) <= 2 * Math.PI) return dense;
	return dense.map((r) => [...r].reverse());
}

function forD3(g: Geometry): Geometry {
	switch (g.type) {
		case 'Polygon':
			return { type: 'Polygon', coordinates: forD3Polygon(g.coordinates) };
		case 'MultiPolygon':
			return { type: 'MultiPolygon', coordinates: g.coordinates.map(forD3Polygon) };
		case 'LineString':
			return { type: 'LineString', coordinates: densify(g.coordinates) };
		case 'MultiLineString':
			return { type: 'MultiLineString', coordinates: g.coordinates.map((l) => densify(l)) };
		case 'GeometryCollection':
			return { type: 'GeometryCollection', geometries: g.geometries.map(forD3) };
		default:
			return g;
	}
}

const prepared = new WeakMap<object, Geometry>();
export function prepare(f: AnyFeature): Geometry {
	let g = prepared.get(f);
	if (!g) {
		g = forD3(f.geometry);
		prepared.set(f, g);
	}
	return g;
}

const coverage = new WeakMap<object, LonLatBox>();
/** The lon/lat box a basemap file covers (regional files are cut on a box). */
export function coverageOf(fc: FeatureCollection): LonLatBox {
	let box = coverage.get(fc);
	if (!box) {
		let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
		const walk = (c: unknown): void => {
			if (!Array.isArray(c)) return;
			if (typeof c[0] === 'number') {
				const [x, y] = c as [number, number];
				w = Math.min(w, x);
				e = Math.max(e, x);
				s = Math.min(s, y);
				n = Math.max(n, y);
			} else c.forEach(walk);
		};
		for (const f of fc.features) if (f.geometry && 'coordinates' in f.geometry) walk(f.geometry.coordinates);
		box = [w, s, e, n];
		coverage.set(fc, box);
	}
	return box;
}

const measured = new WeakMap<object, number[]>();
export function cumulative(f: Feature<LineString, unknown>): number[] {
	let cum = measured.get(f);
	if (!cum) {
		cum = measure(f.geometry.coordinates);
		measured.set(f, cum);
	}
	return cum;
}
