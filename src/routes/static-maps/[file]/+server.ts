/**
 * Static maps, prerendered at build time: `/static-maps/<scene-id>.svg` (English labels) and
 * `/static-maps/<scene-id>.vi.svg`, `/static-maps/<scene-id>.ko.svg`, each showing what the live map
 * shows at the end of the scene, for readers without WebGL or JavaScript, for sharing and for print.
 */
import { error } from '@sveltejs/kit';
import { loadDataset } from '$lib/data/read';
import { renderSceneSvg } from '$lib/static-map/svg';
import { STATIC_MAP_LANGS, parseStaticMapFile, staticMapFile } from '$lib/static-map/files';
import { MAP_SETTINGS } from '$lib/map/story-defaults';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

const WIDTH = 800;
const HEIGHT = 560;

export const entries: EntryGenerator = () =>
	loadDataset().scenes.flatMap((scene) => STATIC_MAP_LANGS.map((lang) => ({ file: staticMapFile(scene.id, lang) })));

export const GET: RequestHandler = ({ params }) => {
	const data = loadDataset();
	const wanted = parseStaticMapFile(params.file);
	const scene = wanted && data.scenes.find((s) => s.id === wanted.id);
	if (!wanted || !scene) error(404, `no static map ${params.file}`);
	const svg = renderSceneSvg(scene, data, { width: WIDTH, height: HEIGHT, lang: wanted.lang, settings: MAP_SETTINGS });
	return new Response(svg, { headers: { 'content-type': 'image/svg+xml' } });
};
