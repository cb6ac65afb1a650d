import { resolve } from '$app/paths';
import { loadDataset } from '$lib/data/read';
import { editionData } from '$lib/editions/page-data';
import { editionEntries, editionPath, langsOf } from '$lib/editions';
import { absolute } from '$lib/publish/pages';
import { citationHtml } from '$lib/components/scene-html';
import type { EntryGenerator, PageServerLoad } from './$types';

/**
 * The embed, one per edition: `/embed/` (the first edition) and `/<lang>/embed/`, `#<scene>` to
 * open at a scene. The story for an iframe in another site's article: the map with a compact
 * card, played with buttons, keys, swipes and the scene menu, at a fixed height (docs/deployment.md).
 */
export const trailingSlash = 'always';
export const entries: EntryGenerator = () => editionEntries(langsOf(loadDataset().settings.editions));

export const load: PageServerLoad = ({ params, url }) => {
	const d = loadDataset();
	const langs = langsOf(d.settings.editions);
	const ed = editionData(d, params.lang ?? langs[0]!);
	const base = new URL(resolve('/'), url).pathname.replace(/\/$/, '');
	return {
		lang: ed.lang,
		langs,
		ui: ed.ui,
		title: ed.meta.title,
		attribution: ed.attribution,
		fonts: ed.fonts,
		dateLabels: ed.dateLabels,
		// The card shows the scene's words and sources (each citation written as HTML here, by the
		// story's one renderer, src/lib/components/scene-html.ts); charts stay in the story.
		scenes: ed.scenes.map(({ chart: _chart, chartHtml: _html, ...s }) => ({
			...s,
			sources: s.sources.map((source) => ({ ...source, citeHtml: citationHtml(source) }))
		})),
		/** The story's page in this edition (without the base), for "Read the full story". */
		storyPath: editionPath(langs, ed.lang),
		/** The story page is the canonical version of what the embed shows. */
		canonical: absolute({ origin: url.origin, base }, editionPath(langs, ed.lang))
	};
};
