/** Chart figures as readers see them ("2,760 km", "US$2,400"), in the edition's locale. */
import type { ResolvedChart } from './types';

const formats = new Map<string, Intl.NumberFormat>();

export function formatChartValue(unit: ResolvedChart['unit'], value: number, locale: string): string {
	const key = `${locale}|${unit}`;
	let f = formats.get(key);
	if (!f) {
		f =
			unit === 'usd'
				? new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD', maximumFractionDigits: 0 })
				: unit === 'percent'
					? new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 })
					: new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilometer', maximumFractionDigits: 0 });
		formats.set(key, f);
	}
	return f.format(unit === 'percent' ? value / 100 : value);
}

/**
 * The chart with each bar's figure written out, done at build time: building Intl formatters was
 * most of the time the page spent starting up on a phone.
 */
export function withValueLabels(chart: ResolvedChart, locale: string): ResolvedChart {
	return { ...chart, bars: chart.bars.map((b) => ({ ...b, valueLabel: formatChartValue(chart.unit, b.value, locale) })) };
}
