import { loadDataset } from '$lib/data/read';
import { LOCALES, localizeMeta, localizeScenes } from '$lib/i18n/localize';
import { withDateLabels } from '$lib/story/dates';
import { withCitations } from '$lib/story/citation';
import { UI } from '$lib/i18n/ui';
import { LANGS, type Lang } from '$lib/story/schema';
import type { ResolvedScene, StoryMeta } from '$lib/story/types';
import type { PageServerLoad } from './$types';

export interface KioskEdition {
	meta: StoryMeta;
	scenes: ResolvedScene[];
}

/**
 * Runs at build time only (the page is prerendered): the same validated scenes as the story, in
 * every language, so the kiosk can switch language without a request. Dates (the scenes' and the
 * sources') and citations are written out here for each language, as on the story's pages.
 */
export const load: PageServerLoad = () => {
	const d = loadDataset();
	const edition = (lang: Lang): KioskEdition => {
		const t = lang === 'en' ? undefined : d.translations[lang];
		const dated = withDateLabels(localizeScenes(d.scenes, t), localizeMeta(d.meta, t), LOCALES[lang]);
		return withCitations(dated.scenes, dated.meta, UI[lang]);
	};
	return { editions: Object.fromEntries(LANGS.map((l) => [l, edition(l)])) as Record<Lang, KioskEdition> };
};
