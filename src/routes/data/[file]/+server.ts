/**
 * The map's data, prerendered to static JSON files at build time from the validated geodata:
 * `/data/places.json`, `/data/lines.json`, `/data/context.json`, `/data/context-scenes.json` (each
 * scene's own points for country names, `$lib/data/scene-labels`) and
 * `/data/locator.json` (the locator inset's land outline as an SVG path, fetched when a scene first zooms in).
 * The basemap, the countries, the provinces and the rivers are vector tiles (`../tiles/`).
 */
import { error } from '@sveltejs/kit';
import { loadDataset } from '$lib/data/read';
import { landPath } from '$lib/map/locator';
import type { Dataset } from '$lib/data/dataset';

/** The land files drawn at the lowest zoom, together (the locator shows a whole region). */
function coarsestLand(d: Dataset) {
	const land = d.settings.basemap.files.filter((f) => f.kind === 'land');
	const min = Math.min(...land.map((f) => f.minzoom));
	const features = land.filter((f) => f.minzoom === min).flatMap((f) => d.basemap[f.id]?.features ?? []);
	return { type: 'FeatureCollection' as const, features };
}
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

function files(): Record<string, unknown> {
	const d = loadDataset();
	return {
		places: d.places,
		lines: d.lines,
		context: d.context?.labels ?? { type: 'FeatureCollection', features: [] },
		'context-scenes': d.context?.scenes ?? { type: 'FeatureCollection', features: [] },
		locator: { path: landPath(d.settings.locator, coarsestLand(d)) }
	};
}

export const entries: EntryGenerator = () => Object.keys(files()).map((name) => ({ file: `${name}.json` }));

export const GET: RequestHandler = ({ params }) => {
	const name = params.file.replace(/\.json$/, '');
	const body = files()[name];
	if (!body || !params.file.endsWith('.json')) error(404, `no data file ${params.file}`);
	return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
};
