/**
 * The story's publishing data and pages, from the real story: corrections and their translations,
 * the share page of every scene in every edition, the story's JSON-LD and the end of the story.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { buildDataset, type Inputs } from '$lib/data/dataset';
import { readInputs } from '$lib/data/read';
import { formatIssue } from '$lib/data/issues';
import { editionPath } from '$lib/editions';
import { editionData } from '$lib/editions/page-data';
import { citedArticles, endOfStoryHtml, sharePageHtml, storyHead } from '$lib/publish/pages';
import { d, LANGS } from './edition';

const site = { origin: 'https://news.example.org', base: '/stories/x' };
const sha256 = (t: string) => `sha256-${createHash('sha256').update(t).digest('base64')}`;
const enc = new TextEncoder();
const dec = new TextDecoder();

function issuesWith(edit: (story: Record<string, any>, translations: Record<string, Record<string, any>>) => void): string[] {
	const inputs = readInputs();
	const story = parse(dec.decode(inputs.story.bytes));
	const translations: Record<string, Record<string, any>> = Object.fromEntries(inputs.translations.map((f) => [f.path, parse(dec.decode(f.bytes))]));
	edit(story, Object.fromEntries(Object.entries(translations).map(([p, t]) => [t.lang, t])));
	const changed: Inputs = {
		...inputs,
		story: { ...inputs.story, bytes: enc.encode(stringify(story)) },
		translations: inputs.translations.map((f) => ({ ...f, bytes: enc.encode(stringify(translations[f.path])) }))
	};
	const r = buildDataset(changed);
	return r.ok ? [] : r.issues.map(formatIssue);
}

describe('corrections and updates', () => {
	it('are dated, newest first, and make the story’s last modification', () => {
		expect(d.meta.corrections.length).toBeGreaterThan(0);
		const dates = d.meta.corrections.map((c) => c.date);
		expect([...dates].sort().reverse()).toEqual(dates);
		expect(d.meta.modified).toBe([d.meta.published, ...dates].sort().pop());
	});

	it('are worded in every edition, with the date in its language', () => {
		for (const lang of LANGS) {
			const ed = editionData(d, lang);
			for (const c of ed.meta.corrections) {
				expect(c.dateLabel, `${lang} ${c.id}`).toBeTruthy();
				expect(c.dateLabel).not.toBe(c.date);
				if (lang !== LANGS[0]) expect(c.text).not.toBe(d.meta.corrections.find((e) => e.id === c.id)!.text);
			}
		}
	});

	it('a translation without one, or with one the story does not have, is refused by id', () => {
		const id = d.meta.corrections[0]!.id;
		const other = LANGS[1]!;
		expect(issuesWith((_, t) => delete t[other]!.corrections[id])).toContainEqual(expect.stringMatching(new RegExp(`${other}\\.yaml: correction "${id}": is missing`)));
		expect(issuesWith((_, t) => (t[other]!.corrections['no-such-fix'] = 'Une correction qui n’existe pas.'))).toContainEqual(
			expect.stringMatching(/correction "no-such-fix": is not a correction of the English story/)
		);
	});

	it('a correction dated before publication, or a duplicate id, is refused', () => {
		expect(issuesWith((s) => (s.corrections[0].date = '1900-01-01'))).toContainEqual(expect.stringMatching(/correction ".*" \(#0\): is dated 1900-01-01, before the story was published/));
		expect(issuesWith((s) => s.corrections.push({ ...s.corrections[0] }))).toContainEqual(expect.stringMatching(/duplicate correction id/));
		expect(issuesWith((s) => (s.corrections[0].date = '2026-13-01'))).toContainEqual(expect.stringMatching(/corrections.*date/));
	});
});

describe('share pages', () => {
	for (const lang of LANGS) {
		it(`in the ${lang} edition carry each scene’s card and go on to the story at the scene`, () => {
			const ed = editionData(d, lang);
			for (const scene of ed.scenes) {
				const html = sharePageHtml(d, ed, scene, site, sha256);
				const url = `https://news.example.org/stories/x${editionPath(LANGS, lang)}scenes/${scene.id}/`;
				expect(html).toContain(`<html lang="${lang}">`);
				expect(html).toContain(`<link rel="canonical" href="${url}">`);
				expect(html).toContain(`<meta property="og:url" content="${url}">`);
				expect(html).toMatch(new RegExp(`og:image" content="https://news.example.org/stories/x/og/scenes/${scene.id}(\\.${lang})?\\.png"`));
				expect(html).toContain('<meta name="twitter:card" content="summary_large_image">');
				expect(html).toContain(`data-story href="/stories/x${editionPath(LANGS, lang)}#${scene.id}"`);
				// Its policy allows exactly its own inline script and style.
				const csp = /content-security-policy" content="([^"]+)"/.exec(html)![1]!.replace(/&#39;/g, "'");
				const script = /<script>([^<]+)<\/script>/.exec(html)![1]!;
				const style = /<style>([^<]+)<\/style>/.exec(html)![1]!;
				expect(csp).toContain(`script-src '${sha256(script)}'`);
				expect(csp).toContain(`style-src '${sha256(style)}'`);
				expect(csp).toContain("default-src 'none'");
				// No meta refresh: link-preview crawlers would follow it to the story's own card.
				expect(html).not.toMatch(/http-equiv="refresh"/i);
			}
		});
	}
});

describe('the story page', () => {
	it('describes the story as a NewsArticle based on the article its scenes cite', () => {
		for (const lang of LANGS) {
			const head = storyHead(d, editionData(d, lang), site);
			const json = JSON.parse(/<script type="application\/ld\+json">(.+)<\/script>/.exec(head)![1]!);
			expect(json['@type']).toBe('NewsArticle');
			expect(json.inLanguage).toBe(lang);
			expect(json.datePublished).toBe(d.meta.published);
			expect(json.dateModified).toBe(d.meta.modified);
			const cited = citedArticles(d);
			expect(cited.length).toBe(1);
			expect(json.isBasedOn.headline).toBe(d.meta.articles.find((a) => a.key === cited[0])!.title);
			// Without settings.publisher, the site stands for its publisher.
			expect(json.publisher).toEqual({ '@type': 'Organization', name: 'news.example.org', url: 'https://news.example.org/stories/x/' });
			expect(head).toContain(`<link rel="canonical" href="https://news.example.org/stories/x${editionPath(LANGS, lang)}">`);
		}
	});

	it('ends with the corrections, the link and the embed code, and the data its Share controls read', () => {
		const ed = editionData(d, LANGS[1]!);
		const end = endOfStoryHtml(d, ed, site);
		expect(end).toContain(ed.meta.corrections[0]!.text.slice(0, 40));
		expect(end).toContain(`&lt;iframe src=&quot;https://news.example.org/stories/x/${LANGS[1]}/embed/&quot;`);
		const data = JSON.parse(/<script type="application\/json" id="share-data">(.+?)<\/script>/.exec(end)![1]!);
		expect(data.sharePages).toBe(`https://news.example.org/stories/x/${LANGS[1]}/scenes/`);
		expect(data.strings.share).toBe(ed.ui.share);
	});
});
