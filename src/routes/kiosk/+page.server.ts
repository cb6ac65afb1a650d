import { loadDataset } from '$lib/data/read';
import { localizeMeta, localizeScenes } from '$lib/i18n/localize';
import { LANGS, type Lang } from '$lib/story/schema';
import type { ResolvedScene, StoryMeta } from '$lib/story/types';
import type { PageServerLoad } from './$types';

export interface KioskEdition {
	meta: StoryMeta;
	scenes: ResolvedScene[];
}

/**
 * Runs at build time only (the page is prerendered): the same validated scenes as the story, in
 * every language, so the kiosk can switch language without a request.
 */
export const load: PageServerLoad = () => {
	const d = loadDataset();
	const edition = (lang: Lang): KioskEdition => {
		const t = lang === 'en' ? undefined : d.translations[lang];
		return { meta: localizeMeta(d.meta, t), scenes: localizeScenes(d.scenes, t) };
	};
	return { editions: Object.fromEntries(LANGS.map((l) => [l, edition(l)])) as Record<Lang, KioskEdition> };
};
