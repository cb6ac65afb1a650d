/**
 * What search engines and social sites read from a page: Open Graph and Twitter tags, the
 * canonical link, and the story as schema.org `NewsArticle` (JSON-LD). Pure: the pages give the
 * absolute URLs (SITE_ORIGIN and the base path) and the edition's words, at build time.
 */
import type { ResolvedCorrection, StoryMeta } from '../story/types';

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESC[c] ?? c);

/** `en-GB` → `en_GB` (Open Graph's form of a locale). */
export const ogLocale = (locale: string) => locale.replace('-', '_');

/** A text cut to about `max` characters at a word, with "…" when cut. */
export function shorten(text: string, max = 200): string {
	const t = text.replace(/\s+/g, ' ').trim();
	if (t.length <= max) return t;
	const cut = t.slice(0, max + 1);
	const at = cut.lastIndexOf(' ');
	return `${(at > max * 0.5 ? cut.slice(0, at) : cut.slice(0, max)).replace(/[\s,.;:–—-]+$/, '')}…`;
}

export interface CardImage {
	url: string;
	width: number;
	height: number;
	alt: string;
}

export interface PageTags {
	/** The page's absolute canonical URL (og:url too). */
	url: string;
	title: string;
	description: string;
	siteName: string;
	/** The edition's locale (`vi-VN`) and the other editions'. */
	locale: string;
	otherLocales: string[];
	image: CardImage;
	published?: string;
	modified?: string;
}

/** The `<head>` tags of a page that is shared: canonical, Open Graph, Twitter. */
export function headTags(p: PageTags): string {
	const meta = (attr: 'name' | 'property', key: string, value: string | number | undefined) =>
		value === undefined || value === '' ? '' : `<meta ${attr}="${key}" content="${escapeHtml(String(value))}">`;
	return [
		`<link rel="canonical" href="${escapeHtml(p.url)}">`,
		meta('property', 'og:type', 'article'),
		meta('property', 'og:site_name', p.siteName),
		meta('property', 'og:title', p.title),
		meta('property', 'og:description', p.description),
		meta('property', 'og:url', p.url),
		meta('property', 'og:locale', ogLocale(p.locale)),
		...p.otherLocales.map((l) => meta('property', 'og:locale:alternate', ogLocale(l))),
		meta('property', 'og:image', p.image.url),
		meta('property', 'og:image:type', 'image/png'),
		meta('property', 'og:image:width', p.image.width),
		meta('property', 'og:image:height', p.image.height),
		meta('property', 'og:image:alt', p.image.alt),
		meta('property', 'article:published_time', p.published),
		meta('property', 'article:modified_time', p.modified),
		meta('name', 'twitter:card', 'summary_large_image'),
		meta('name', 'twitter:title', p.title),
		meta('name', 'twitter:description', p.description),
		meta('name', 'twitter:image', p.image.url),
		meta('name', 'twitter:image:alt', p.image.alt)
	]
		.filter(Boolean)
		.join('');
}

export interface Organization {
	name: string;
	url?: string;
}

export interface ArticleInput {
	meta: StoryMeta;
	/** The edition's language code. */
	lang: string;
	url: string;
	image: CardImage;
	publisher: Organization;
	/** Keys of the articles the story is based on (those its scenes cite). */
	basedOn: string[];
	/** The first edition's URL, when this edition is a translation of it. */
	translationOf?: { url: string; lang: string };
	/** The other editions, from the first edition's page. */
	translations?: { url: string; lang: string }[];
}

const org = (o: Organization) => ({ '@type': 'Organization', name: o.name, ...(o.url ? { url: o.url } : {}) });

/** The story as schema.org `NewsArticle`. */
export function newsArticle(a: ArticleInput): Record<string, unknown> {
	const m = a.meta;
	const basedOn = m.articles
		.filter((s) => a.basedOn.includes(s.key))
		.map((s) => ({
			'@type': 'NewsArticle',
			headline: s.title,
			...(s.printTitle ? { alternativeHeadline: s.printTitle } : {}),
			inLanguage: s.lang,
			publisher: { '@type': 'Organization', name: s.publisher },
			// A date the article's own words give is not its publication date: said as coverage.
			...(s.date && !s.datedFromContent ? { datePublished: s.date } : {}),
			...(s.author ? { creditText: s.author } : {}),
			...(s.url ? { url: s.url } : {})
		}));
	const corrections = m.corrections.map((c: ResolvedCorrection) => ({ '@type': 'CorrectionComment', text: c.text, datePublished: c.date }));
	return {
		'@context': 'https://schema.org',
		'@type': 'NewsArticle',
		headline: m.title,
		description: m.standfirst,
		inLanguage: a.lang,
		url: a.url,
		mainEntityOfPage: { '@type': 'WebPage', '@id': a.url },
		image: [a.image.url],
		...(m.published ? { datePublished: m.published } : {}),
		...(m.modified ? { dateModified: m.modified } : {}),
		author: [org(a.publisher)],
		publisher: org(a.publisher),
		creditText: m.byline,
		...(basedOn.length ? { isBasedOn: basedOn.length === 1 ? basedOn[0] : basedOn } : {}),
		...(corrections.length ? { correction: corrections } : {}),
		...(a.translationOf ? { translationOfWork: { '@type': 'NewsArticle', '@id': a.translationOf.url, inLanguage: a.translationOf.lang } } : {}),
		...(a.translations?.length ? { workTranslation: a.translations.map((t) => ({ '@type': 'NewsArticle', '@id': t.url, inLanguage: t.lang })) } : {})
	};
}

/**
 * JSON-LD as a `<script type="application/ld+json">` data block (not run by the browser, so the
 * Content-Security-Policy does not apply to it). `<` is escaped so no text can close the element.
 */
export function jsonLdScript(data: unknown): string {
	const json = JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
	return `<script type="application/ld+json">${json}</script>`;
}
