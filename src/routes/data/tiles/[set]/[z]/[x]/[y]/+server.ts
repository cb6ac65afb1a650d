/**
 * The basemap, countries and provinces as vector tiles, prerendered at build time from the validated
 * geodata: `/data/tiles/<set>/<z>/<x>/<y>.pbf` (`src/lib/data/tile-sets.ts` says which sets and
 * zooms, `src/lib/data/tiles.ts` cuts them). Every tile inside a set's bounds is written, an empty
 * file where the set has no data.
 */
import { error } from '@sveltejs/kit';
import type { FeatureCollection } from 'geojson';
import { loadDataset } from '$lib/data/read';
import { tileKeys, tiledLayers, tileSetFor } from '$lib/data/tile-sets';
import { tiler } from '$lib/data/tiles';
import type { Dataset } from '$lib/data/dataset';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

let cut: { dataset: Dataset; sets: Map<string, { keys: Set<string>; tile: (z: number, x: number, y: number) => Uint8Array }> } | undefined;

/** The cutters of the current dataset (rebuilt when `vite dev` sees the geodata change). */
function cutters() {
	const d = loadDataset();
	if (cut?.dataset !== d) {
		const sets = new Map();
		for (const l of tiledLayers(d)) {
			const set = tileSetFor(l.id, l.fc as FeatureCollection, l.drawn);
			sets.set(l.id, { keys: new Set(tileKeys(set)), tile: tiler(set, l.fc as FeatureCollection) });
		}
		cut = { dataset: d, sets };
	}
	return cut.sets;
}

export const entries: EntryGenerator = () =>
	[...cutters()].flatMap(([set, { keys }]) =>
		[...keys].map((k) => {
			const [z, x, y] = k.split('/');
			return { set, z: z!, x: x!, y: `${y}.pbf` };
		})
	);

export const GET: RequestHandler = ({ params }) => {
	const c = cutters().get(params.set);
	const key = `${params.z}/${params.x}/${params.y.replace(/\.pbf$/, '')}`;
	if (!c || !params.y.endsWith('.pbf') || !c.keys.has(key)) error(404, `no tile ${params.set}/${params.z}/${params.x}/${params.y}`);
	const [z, x, y] = key.split('/').map(Number);
	return new Response(c.tile(z!, x!, y!) as BodyInit, { headers: { 'content-type': 'application/x-protobuf' } });
};
