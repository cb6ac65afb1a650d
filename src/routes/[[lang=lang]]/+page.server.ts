import { loadDataset } from '$lib/data/read';
import { localizeMeta, localizeScenes } from '$lib/i18n/localize';
import type { Lang } from '$lib/story/schema';
import type { EntryGenerator, PageServerLoad } from './$types';

// Editions at /, /vi/ and /ko/.
export const trailingSlash = 'always';
export const entries: EntryGenerator = () => [{ lang: undefined }, { lang: 'vi' }, { lang: 'ko' }];

/** Runs at build time only: validates the story and geodata and hands the page its scenes. */
export const load: PageServerLoad = ({ params }) => {
	const lang: Lang = params.lang ?? 'en';
	const d = loadDataset();
	const t = lang === 'en' ? undefined : d.translations[lang];
	return { lang, meta: localizeMeta(d.meta, t), scenes: localizeScenes(d.scenes, t) };
};
