import { describe, expect, it } from 'vitest';
import { dateLabels, dateText, formatDate, withDateLabels } from '$lib/story/dates';
import { loadDataset } from '$lib/data/read';
import { localizeMeta, localizeScenes } from '$lib/i18n/localize';
import { LOCALES } from './edition';
import { formatChartValue, withValueLabels } from '$lib/story/numbers';

describe('date labels made at build time', () => {
	const items = [{ date: '2019-02-27', dateEnd: '2019-02-28' }, { date: '1957-07' }, { date: '1992' }];

	it('give the browser the same text Intl would', () => {
		for (const locale of ['en-GB', 'vi-VN', 'ko-KR']) {
			const text = dateText(dateLabels(items, locale), locale);
			expect(text('2019-02-27', '2019-02-28')).toBe(formatDate('2019-02-27', '2019-02-28', locale));
			expect(text('1957-07')).toBe(formatDate('1957-07', undefined, locale));
			expect(text('2019')).toBe(formatDate('2019', undefined, locale));
		}
		expect(dateText(dateLabels(items, 'en-GB'), 'en-GB')('2019-02-27', '2019-02-28')).toMatch(/^27\s?–\s?28 February 2019$/u);
	});

	it('hold every date, range and year the items name', () => {
		expect(Object.keys(dateLabels(items, 'en-GB')).sort()).toEqual(
			['1957', '1957-07', '1992', '2019', '2019-02-27', '2019-02-27/2019-02-28'].sort()
		);
	});

	it('show a date that was not labelled in its ISO form instead of formatting it in the browser', () => {
		expect(dateText({}, 'en-GB')('1978-12-25')).toBe('1978-12-25');
		expect(dateText({}, 'en-GB')('2019-02-27', '2019-02-28')).toBe('2019-02-27 – 2019-02-28');
	});
});

describe('source dates written at build time', () => {
	const d = loadDataset();
	const edition = (lang: 'en' | 'vi' | 'ko') => {
		const t = lang === 'en' ? undefined : d.translations[lang];
		return withDateLabels(localizeScenes(d.scenes, t), localizeMeta(d.meta, t), LOCALES[lang]);
	};

	it('write every source’s and article’s date in the edition’s language', () => {
		const ko = edition('ko');
		const flight = ko.scenes.find((s) => s.id === 'minister-flight')!;
		expect(flight.sources.map((s) => s.dateLabel)).toEqual(['2019년 2월 12일', '2019년 2월 12일']);
		const vi = edition('vi');
		expect(vi.meta.articles.find((a) => a.key === 'retelling')!.dateLabel).toBe('tháng 2 năm 2019');
		expect(vi.scenes.find((s) => s.id === 'tour-hai-phong')!.sources.find((s) => s.publisher === 'CNBC')!.dateLabel).toBe('10 tháng 9, 2018');
		expect(edition('en').scenes.find((s) => s.id === 'tour-hai-phong')!.sources.find((s) => s.publisher === 'CNBC')!.dateLabel).toBe('10 September 2018');
	});

	it('leave no dated source without a label, in any edition', () => {
		for (const lang of ['en', 'vi', 'ko'] as const) {
			const e = edition(lang);
			for (const s of [...e.scenes.flatMap((x) => x.sources), ...e.meta.articles]) {
				if (s.date) expect(s.dateLabel, `${lang}: ${s.publisher} ${s.date}`).toBeTruthy();
			}
			for (const s of e.scenes) expect(s.dateLabel, `${lang}: ${s.id}`).toBe(formatDate(s.date, s.dateEnd, LOCALES[lang]));
		}
	});

	it('include the timeline’s dates, so the page formats nothing itself', () => {
		const { labels } = edition('vi');
		for (const e of d.meta.events) expect(labels[e.date]).toBe(formatDate(e.date, undefined, 'vi-VN'));
		expect(labels['2019-02-12']).toBe('12 tháng 2, 2019');
	});
});

describe('chart figures', () => {
	it('are written out per bar in the edition’s locale', () => {
		const chart = withValueLabels(
			{ title: 't', unit: 'km', source: 's', bars: [{ id: 'a', label: 'a', value: 2760 }, { id: 'b', label: 'b', value: 4750 }] },
			'en-GB'
		);
		expect(chart.bars.map((b) => b.valueLabel)).toEqual(['2,760 km', '4,750 km']);
		expect(formatChartValue('usd', 2400, 'en-GB')).toBe('US$2,400');
		expect(formatChartValue('percent', 20, 'en-GB')).toBe('20%');
	});
});
