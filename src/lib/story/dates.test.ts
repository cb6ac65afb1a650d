import { describe, expect, it } from 'vitest';
import { dateLabels, dateText, formatDate } from './dates';
import { formatChartValue, withValueLabels } from './numbers';

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

	it('fall back to formatting a date that was not labelled', () => {
		expect(dateText({}, 'en-GB')('1978-12-25')).toBe('25 December 1978');
	});
});

describe('chart figures', () => {
	it('are written out per bar in the edition’s locale', () => {
		const chart = withValueLabels(
			{ title: 't', unit: 'km', source: 's', bars: [{ label: 'a', value: 2760 }, { label: 'b', value: 4750 }] },
			'en-GB'
		);
		expect(chart.bars.map((b) => b.valueLabel)).toEqual(['2,760 km', '4,750 km']);
		expect(formatChartValue('usd', 2400, 'en-GB')).toBe('US$2,400');
		expect(formatChartValue('percent', 20, 'en-GB')).toBe('20%');
	});
});
