/**
 * How a source and a chart read on the page, rendered as the build prerenders them: the title
 * stays in its own language and is marked so; everything else is in the edition's words.
 */
import { describe, expect, it } from 'vitest';
import { citationHtml } from '$lib/components/scene-html';
import { chartHtml } from '$lib/components/chart-html';
import { UI } from './edition';
import type { ResolvedChart, ResolvedSource } from '$lib/story/types';
import { citationPieces, withCitations } from '$lib/story/citation';
import { loadDataset } from '$lib/data/read';
import { localizeMeta, localizeScenes } from '$lib/i18n/localize';

const text = (html: string) => html.replace(/<!--.*?-->/g, '').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();

const kyodo: ResolvedSource = {
	kind: 'outside',
	publisher: 'Kyodo News',
	via: 'NNA',
	title: 'North Korean leader Kim Jong Un arrives in Vietnam by train for U.S. summit',
	lang: 'en',
	date: '2019-02-26',
	dateLabel: '2019년 2월 26일'
};

describe('a citation', () => {
	const html = (source: ResolvedSource, ui: (typeof UI)['en']) => citationHtml({ ...source, cite: citationPieces(source, ui) });

	it('marks the publisher and title with their language and words the rest in the edition’s', () => {
		const body = html(kyodo, UI.ko);
		expect(body).toContain('<span lang="en">“North Korean leader Kim Jong Un arrives in Vietnam by train for U.S. summit”</span>');
		expect(body).toContain('<span lang="en">Kyodo News</span>');
		expect(body).toContain('<span lang="en">NNA</span>');
		expect(text(body)).toBe('Kyodo News (NNA 게재), “North Korean leader Kim Jong Un arrives in Vietnam by train for U.S. summit”, 2019년 2월 26일');
		expect(text(html({ ...kyodo, dateLabel: '26 February 2019' }, UI.en))).toBe(
			'Kyodo News (via NNA), “North Korean leader Kim Jong Un arrives in Vietnam by train for U.S. summit”, 26 February 2019'
		);
	});

	it('says when a date comes from the article’s own words, and gives the print headline with its translation', () => {
		const scmp: ResolvedSource = {
			kind: 'article',
			article: 'scmp',
			publisher: 'South China Morning Post',
			title: 'The second Trump-Kim summit will boost North Korea. Could it gain even more from Vietnam?',
			lang: 'en',
			printTitle: 'Hanoi keen to help N Korea open up',
			printTitleTranslation: 'Hà Nội muốn giúp Triều Tiên mở cửa',
			author: 'Lam Le đưa tin bổ sung từ Hà Nội',
			date: '2019-02-12',
			datedFromContent: true,
			dateLabel: '12 tháng 2, 2019'
		};
		const body = html(scmp, UI.vi);
		expect(body).toContain('<span lang="en">“Hanoi keen to help N Korea open up”</span>');
		expect(text(body)).toBe(
			'South China Morning Post, “The second Trump-Kim summit will boost North Korea. Could it gain even more from Vietnam?”, ' +
				'tít trên bản in “Hanoi keen to help N Korea open up” (Hà Nội muốn giúp Triều Tiên mở cửa), ' +
				'Lam Le đưa tin bổ sung từ Hà Nội, 12 tháng 2, 2019 (ngày suy ra từ nội dung bài)'
		);
		// Only the publisher and the two headlines are in English; every other piece is the edition's.
		expect(citationPieces(scmp, UI.vi).filter((p) => p.lang).map((p) => p.text)).toEqual([
			'South China Morning Post',
			'“The second Trump-Kim summit will boost North Korea. Could it gain even more from Vietnam?”',
			'“Hanoi keen to help N Korea open up”'
		]);
	});

	it('marks a publisher named in the edition’s own words with the edition’s language', () => {
		const src: ResolvedSource = { kind: 'article', article: 'retelling', publisher: '출처 불명 매체', publisherLang: 'ko', title: 'Vietnam is looking to Repair its Relationship', lang: 'en' };
		const body = html(src, UI.ko);
		expect(body).toContain('<span lang="ko">출처 불명 매체</span>');
		expect(body).toContain('<span lang="en">“Vietnam is looking to Repair its Relationship”</span>');
	});

	it('gives every source of every edition its pieces at build time', () => {
		const d = loadDataset();
		for (const lang of ['en', 'vi', 'ko'] as const) {
			const t = lang === 'en' ? undefined : d.translations[lang];
			const { scenes, meta } = withCitations(localizeScenes(d.scenes, t), localizeMeta(d.meta, t), UI[lang]);
			for (const s of [...scenes.flatMap((x) => x.sources), ...meta.articles]) {
				expect(s.cite?.length, `${lang}: ${s.publisher}`).toBeGreaterThan(1);
				expect(s.cite!.find((p) => p.text.includes(s.title))?.lang, `${lang}: ${s.title}`).toBe(s.lang);
			}
		}
	});
});

describe('a chart', () => {
	const chart: ResolvedChart = {
		title: 'GDP',
		unit: 'usd',
		source: 'SCMP',
		bars: [
			{ id: 'before', label: 'Before (derived)', value: 480, note: 'Not a reported figure.', valueLabel: 'US$480' },
			{ id: 'today', label: 'Today', value: 2400, valueLabel: 'US$2,400' }
		]
	};
	it('shows each bar’s caveat in plain sight, outside the screen-reader list', () => {
		const body = chartHtml(chart, 'c');
		const note = body.match(/<p[^>]*data-chart-note="before"[^>]*>(.*?)<\/p>/s);
		expect(note).not.toBeNull();
		expect(note![0]).not.toMatch(/visually-hidden/);
		expect(text(note![1]!)).toBe('* Before (derived): Not a reported figure.');
		expect(body).not.toMatch(/data-chart-note="today"/);
		const list = body.match(/<ul id="c-data"[^>]*>(.*?)<\/ul>/s)![1]!;
		expect(text(list)).toBe('Before (derived): US$480Today: US$2,400');
	});
});
