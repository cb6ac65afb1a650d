import { resolve } from '$app/paths';
import { loadDataset } from '$lib/data/read';
import { creditArticles, editionData, pageScenes } from '$lib/editions/page-data';
import { alternates, editionEntries, langsOf } from '$lib/editions';
import { endOfStoryHtml, storyHead } from '$lib/publish/pages';
import { firstStandinsHtml } from '$lib/reader/first-standins';
import type { EntryGenerator, PageServerLoad } from './$types';

// One page per edition: the first at /, the others at /<lang>/ (the story's settings.editions).
export const trailingSlash = 'always';
export const entries: EntryGenerator = () => editionEntries(langsOf(loadDataset().settings.editions));

/** Runs at build time only: validates the story and geodata and hands the page its edition. */
export const load: PageServerLoad = ({ params, url }) => {
	const d = loadDataset();
	const first = d.settings.editions[0]!.lang;
	const edition = editionData(d, params.lang ?? first);
	const { scenes: _full, meta, ...rest } = edition;
	// Where the site is published: SITE_ORIGIN (the prerender origin) and the base path, absolute
	// (resolve() is relative to the page while prerendering).
	const site = { origin: url.origin, base: new URL(resolve('/'), url).pathname.replace(/\/$/, '') };
	return {
		...rest,
		/** Scenes with their words written as HTML (nothing of them is interactive). */
		scenes: pageScenes(edition),
		meta: { title: meta.title, standfirst: meta.standfirst, byline: meta.byline, events: meta.events },
		creditArticles: creditArticles(edition),
		/** hreflang wants absolute URLs: the origin is the build's SITE_ORIGIN (svelte.config.js). */
		alternates: alternates(langsOf(d.settings.editions), site.origin, site.base),
		/** Canonical, share tags and JSON-LD for the head; corrections, link and embed code for the end (HTML, src/lib/publish). */
		publish: { head: storyHead(d, edition, site), end: endOfStoryHtml(d, edition, site) },
		/** Every scene's static map, the one a deep link names shown before any script (src/lib/reader/first-standins.ts). */
		firstStandins: firstStandinsHtml(
			edition.scenes.map((s) => ({ id: s.id, src: `${site.base}/static-maps/${s.id}${edition.lang === first ? '' : `.${edition.lang}`}.svg` }))
		)
	};
};
