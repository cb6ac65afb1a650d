import { loadDataset } from '$lib/data/read';
import { localizeMeta, localizeScenes } from '$lib/i18n/localize';
import type { Lang } from '$lib/story/schema';
import { UI } from '$lib/i18n/ui';
import { withDateLabels } from '$lib/story/dates';
import { withCitations } from '$lib/story/citation';
import { withValueLabels } from '$lib/story/numbers';
import { LOCALES } from '$lib/i18n/localize';
import type { EntryGenerator, PageServerLoad } from './$types';

// Editions at /, /vi/ and /ko/.
export const trailingSlash = 'always';
export const entries: EntryGenerator = () => [{ lang: undefined }, { lang: 'vi' }, { lang: 'ko' }];

/** Runs at build time only: validates the story and geodata and hands the page its scenes. */
export const load: PageServerLoad = ({ params, url }) => {
	const lang: Lang = params.lang ?? 'en';
	const d = loadDataset();
	const t = lang === 'en' ? undefined : d.translations[lang];
	const locale = LOCALES[lang];
	/** Every date the page shows (scenes, timeline, sources, articles), written here so the browser needs no Intl to start. */
	const dated = withDateLabels(localizeScenes(d.scenes, t), localizeMeta(d.meta, t), locale);
	/** Every source cited in this edition's words, worded here so the page only lays the pieces out. */
	const cited = withCitations(dated.scenes, dated.meta, UI[lang]);
	return {
		lang,
		/** hreflang wants absolute URLs: the origin is the build's SITE_ORIGIN (svelte.config.js). */
		alternates: { en: new URL('/', url.origin).href, vi: new URL('/vi/', url.origin).href, ko: new URL('/ko/', url.origin).href },
		/** Interface strings of this edition only (sent as data, not bundled in the page's script). */
		ui: UI[lang],
		meta: cited.meta,
		scenes: cited.scenes.map((s) => (s.chart ? { ...s, chart: withValueLabels(s.chart, locale) } : s)),
		/** Line id → kind, for the legend. */
		lineKinds: Object.fromEntries(d.lines.features.map((f) => [f.properties.id, f.properties.kind])),
		dateLabels: dated.labels
	};
};
