/**
 * Share cards, prerendered at build time: a 1200×630 PNG per scene and edition
 * (`/og/scenes/<id>[.<lang>].png`) and one for the story (`/og/story[.<lang>].png`): the scene's
 * static map with its title, chapter, date and the story's name, in the edition's language and
 * fonts. The share pages and the story's page name them in `og:image`. A card that cannot be
 * drawn fails the build, naming the card (src/lib/publish/og.server.ts).
 */
import { error } from '@sveltejs/kit';
import { loadDataset } from '$lib/data/read';
import type { Dataset } from '$lib/data/dataset';
import { langsOf } from '$lib/editions';
import { mapSettings } from '$lib/editions/map-settings';
import { editionData, type EditionData } from '$lib/editions/page-data';
import { renderSceneSvg } from '$lib/static-map/svg';
import { CARD_SIZE, cardScene, renderCard } from '$lib/publish/og.server';
import { cardFile, parseCardFile } from '$lib/publish/urls';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => {
	const d = loadDataset();
	const langs = langsOf(d.settings.editions);
	return langs.flatMap((lang) => [undefined, ...d.scenes.map((s) => s.id)].map((id) => ({ file: cardFile(langs, id, lang) })));
};

/** One edition's words per dataset, shared by its 22 cards. */
const editions = new WeakMap<Dataset, Map<string, EditionData>>();
function edition(d: Dataset, lang: string): EditionData {
	let m = editions.get(d);
	if (!m) editions.set(d, (m = new Map()));
	let e = m.get(lang);
	if (!e) m.set(lang, (e = editionData(d, lang)));
	return e;
}

export const GET: RequestHandler = ({ params }) => {
	const d = loadDataset();
	const wanted = parseCardFile(langsOf(d.settings.editions), params.file);
	if (!wanted) error(404, `no share card ${params.file}`);
	const ed = edition(d, wanted.lang);
	const scene = wanted.sceneId === undefined ? d.scenes[0] : d.scenes.find((s) => s.id === wanted.sceneId);
	const words = wanted.sceneId === undefined ? undefined : ed.scenes.find((s) => s.id === wanted.sceneId);
	if (!scene || (wanted.sceneId !== undefined && !words)) error(404, `no scene for the share card ${params.file}`);
	const mapSvg = renderSceneSvg(cardScene(scene), d, { width: CARD_SIZE.mapWidth, height: CARD_SIZE.height, lang: wanted.lang, settings: mapSettings(d) });
	const { png } = renderCard(
		words
			? {
					label: `scene "${words.id}" in the ${wanted.lang} edition`,
					lang: wanted.lang,
					kicker: [words.chapterLabel, words.dateLabel ?? words.date],
					title: words.title,
					footer: ed.meta.title,
					mapSvg,
					fonts: ed.fonts
				}
			: {
					label: `the story in the ${wanted.lang} edition`,
					lang: wanted.lang,
					kicker: [ed.ui.eyebrow],
					title: ed.meta.title,
					footer: ed.meta.standfirst,
					mapSvg,
					fonts: ed.fonts
				}
	);
	return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
