import { describe, expect, it } from 'vitest';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import type { FeatureCollection, Polygon } from 'geojson';
import { boundsOf, detailZoom, tileKeys, tileRange, tileSetFor, tileSets } from './tile-sets';
import { tiler } from './tiles';
import { loadDataset } from './read';

/** A square island drawn with `n` points per side. */
function island(west: number, south: number, size: number, n: number, id = 'island'): FeatureCollection {
	const ring: [number, number][] = [];
	const side = (x0: number, y0: number, dx: number, dy: number) => {
		for (let i = 0; i < n; i++) ring.push([x0 + (dx * i) / n, y0 + (dy * i) / n]);
	};
	side(west, south, size, 0);
	side(west + size, south, 0, size);
	side(west + size, south + size, -size, 0);
	side(west, south + size, 0, -size);
	ring.push(ring[0]!);
	const geometry: Polygon = { type: 'Polygon', coordinates: [ring] };
	return { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { id, kind: 'land' }, geometry }] };
}

// vector-tile's types name pbf 4's reader; pbf 5's (vt-pbf's) reads the same way.
const decode = (bytes: Uint8Array) => new VectorTile(new PbfReader(bytes) as unknown as ConstructorParameters<typeof VectorTile>[0]);

describe('tile sets', () => {
	it('cuts detailed data deeper than coarse data, never past the last zoom it is drawn at', () => {
		const coarse = island(100, 10, 10, 4);
		const fine = island(100, 10, 10, 4000);
		expect(detailZoom(fine)).toBeGreaterThan(detailZoom(coarse));
		const set = tileSetFor('fine', fine, { minzoom: 3, maxzoom: 7 });
		expect(set.maxzoom).toBe(6);
		expect(set.minzoom).toBe(3);
		expect(tileSetFor('coarse', coarse, { minzoom: 0, maxzoom: 24 }).maxzoom).toBe(detailZoom(coarse));
	});

	it('is never more than two zooms shallower than the first zoom the layer is drawn at', () => {
		const coarse = island(100, 10, 10, 4);
		const set = tileSetFor('coarse', coarse, { minzoom: 9, maxzoom: 24 });
		expect(set.maxzoom).toBe(7);
		// The map asks for the set's own deepest tiles and overzooms them.
		expect(set.minzoom).toBe(7);
	});

	it("lists exactly the tiles inside the data's bounds", () => {
		const fc = island(105, 20, 3, 50);
		expect(boundsOf(fc)).toEqual([105, 20, 108, 23]);
		const set = tileSetFor('x', fc, { minzoom: 5, maxzoom: 8 });
		const keys = tileKeys(set);
		for (let z = set.minzoom; z <= set.maxzoom; z++) {
			const r = tileRange(set.bounds, z);
			expect(keys.filter((k) => k.startsWith(`${z}/`))).toHaveLength((r.x1 - r.x0 + 1) * (r.y1 - r.y0 + 1));
			// The tile holding the island's south-west corner is among them.
			const n = 2 ** z;
			expect(keys).toContain(`${z}/${Math.floor(((105 + 180) / 360) * n)}/${r.y1}`);
		}
	});
});

describe('tiles', () => {
	it('holds the layer, its features and their properties where there is data, and nothing elsewhere', () => {
		const fc = island(105, 20, 3, 50, 'cat-ba');
		const set = tileSetFor('land', fc, { minzoom: 5, maxzoom: 8 });
		const cut = tiler(set, fc);
		const z = set.minzoom;
		const x = Math.floor(((106.5 + 180) / 360) * 2 ** z);
		const r = tileRange([106.5, 21.5, 106.5, 21.5], z);
		const tile = decode(cut(z, x, r.y0));
		expect(Object.keys(tile.layers)).toEqual(['land']);
		const layer = tile.layers.land!;
		expect(layer.length).toBe(1);
		expect(layer.feature(0).properties).toMatchObject({ id: 'cat-ba', kind: 'land' });
		expect(layer.feature(0).type).toBe(3);
		// Far from the island, inside no bounds: an empty tile, not an error.
		expect(cut(z, 0, 0)).toHaveLength(0);
		// Outside the set's zooms: empty too.
		expect(cut(set.maxzoom + 1, 0, 0)).toHaveLength(0);
	});

	it('keeps the outline: a tile at the deepest zoom has every corner of a coarse island', () => {
		const fc = island(105, 20, 1, 1);
		const set = tileSetFor('land', fc, { minzoom: 0, maxzoom: 24 });
		const z = set.maxzoom;
		const r = tileRange(set.bounds, z);
		expect(r.x0).toBe(r.x1);
		const tile = decode(tiler(set, fc)(z, r.x0, r.y0));
		const rings = tile.layers.land!.feature(0).loadGeometry();
		expect(rings).toHaveLength(1);
		expect(rings[0]!.length).toBe(5);
	});
});

describe("the story's tile sets", () => {
	const d = loadDataset();
	const sets = tileSets(d);

	it('tile every basemap file, the countries, the provinces and the rivers', () => {
		for (const b of d.settings.basemap.files) expect(sets[b.id], b.id).toBeDefined();
		for (const id of ['countries', 'provinces', 'rivers']) expect(sets[id], id).toBeDefined();
	});

	it('cut the fine coast and the provinces on one grid, so the highlight meets the coast', () => {
		expect(sets.provinces!.maxzoom).toBe(sets['coast-fine']!.maxzoom);
	});

	it('keep their files few: under 1000 tiles in all', () => {
		const n = Object.values(sets).reduce((s, set) => s + tileKeys(set).length, 0);
		expect(n).toBeLessThan(1000);
	});
});
