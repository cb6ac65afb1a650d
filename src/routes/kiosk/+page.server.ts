import { loadDataset } from '$lib/data/read';
import { editionData, type EditionData } from '$lib/editions/page-data';
import type { PageServerLoad } from './$types';

export type KioskEdition = Pick<EditionData, 'lang' | 'locale' | 'ui' | 'meta' | 'scenes' | 'attribution' | 'fonts'>;

/**
 * Runs at build time only (the page is prerendered): the same validated scenes as the story, in
 * every edition, so the kiosk can switch language without a request. Dates (the scenes' and the
 * sources') and citations are written out here for each language, as on the story's pages.
 */
export const load: PageServerLoad = () => {
	const d = loadDataset();
	const langs = d.settings.editions.map((e) => e.lang);
	const edition = (lang: string): KioskEdition => {
		const { locale, ui, meta, scenes, attribution, fonts } = editionData(d, lang);
		return { lang, locale, ui, meta, scenes, attribution, fonts };
	};
	return { langs, editions: Object.fromEntries(langs.map((l) => [l, edition(l)])) as Record<string, KioskEdition> };
};
