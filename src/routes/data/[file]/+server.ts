/**
 * The map's data, prerendered to static JSON files at build time from the validated geodata:
 * `/data/places.json`, `/data/countries.json`, `/data/provinces.json`, `/data/lines.json` and one file per basemap layer.
 */
import { error } from '@sveltejs/kit';
import { loadDataset } from '$lib/data/read';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

function files(): Record<string, unknown> {
	const d = loadDataset();
	return {
		places: d.places,
		countries: { type: 'FeatureCollection', features: d.areas.features.filter((f) => f.properties.kind === 'country') },
		provinces: { type: 'FeatureCollection', features: d.areas.features.filter((f) => f.properties.kind === 'province') },
		lines: d.lines,
		...d.basemap
	};
}

export const entries: EntryGenerator = () => Object.keys(files()).map((name) => ({ file: `${name}.json` }));

export const GET: RequestHandler = ({ params }) => {
	const name = params.file.replace(/\.json$/, '');
	const body = files()[name];
	if (!body || !params.file.endsWith('.json')) error(404, `no data file ${params.file}`);
	return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
};
