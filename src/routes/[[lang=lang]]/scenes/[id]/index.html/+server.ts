/**
 * A scene's share page, prerendered for every scene and edition: `/scenes/<id>/` (the first
 * edition) and `/<lang>/scenes/<id>/`. Social sites and chat apps read its card (title,
 * description, the scene's card image, canonical URL); a reader goes straight on to the story at
 * that scene (`/#<id>`), or follows its link without JavaScript. Plain HTML from an endpoint: no
 * page script, nothing added to the story page's router (src/lib/publish/pages.ts).
 */
import { createHash } from 'node:crypto';
import { error } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import { loadDataset } from '$lib/data/read';
import { editionEntries, langsOf } from '$lib/editions';
import { editionData } from '$lib/editions/page-data';
import { sharePageHtml } from '$lib/publish/pages';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => {
	const d = loadDataset();
	return editionEntries(langsOf(d.settings.editions)).flatMap((e) => d.scenes.map((s) => ({ ...e, id: s.id })));
};

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

export const GET: RequestHandler = ({ params, url }) => {
	const d = loadDataset();
	const ed = editionData(d, params.lang ?? d.settings.editions[0]!.lang);
	const scene = ed.scenes.find((s) => s.id === params.id);
	if (!scene) error(404, `no scene ${params.id}`);
	// The site's base as an absolute path (resolve() is relative to this page while prerendering).
	const base = new URL(resolve('/'), url).pathname.replace(/\/$/, '');
	const html = sharePageHtml(d, ed, scene, { origin: url.origin, base }, sha256);
	return new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } });
};
