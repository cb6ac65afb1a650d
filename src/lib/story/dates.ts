/** Dates as readers see them, formatted with Intl from the story's ISO dates (YYYY, YYYY-MM, YYYY-MM-DD). */

type Precision = 'year' | 'month' | 'day';

function parse(iso: string): { date: Date; precision: Precision } {
	const [y, m, d] = iso.split('-').map(Number);
	const precision: Precision = d !== undefined ? 'day' : m !== undefined ? 'month' : 'year';
	return { date: new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1)), precision };
}

function formatter(locale: string, precision: Precision): Intl.DateTimeFormat {
	const opts: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
	if (precision !== 'year') opts.month = 'long';
	if (precision === 'day') opts.day = 'numeric';
	return new Intl.DateTimeFormat(locale, opts);
}

/** "27 February 2019", "November 2018" or "1957", or a range such as "27–28 February 2019". */
export function formatDate(date: string, dateEnd?: string, locale = 'en-GB'): string {
	const a = parse(date);
	if (!dateEnd) return formatter(locale, a.precision).format(a.date);
	const b = parse(dateEnd);
	const precision = a.precision === b.precision ? a.precision : 'day';
	if (a.precision !== b.precision) {
		return `${formatter(locale, a.precision).format(a.date)} – ${formatter(locale, b.precision).format(b.date)}`;
	}
	return formatter(locale, precision).formatRange(a.date, b.date);
}

/** The year of an ISO date. */
export function yearOf(date: string): number {
	return Number(date.slice(0, 4));
}
