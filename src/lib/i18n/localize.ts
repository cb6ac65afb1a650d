/** One set of scenes, several languages: swap in a translation's words, keep everything else. */
import type { Lang, StoryTranslation } from '../story/schema';
import type { ResolvedScene, StoryMeta } from '../story/types';

export const LOCALES: Record<Lang, string> = { en: 'en-GB', vi: 'vi-VN', ko: 'ko-KR' };

function paragraphs(text: string): string[] {
	return text
		.split(/\n\s*\n/)
		.map((p) => p.replace(/\s+/g, ' ').trim())
		.filter(Boolean);
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
			chart:
				s.chart && tr.chart
					? {
							...s.chart,
							title: tr.chart.title,
							bars: s.chart.bars.map((b, i) => ({ ...b, label: tr.chart?.labels?.[i] ?? b.label }))
						}
					: s.chart,
			quote: s.quote && tr.quote ? { ...s.quote, text: tr.quote.text, role: tr.quote.role ?? s.quote.role, translated: true } : s.quote
		};
	});
}

export function localizeMeta(meta: StoryMeta, t: StoryTranslation | undefined): StoryMeta {
	if (!t) return meta;
	return {
		title: t.title,
		standfirst: t.standfirst,
		byline: t.byline,
		articles: meta.articles.map((a) => ({ ...a, note: t.articles[a.key]?.note ?? a.note })),
		events: meta.events.map((e, i) => ({ ...e, label: t.events?.[i] ?? e.label }))
	};
}
