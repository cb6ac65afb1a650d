/**
 * The basemap and the highlighted areas as vector tiles, cut at build time from the same validated
 * GeoJSON (cut by `tiles.ts`). A map then fetches only the tiles in view, simplified for the zoom
 * it is drawn at, instead of a whole file for the world or the region.
 *
 * Each tiled layer is its own tile set: `/data/tiles/<id>/<z>/<x>/<y>.pbf`, one layer named `<id>`
 * in each tile. The zooms are chosen from the data, not per story:
 * - the deepest tile zoom is the one at which the data is no longer simplified (nine in ten of its
 *   segments are at least twice geojson-vt's tolerance), but at most two zooms above the first zoom the layer
 *   is drawn at, and never deeper than the last. Past it the map overzooms: the tile holds the data
 *   at full detail.
 * - the shallowest is the first zoom the layer is drawn at (or the deepest, if that is shallower).
 * Every tile inside the data's box is written, empty ones as empty files: the map asks only inside
 * the set's `bounds`, and no request answers 404 (a kiosk's log stays clean, a host needs no rule).
 */
import type { FeatureCollection } from 'geojson';
import type { Dataset } from './dataset.ts';
import { MERCATOR_MAX_LAT } from '../geo/mercator.ts';

/** The tile grid's resolution (MapLibre's default) and geojson-vt's simplification tolerance in it. */
export const EXTENT = 4096;
export const TOLERANCE = 3;
/** Beyond Web Mercator's edge there are no tiles. */
const MAX_LAT = MERCATOR_MAX_LAT;
/**
 * A layer's tiles are cut at most this many zooms above the first one it is drawn at. Layers cut at
 * different zooms meet along their cut edges on different grids; from two zooms up, the gap is at
 * most half a pixel four zooms deeper, and no scene goes that deep past a cut edge.
 */
const MAX_SHALLOWER = 2;

export interface TileSet {
	id: string;
	/** Tile zooms written: the map overzooms `maxzoom` tiles beyond it. */
	minzoom: number;
	maxzoom: number;
	/** [west, south, east, north] of the data, as MapLibre's source `bounds`. */
	bounds: [number, number, number, number];
}

type Position = [number, number];

function eachRing(fc: FeatureCollection, fn: (ring: Position[]) => void): void {
	const walk = (c: unknown): void => {
		const a = c as unknown[];
		if (Array.isArray(a[0]) && typeof (a[0] as unknown[])[0] === 'number') fn(a as Position[]);
		else for (const x of a) walk(x);
	};
	for (const f of fc.features) {
		const g = f.geometry;
		if (!g) continue;
		if (g.type === 'GeometryCollection') continue;
		if (g.type === 'Point') continue;
		walk(g.coordinates);
	}
}

const mx = (lon: number) => lon / 360 + 0.5;
const my = (lat: number) => {
	const s = Math.sin((Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180);
	return 0.5 - (0.25 * Math.log((1 + s) / (1 - s))) / Math.PI;
};

/** The zoom from which the data is drawn without simplification (nine segments in ten ≥ 2 tolerances). */
export function detailZoom(fc: FeatureCollection): number {
	const lengths: number[] = [];
	eachRing(fc, (ring) => {
		for (let i = 1; i < ring.length; i++) {
			const [a, b] = [ring[i - 1]!, ring[i]!];
			const d = Math.hypot(mx(b[0]) - mx(a[0]), my(b[1]) - my(a[1]));
			if (d > 0) lengths.push(d);
		}
	});
	if (lengths.length === 0) return 0;
	lengths.sort((a, b) => a - b);
	const short = lengths[Math.floor(lengths.length / 10)]!;
	return Math.max(0, Math.ceil(Math.log2((2 * TOLERANCE) / (EXTENT * short))));
}

export function boundsOf(fc: FeatureCollection): [number, number, number, number] {
	const b: [number, number, number, number] = [180, 90, -180, -90];
	eachRing(fc, (ring) => {
		for (const [x, y] of ring) {
			b[0] = Math.min(b[0], x);
			b[1] = Math.min(b[1], y);
			b[2] = Math.max(b[2], x);
			b[3] = Math.max(b[3], y);
		}
	});
	return [Math.max(-180, b[0]), Math.max(-MAX_LAT, b[1]), Math.min(180, b[2]), Math.min(MAX_LAT, b[3])];
}

/** The tiles of a zoom that cover a box: x0..x1, y0..y1 inclusive. */
export function tileRange(bounds: TileSet['bounds'], z: number): { x0: number; x1: number; y0: number; y1: number } {
	const n = 2 ** z;
	const clamp = (v: number) => Math.max(0, Math.min(n - 1, Math.floor(v * n)));
	return { x0: clamp(mx(bounds[0])), x1: clamp(mx(bounds[2]) - 1e-12), y0: clamp(my(bounds[3])), y1: clamp(my(bounds[1]) - 1e-12) };
}

/** Every tile of a set, `z/x/y`, shallow to deep. */
export function tileKeys(set: TileSet): string[] {
	const out: string[] = [];
	for (let z = set.minzoom; z <= set.maxzoom; z++) {
		const r = tileRange(set.bounds, z);
		for (let x = r.x0; x <= r.x1; x++) for (let y = r.y0; y <= r.y1; y++) out.push(`${z}/${x}/${y}`);
	}
	return out;
}

/** The tile set for a layer drawn in [minzoom, maxzoom). */
export function tileSetFor(id: string, fc: FeatureCollection, drawn: { minzoom: number; maxzoom: number }): TileSet {
	const last = Math.ceil(drawn.maxzoom) - 1;
	const deepest = Math.max(0, Math.min(Math.max(detailZoom(fc), Math.floor(drawn.minzoom) - MAX_SHALLOWER), last));
	return { id, minzoom: Math.min(Math.floor(drawn.minzoom), deepest), maxzoom: deepest, bounds: boundsOf(fc) };
}

/** The tiled layers: every basemap file, the countries, and the provinces and rivers (drawn close up). */
export function tiledLayers(d: Pick<Dataset, 'basemap' | 'areas' | 'settings' | 'context'>): { id: string; fc: FeatureCollection; drawn: { minzoom: number; maxzoom: number } }[] {
	const areas = (kind: string): FeatureCollection => ({ type: 'FeatureCollection', features: d.areas.features.filter((f) => f.properties.kind === kind) });
	const rivers: FeatureCollection = d.context?.rivers ?? { type: 'FeatureCollection', features: [] };
	// Rivers carry their own zoom ranges; the set starts at the lowest.
	const riversFrom = Math.min(24, ...rivers.features.map((f) => Number((f.properties as { minzoom?: unknown } | null)?.minzoom ?? 24)));
	return [
		...d.settings.basemap.files.filter((b) => d.basemap[b.id]).map((b) => ({ id: b.id, fc: d.basemap[b.id] as FeatureCollection, drawn: b })),
		{ id: 'countries', fc: areas('country'), drawn: { minzoom: 0, maxzoom: 24 } },
		{ id: 'provinces', fc: areas('province'), drawn: { minzoom: d.settings.basemap.detailZoom - 1, maxzoom: 24 } },
		{ id: 'rivers', fc: rivers, drawn: { minzoom: riversFrom, maxzoom: 24 } }
	].filter((l) => l.fc.features.length > 0);
}

export function tileSets(d: Pick<Dataset, 'basemap' | 'areas' | 'settings' | 'context'>): Record<string, TileSet> {
	return Object.fromEntries(tiledLayers(d).map((l) => [l.id, tileSetFor(l.id, l.fc, l.drawn)]));
}
