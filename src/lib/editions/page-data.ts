/**
 * What a page of one edition is given (build time only): the story in the edition's words, its
 * interface strings, its dates and citations written out, the labels of its legend and credits.
 * The story page, the kiosk and every other page that plays the story take it from here.
 */
import type { Dataset } from '../data/dataset';
import { localizeMeta, localizeScenes } from '../i18n/localize';
import { ENGINE_UI, type UiStrings } from '../i18n/ui';
import { formatDate, withDateLabels, type DateLabels } from '../story/dates';
import { withCitations } from '../story/citation';
import { withValueLabels } from '../story/numbers';
import type { PageScene, ResolvedScene, StoryMeta } from '../story/types';
import type { Settings } from '../story/settings';
import { citationHtml, sceneBodyHtml, sourcesListHtml } from '../components/scene-html';
import { editionOf, editionPath, langsOf, type EditionInfo } from './index';

export interface EditionLink {
	lang: string;
	name: string;
	/** Path of the edition's page, without the site's base. */
	path: string;
}

export interface EditionData {
	lang: string;
	locale: string;
	ui: UiStrings;
	meta: StoryMeta;
	/** Every scene, complete (the kiosk lays its words out itself). */
	scenes: ResolvedScene[];
	/** Every date the page shows, written in the edition's language at build time. */
	dateLabels: DateLabels;
	/** Connection kind → its legend text. */
	lineLabels: Record<string, string>;
	/** Connection id → kind, for the legend. */
	lineKinds: Record<string, string>;
	/** Connections drawn through reported stops only (the legend says "approximate"). */
	approximateLines: string[];
	credits: Settings['credits'];
	/** The map's attribution line (HTML). */
	attribution: string;
	/** Every edition, for the language switch. */
	editions: EditionLink[];
	/** Extra font families this edition's script needs (settings.editions[].fonts). */
	fonts: string[];
}

export function editions(d: Dataset): EditionInfo[] {
	return d.settings.editions;
}

export function editionData(d: Dataset, lang: string): EditionData {
	const list = d.settings.editions;
	const ed = editionOf(list, lang);
	const first = list[0]!.lang;
	const t = ed.lang === first ? undefined : d.translations[ed.lang];
	const s = d.settings;
	const ts = t?.settings;
	const ui: UiStrings = {
		...ENGINE_UI,
		...(t?.ui as Partial<UiStrings> | undefined),
		eyebrow: ts?.eyebrow ?? s.eyebrow,
		timelineLabel: ts?.timeline.label ?? s.timeline.label,
		locatorLabel: ts?.locator.label ?? s.locator.label,
		languageName: ed.name
	};
	const chapters = ts?.chapters ?? s.chapters;
	const scenes = localizeScenes(d.scenes, t).map((sc) => ({ ...sc, chapterLabel: chapters[sc.chapter] ?? sc.chapterLabel }));
	const dated = withDateLabels(scenes, localizeMeta(d.meta, t), ed.locale);
	// The timeline's ticks that are days or months, not years, are written out here too.
	for (const iso of s.timeline.ticks) if (iso.length > 4) dated.labels[iso] ??= formatDate(iso, undefined, ed.locale);
	const cited = withCitations(dated.scenes, dated.meta, ui);
	const lineLabels = Object.fromEntries(Object.entries(s.lineKinds).map(([k, v]) => [k, ts?.lineKinds[k] ?? v.label]));
	return {
		lang: ed.lang,
		locale: ed.locale,
		ui,
		meta: cited.meta,
		scenes: cited.scenes.map((sc) => (sc.chart ? { ...sc, chart: withValueLabels(sc.chart, ed.locale) } : sc)),
		dateLabels: dated.labels,
		lineLabels,
		lineKinds: Object.fromEntries(d.lines.features.map((f) => [f.properties.id, f.properties.kind])),
		approximateLines: d.lines.features.filter((f) => f.properties.approximate).map((f) => f.properties.id),
		credits: ts?.credits ?? s.credits,
		attribution: ts?.attribution ?? s.attribution,
		editions: list.map((e) => ({ lang: e.lang, name: e.name, path: editionPath(langsOf(list), e.lang) })),
		fonts: ed.fonts ?? []
	};
}

/** The story page's scenes: what the map and the menus need, and each scene's words as HTML. */
export function pageScenes(e: EditionData): PageScene[] {
	return e.scenes.map(({ paragraphs: _p, quote: _q, sources, chart: _c, ...rest }) => {
		const full = e.scenes.find((s) => s.id === rest.id)!;
		return { ...rest, bodyHtml: sceneBodyHtml(full, e.ui), sourcesHtml: sourcesListHtml({ sources }, e.ui) };
	});
}

/** The articles as the credits cite them (HTML), with the story's note on each. */
export function creditArticles(e: EditionData): { key: string; citeHtml: string; note?: string }[] {
	return e.meta.articles.map((a) => ({ key: a.key, citeHtml: citationHtml(a), note: a.note }));
}
