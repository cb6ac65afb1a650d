/**
 * Cuts the tile sets of `tile-sets.ts` into Mapbox Vector Tiles at build time (and in `vite dev`):
 * geojson-vt slices and simplifies the validated GeoJSON per zoom, vt-pbf encodes each tile. Served
 * as `/data/tiles/<id>/<z>/<x>/<y>.pbf` by `src/routes/data/tiles/`.
 */
import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { FeatureCollection } from 'geojson';
import { EXTENT, TOLERANCE, type TileSet } from './tile-sets';

/** A tile cutter for one layer: `tile(z, x, y)` is the encoded tile, empty where there is no data. */
export function tiler(set: TileSet, fc: FeatureCollection): (z: number, x: number, y: number) => Uint8Array {
	const index = new GeoJSONVT(fc, { maxZoom: set.maxzoom, indexMaxZoom: set.maxzoom, extent: EXTENT, tolerance: TOLERANCE, buffer: 64 });
	return (z, x, y) => {
		if (z < set.minzoom || z > set.maxzoom) return new Uint8Array(0);
		const t = index.getTile(z, x, y);
		if (!t || t.features.length === 0) return new Uint8Array(0);
		return fromGeojsonVt({ [set.id]: t }, { version: 2, extent: EXTENT });
	};
}
