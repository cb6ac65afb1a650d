/**
 * The story is written in its own words: no run of eight or more words is taken straight from the
 * SCMP article outside quotation marks (quotes are verbatim by design, and are attributed).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const RUN = 8;
/** The source articles are not part of the repository (see /work/shared/sources/README.md). */
const SOURCES = process.env.STORY_SOURCES ?? '/work/shared/sources';
const SCMP = join(SOURCES, '000_b6c712ec61cb5490.txt');

/** Lower-case words, with curly apostrophes and dashes made plain. */
export function words(text: string): string[] {
	return text
		.toLowerCase()
		.replace(/[’‘]/g, "'")
		.replace(/[–—-]/g, ' ')
		.split(/[^\p{L}\p{N}'$]+/u)
		.map((w) => w.replace(/^'+|'+$/g, ''))
		.filter(Boolean);
}

/** Text outside quotation marks (“…”, "…"). */
export function unquoted(text: string): string {
	return text.replace(/“[^”]*”/g, ' … ').replace(/"[^"]*"/g, ' … ');
}

/** The runs of `n` words `text` shares with `source`. */
export function sharedRuns(text: string, source: string, n = RUN): string[] {
	const src = words(source);
	const grams = new Set<string>();
	for (let i = 0; i + n <= src.length; i++) grams.add(src.slice(i, i + n).join(' '));
	const out: string[] = [];
	// Each quoted stretch breaks a run: check the pieces between quotes separately.
	for (const piece of unquoted(text).split(' … ')) {
		const w = words(piece);
		for (let i = 0; i + n <= w.length; i++) {
			const g = w.slice(i, i + n).join(' ');
			if (grams.has(g)) out.push(g);
		}
	}
	return out;
}

/** Every English string of the story a reader sees, except the verbatim quotes, with where it is. */
function storyStrings(story: Record<string, any>): { where: string; text: string }[] {
	const out: { where: string; text: string }[] = [];
	const add = (where: string, text: unknown) => typeof text === 'string' && out.push({ where, text });
	add('title', story.title);
	add('standfirst', story.standfirst);
	add('byline', story.byline);
	for (const [k, a] of Object.entries<any>(story.articles ?? {})) add(`articles.${k}.note`, a.note);
	for (const sc of story.scenes ?? []) {
		for (const f of ['title', 'text', 'alt']) add(`${sc.id}.${f}`, sc[f]);
		add(`${sc.id}.quote.role`, sc.quote?.role);
		add(`${sc.id}.chart.title`, sc.chart?.title);
		add(`${sc.id}.chart.source`, sc.chart?.source);
		for (const b of sc.chart?.bars ?? []) {
			add(`${sc.id}.chart.${b.id}.label`, b.label);
			add(`${sc.id}.chart.${b.id}.note`, b.note);
		}
	}
	for (const e of story.events ?? []) add(`events.${e.id}`, e.label);
	return out;
}

describe('copying from the SCMP', () => {
	it('finds a run of eight words taken straight from the source, and ignores quoted ones', () => {
		const src = 'said Le Hong Hiep, a fellow at the ISEAS-Yusof Ishak Institute in Singapore, on Tuesday';
		expect(sharedRuns('Le Hong Hiep, a fellow at the ISEAS–Yusof Ishak Institute in Singapore, expected', src)).not.toEqual([]);
		expect(sharedRuns('Le Hong Hiep of Singapore’s ISEAS–Yusof Ishak Institute expected', src)).toEqual([]);
		expect(sharedRuns('He said “a fellow at the ISEAS-Yusof Ishak Institute in Singapore” once', src)).toEqual([]);
	});

	it.skipIf(!existsSync(SCMP))('the story has no eight-word run from the SCMP outside its quotations', () => {
		const scmp = readFileSync(SCMP, 'utf8');
		const story = parse(readFileSync('src/content/story.yaml', 'utf8'));
		const hits = storyStrings(story).flatMap(({ where, text }) => sharedRuns(text, scmp).map((g) => `${where}: “${g}”`));
		expect(hits, hits.join('\n')).toEqual([]);
	});
});
