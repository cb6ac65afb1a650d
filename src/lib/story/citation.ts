/**
 * A source's citation as an edition words it, cut into pieces at build time: the publisher and the
 * title keep the language they were published in (the page marks those pieces `lang="…"`); the
 * credit line, the "via", the print headline's label and the date are the edition's. The page only
 * lays the pieces out (src/lib/components/Citation.svelte), so no wording logic ships in its script.
 */
import type { UiStrings } from '../i18n/ui';
import type { CitationPiece, ResolvedSource } from './types';

type CiteUi = Pick<UiStrings, 'sourceVia' | 'printHeadline' | 'datedFromContent'>;

/**
 * `full`: also the print headline (the credits cite the articles in full; a scene's list of sources
 * names the article by its headline alone).
 */
export function citationPieces(s: ResolvedSource, ui: CiteUi, { full = true } = {}): CitationPiece[] {
	const out: CitationPiece[] = [];
	const text = (t: string) => {
		const last = out[out.length - 1];
		if (last && last.lang === undefined) last.text += t;
		else out.push({ text: t });
	};
	const marked = (t: string, lang: string) => out.push({ text: t, lang });

	marked(s.publisher, s.publisherLang ?? s.lang);
	if (s.via) {
		const [before = '', after = ''] = ui.sourceVia.split('{name}');
		text(` (${before}`);
		marked(s.via, s.lang);
		text(`${after})`);
	}
	text(', ');
	marked(`“${s.title}”`, s.lang);
	if (s.printTitle && full) {
		text(`, ${ui.printHeadline} `);
		marked(`“${s.printTitle}”`, s.lang);
		if (s.printTitleTranslation) text(` (${s.printTitleTranslation})`);
	}
	if (s.author) text(`, ${s.author}`);
	if (s.date) {
		text(`, ${s.dateLabel ?? s.date}`);
		if (s.datedFromContent) text(` (${ui.datedFromContent})`);
	}
	return out.filter((p) => p.text !== '');
}

/** Every source of every scene, and every article, with its citation pieces for this edition. */
export function withCitations<S extends { sources: ResolvedSource[] }, M extends { articles: ResolvedSource[] }>(
	scenes: S[],
	meta: M,
	ui: CiteUi
): { scenes: S[]; meta: M } {
	// One object per distinct source: the article cited by every scene is then serialised into the
	// page once (SvelteKit shares repeated objects), not once per scene.
	const seen = new Map<string, ResolvedSource>();
	const cite = <T extends ResolvedSource>(s: T): T => {
		const key = JSON.stringify(s);
		let out = seen.get(key);
		if (!out) seen.set(key, (out = { ...s, cite: citationPieces(s, ui, { full: false }) }));
		return out as T;
	};
	return {
		scenes: scenes.map((sc) => ({ ...sc, sources: sc.sources.map(cite) })),
		meta: { ...meta, articles: meta.articles.map((a) => ({ ...a, cite: citationPieces(a, ui) })) }
	};
}
