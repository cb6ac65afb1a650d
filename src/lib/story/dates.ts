/** Dates as readers see them, formatted with Intl from the story's ISO dates (YYYY, YYYY-MM, YYYY-MM-DD). */

type Precision = 'year' | 'month' | 'day';

function parse(iso: string): { date: Date; precision: Precision } {
	const [y, m, d] = iso.split('-').map(Number);
	const precision: Precision = d !== undefined ? 'day' : m !== undefined ? 'month' : 'year';
	return { date: new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1)), precision };
}

/** Building an Intl.DateTimeFormat is slow (milliseconds each on a phone): one per locale and precision. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, precision: Precision): Intl.DateTimeFormat {
	const key = `${locale}|${precision}`;
	let f = formatters.get(key);
	if (!f) {
		const opts: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
		if (precision !== 'year') opts.month = 'long';
		if (precision === 'day') opts.day = 'numeric';
		f = new Intl.DateTimeFormat(locale, opts);
		formatters.set(key, f);
	}
	return f;
}

/** "27 February 1901", "November 1900" or "1899", or a range such as "27–28 February 1901". */
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

/** Date labels formatted ahead of time, keyed by ISO date (or `start/end` for a range). */
export type DateLabels = Record<string, string>;

/** How a component asks for a date's label. */
export type DateText = (date: string, dateEnd?: string) => string;

const labelKey = (date: string, dateEnd?: string) => (dateEnd ? `${date}/${dateEnd}` : date);

/**
 * Every label a page shows for these dates (the date, its range, its year), formatted at build
 * time: creating Intl formatters is one of the slowest things a phone does while the page starts.
 */
export function dateLabels(items: { date: string; dateEnd?: string }[], locale: string): DateLabels {
	const out: DateLabels = {};
	for (const { date, dateEnd } of items) {
		out[labelKey(date, dateEnd)] = formatDate(date, dateEnd, locale);
		out[date] = formatDate(date, undefined, locale);
		out[date.slice(0, 4)] = formatDate(date.slice(0, 4), undefined, locale);
	}
	return out;
}

/**
 * Labels from `dateLabels`. The browser never formats a date (creating Intl formatters is what made
 * the page slow to start on a phone, and keeping `formatDate` out of the page's script keeps it
 * small): a date that was not labelled at build time shows in its ISO form, which a test catches.
 * `locale` is kept for the callers' interface.
 */
export function dateText(labels: DateLabels, locale?: string): DateText {
	void locale;
	return (date, dateEnd) => labels[labelKey(date, dateEnd)] ?? (dateEnd ? `${date} – ${dateEnd}` : date);
}

/** Anything that carries an ISO date to be written out for an edition. */
interface Dated {
	date?: string;
	dateLabel?: string;
}

/**
 * Sources with their dates written in the edition's language, done at build time with the same
 * labels as the page's other dates (`dateLabels`): the page never formats a date itself.
 */
export function labelDates<T extends Dated>(items: T[], labels: DateLabels): T[] {
	return items.map((s) => (s.date ? { ...s, dateLabel: labels[s.date] ?? s.dateLabel } : s));
}

/**
 * Everything a page or the kiosk shows with a date, written out for one locale at build time:
 * each scene's date (`dateLabel`), each source's and article's date, and the labels for the
 * timeline (returned as `labels`, for `dateText`).
 */
export function withDateLabels<
	S extends { date: string; dateEnd?: string; dateLabel?: string; sources: Dated[] },
	M extends { articles: Dated[]; events: { date: string }[]; corrections?: Dated[]; published?: string; modified?: string }
>(scenes: S[], meta: M, locale: string): { scenes: S[]; meta: M; labels: DateLabels } {
	const sourceDates = [...scenes.flatMap((s) => s.sources), ...meta.articles, ...(meta.corrections ?? []), { date: meta.published }, { date: meta.modified }]
		.map((s) => s.date)
		.filter((d): d is string => !!d)
		.map((date) => ({ date }));
	const labels = dateLabels([...scenes, ...meta.events, ...sourceDates], locale);
	return {
		scenes: scenes.map((s) => ({
			...s,
			dateLabel: labels[s.dateEnd ? `${s.date}/${s.dateEnd}` : s.date],
			sources: labelDates(s.sources, labels)
		})),
		meta: { ...meta, articles: labelDates(meta.articles, labels), ...(meta.corrections ? { corrections: labelDates(meta.corrections, labels) } : {}) },
		labels
	};
}
