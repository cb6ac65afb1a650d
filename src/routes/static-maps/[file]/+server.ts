/**
 * Static maps, prerendered at build time: `/static-maps/<scene-id>.svg` (the first edition) and
 * `/static-maps/<scene-id>.<lang>.svg` for the others, each showing what the live map shows at the
 * end of the scene, for readers without WebGL or JavaScript, for sharing and for print.
 */
import { error } from '@sveltejs/kit';
import { loadDataset } from '$lib/data/read';
import { renderSceneSvg } from '$lib/static-map/svg';
import { langsOf, parseStaticMapFile, staticMapFile } from '$lib/editions';
import { mapSettings } from '$lib/editions/map-settings';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

const WIDTH = 800;
const HEIGHT = 560;

export const entries: EntryGenerator = () => {
	const d = loadDataset();
	const langs = langsOf(d.settings.editions);
	return d.scenes.flatMap((scene) => langs.map((lang) => ({ file: staticMapFile(langs, scene.id, lang) })));
};

export const GET: RequestHandler = ({ params }) => {
	const data = loadDataset();
	const wanted = parseStaticMapFile(langsOf(data.settings.editions), params.file);
	const scene = wanted && data.scenes.find((s) => s.id === wanted.id);
	if (!wanted || !scene) error(404, `no static map ${params.file}`);
	const svg = renderSceneSvg(scene, data, { width: WIDTH, height: HEIGHT, lang: wanted.lang, settings: mapSettings(data) });
	return new Response(svg, { headers: { 'content-type': 'image/svg+xml' } });
};
