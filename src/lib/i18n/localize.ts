/**
 * One set of scenes, several languages: swap in a translation's words, keep everything else.
 * Everything is matched by id (scene, bar, event, article key), never by position: the build has
 * already refused a translation whose ids do not match the English story (src/lib/data/dataset.ts).
 */
import type { Lang, StoryTranslation } from '../story/schema';
import type { ResolvedChart, ResolvedScene, ResolvedSource, StoryMeta } from '../story/types';


function paragraphs(text: string): string[] {
	return text
		.split(/\n\s*\n/)
		.map((p) => p.replace(/\s+/g, ' ').trim())
		.filter(Boolean);
}

/** An article's credit line and publication in the translation's words; the headline stays as published. */
function localizeSource<S extends ResolvedSource>(s: S, t: StoryTranslation): S {
	if (s.kind !== 'article' || !s.article) return s;
	const a = t.articles[s.article];
	if (!a) return s;
	const out: S = { ...s };
	if (a.author) out.author = a.author;
	if (a.publication) Object.assign(out, { publisher: a.publication, publisherLang: t.lang });
	if (a.printTitle) out.printTitleTranslation = a.printTitle;
	return out;
}

function localizeChart(chart: ResolvedChart, tr: NonNullable<StoryTranslation['scenes'][string]['chart']>): ResolvedChart {
	return {
		...chart,
		title: tr.title,
		source: tr.source,
		bars: chart.bars.map((b) => ({
			...b,
			label: tr.labels[b.id] ?? b.label,
			note: b.note === undefined ? undefined : (tr.notes?.[b.id] ?? b.note)
		}))
	};
}

export function localizeScenes(scenes: ResolvedScene[], t: StoryTranslation | undefined): ResolvedScene[] {
	if (!t) return scenes;
	return scenes.map((s) => {
		const tr = t.scenes[s.id];
		if (!tr) return s;
		return {
			...s,
			title: tr.title,
			paragraphs: paragraphs(tr.text),
			alt: tr.alt,
			chart: s.chart && tr.chart ? localizeChart(s.chart, tr.chart) : s.chart,
			quote: s.quote && tr.quote ? { ...s.quote, text: tr.quote.text, role: tr.quote.role ?? s.quote.role, translated: true } : s.quote,
			sources: s.sources.map((src) => localizeSource(src, t))
		};
	});
}

export function localizeMeta(meta: StoryMeta, t: StoryTranslation | undefined): StoryMeta {
	if (!t) return meta;
	return {
		...meta,
		title: t.title,
		standfirst: t.standfirst,
		byline: t.byline,
		articles: meta.articles.map((a) => ({ ...localizeSource(a, t), note: t.articles[a.key]?.note ?? a.note })),
		events: meta.events.map((e) => ({ ...e, label: (e.id && t.events?.[e.id]) || e.label })),
		published: meta.published,
		modified: meta.modified,
		corrections: meta.corrections.map((c) => ({ ...c, text: t.corrections?.[c.id]?.replace(/\s+/g, ' ').trim() ?? c.text }))
	};
}
