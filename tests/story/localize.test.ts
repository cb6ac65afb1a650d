/**
 * Translations are matched by id, never by position: reordering bars or timeline events in the
 * English story keeps every translated label on its own item.
 */
import { describe, expect, it } from 'vitest';
import { loadDataset } from '$lib/data/read';
import { localizeMeta, localizeScenes } from '$lib/i18n/localize';

const d = loadDataset();
const vi = d.translations.vi!;
const ko = d.translations.ko!;

describe('localizing by id', () => {
	it('gives each chart bar its own label, note and the chart its source, whatever the bars’ order', () => {
		const reversed = d.scenes.map((s) => (s.chart ? { ...s, chart: { ...s.chart, bars: [...s.chart.bars].reverse() } } : s));
		const chart = localizeScenes(reversed, vi).find((s) => s.id === 'doi-moi-1986')!.chart!;
		expect(chart.bars.map((b) => [b.id, b.label, b.value])).toEqual([
			['scmp-today', vi.scenes['doi-moi-1986']!.chart!.labels['scmp-today'], 2400],
			['before-doi-moi', vi.scenes['doi-moi-1986']!.chart!.labels['before-doi-moi'], 480]
		]);
		expect(chart.bars[1]!.note).toBe(vi.scenes['doi-moi-1986']!.chart!.notes!['before-doi-moi']);
		expect(chart.source).toBe(vi.scenes['doi-moi-1986']!.chart!.source);
		expect(chart.source).not.toMatch(/South China Morning Post, \d+ February/);
	});

	it('labels a distance chart’s bars by the place they lead to', () => {
		const chart = localizeScenes(d.scenes, ko).find((s) => s.id === 'singapore-2018')!.chart!;
		expect(Object.fromEntries(chart.bars.map((b) => [b.id, b.label]))).toEqual({ hanoi: '평양 – 하노이', singapore: '평양 – 싱가포르' });
	});

	it('keeps each timeline event’s label when the events are reordered', () => {
		const meta = { ...d.meta, events: [...d.meta.events].reverse() };
		const events = localizeMeta(meta, ko).events;
		expect(events.map((e) => [e.id, e.label])).toEqual(meta.events.map((e) => [e.id, ko.events![e.id!]]));
	});

	it('words an article’s credit line in the edition’s language and keeps its headline as published', () => {
		const scmp = localizeMeta(d.meta, vi).articles.find((a) => a.key === 'scmp')!;
		const english = d.meta.articles.find((a) => a.key === 'scmp')!;
		expect(scmp.title).toBe(english.title);
		expect(scmp.lang).toBe('en');
		expect(scmp.author).toBe(vi.articles.scmp!.author);
		expect(scmp.printTitleTranslation).toBe(vi.articles.scmp!.printTitle);
		const retelling = localizeMeta(d.meta, ko).articles.find((a) => a.key === 'retelling')!;
		expect(retelling).toMatchObject({ publisher: ko.articles.retelling!.publication, publisherLang: 'ko', lang: 'en' });
		const inScene = localizeScenes(d.scenes, ko)[0]!.sources.find((s) => s.article === 'scmp')!;
		expect(inScene.author).toBe(ko.articles.scmp!.author);
	});
});
