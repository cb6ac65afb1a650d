/**
 * The publishing parts of the pages, written as HTML at build time (like the charts), so that none
 * of it adds to the script the story page loads: the story page's share tags and structured data,
 * the share page of each scene, and the end of the story (corrections and updates, the link and
 * the embed code). Pure: the routes give the dataset, the edition's words and where the site lives.
 */
import type { Dataset } from '../data/dataset';
import type { EditionData } from '../editions/page-data';
import { editionPath, langsOf } from '../editions';
import type { ResolvedScene } from '../story/types';
import { CARD_HEIGHT, CARD_WIDTH } from './card';
import { escapeHtml, headTags, jsonLdScript, newsArticle, shorten, type CardImage, type Organization } from './meta';
import { cardPath, embedPath, sharePath } from './urls';
import { embedCode } from './embed-code';
import { SHARE_DATA_ID, type ShareData } from './share-data';

/** Where the site is published: its origin (SITE_ORIGIN) and base path (BASE_PATH, '' at the root). */
export interface Site {
	origin: string;
	base: string;
}

/** The absolute URL of a path of the site (the path without the base). */
export const absolute = (site: Site, path: string) => new URL(`${site.base}${path}`, site.origin).href;

/** Who publishes the story: `settings.publisher`, or else the site itself, by its host name. */
export function publisherOf(d: Dataset, site: Site): Organization {
	return d.settings.publisher ?? { name: new URL(site.origin).host, url: absolute(site, '/') };
}

/** The articles the story is based on: those its scenes cite. */
export function citedArticles(d: Dataset): string[] {
	return [...new Set(d.scenes.flatMap((s) => s.sources.map((src) => src.article).filter((k): k is string => !!k)))];
}

function card(d: Dataset, site: Site, lang: string, scene: ResolvedScene | undefined, alt: string): CardImage {
	return { url: absolute(site, cardPath(langsOf(d.settings.editions), scene?.id, lang)), width: CARD_WIDTH, height: CARD_HEIGHT, alt };
}

/** The share card's text alternative: what the card shows, in words. */
export function cardAlt(ed: EditionData, scene: ResolvedScene | undefined): string {
	return scene ? `${sentence(scene.title)} ${ed.ui.onTheMap} ${scene.alt}` : `${sentence(ed.meta.title)} ${ed.meta.standfirst}`;
}

/** A title followed by a full stop, unless it ends with its own punctuation. */
const sentence = (t: string) => (/[.!?…。？！]$/.test(t.trim()) ? t.trim() : `${t.trim()}.`);

/** The story page's `<head>` additions: canonical, share tags (its card) and the story as NewsArticle. */
export function storyHead(d: Dataset, ed: EditionData, site: Site): string {
	const langs = langsOf(d.settings.editions);
	const url = absolute(site, editionPath(langs, ed.lang));
	const image = card(d, site, ed.lang, undefined, cardAlt(ed, undefined));
	const first = langs[0]!;
	const tags = headTags({
		url,
		title: ed.meta.title,
		description: ed.meta.standfirst,
		siteName: ed.meta.title,
		locale: ed.locale,
		otherLocales: d.settings.editions.filter((e) => e.lang !== ed.lang).map((e) => e.locale),
		image,
		published: ed.meta.published,
		modified: ed.meta.modified
	});
	const article = newsArticle({
		meta: ed.meta,
		lang: ed.lang,
		url,
		image,
		publisher: publisherOf(d, site),
		basedOn: citedArticles(d),
		translationOf: ed.lang === first ? undefined : { url: absolute(site, editionPath(langs, first)), lang: first },
		translations: ed.lang === first ? langs.slice(1).map((l) => ({ url: absolute(site, editionPath(langs, l)), lang: l })) : undefined
	});
	return tags + jsonLdScript(article);
}

/** The plain HTML an article page pastes to show the story (or a scene of it) in an iframe. */
export function storyEmbedCode(d: Dataset, ed: EditionData, site: Site, sceneId?: string): string {
	return embedCode(absolute(site, embedPath(langsOf(d.settings.editions), ed.lang)) + (sceneId ? `#${sceneId}` : ''), ed.meta.title);
}

/** What the Share controls read from the page (`#share-data`, ./share-controls.ts), as a JSON data block. */
export function shareDataBlock(d: Dataset, ed: EditionData, site: Site): string {
	const langs = langsOf(d.settings.editions);
	const u = ed.ui;
	const data: ShareData = {
		strings: { share: u.share, shareLink: u.shareLink, copyLink: u.copyLink, copied: u.copied, copyByHand: u.copyByHand, embed: u.embed, embedHint: u.embedHint, copyCode: u.copyCode },
		sharePages: absolute(site, `${editionPath(langs, ed.lang)}scenes/`),
		embed: absolute(site, embedPath(langs, ed.lang)),
		title: ed.meta.title
	};
	return `<script type="application/json" id="${SHARE_DATA_ID}">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`;
}

/**
 * The end of the story, after the credits: the dated corrections and updates (when there are any),
 * then the story's link and its embed code, in fields a reader can select and copy without a script.
 */
export function endOfStoryHtml(d: Dataset, ed: EditionData, site: Site): string {
	const ui = ed.ui;
	const out: string[] = [];
	if (ed.meta.corrections.length) {
		const items = ed.meta.corrections
			.map(
				(c) =>
					`<li data-correction="${escapeHtml(c.id)}"><p><strong>${escapeHtml(c.kind === 'update' ? ui.update : ui.correction)}</strong>, ` +
					`<time datetime="${escapeHtml(c.date)}">${escapeHtml(c.dateLabel ?? c.date)}</time>: ${escapeHtml(c.text)}</p></li>`
			)
			.join('');
		out.push(`<section class="corrections" aria-labelledby="corrections-title" data-corrections><h2 id="corrections-title">${escapeHtml(ui.correctionsTitle)}</h2><ol>${items}</ol></section>`);
	}
	const link = absolute(site, editionPath(langsOf(d.settings.editions), ed.lang));
	out.push(
		`<section class="share-embed" aria-labelledby="share-title" data-share-story><h2 id="share-title">${escapeHtml(ui.shareTitle)}</h2>` +
			`<p><label for="story-link">${escapeHtml(ui.storyLink)}</label><input id="story-link" type="url" readonly value="${escapeHtml(link)}" lang="zxx"></p>` +
			`<p><label for="embed-code">${escapeHtml(ui.embedHint)}</label><textarea id="embed-code" readonly rows="4" spellcheck="false" lang="zxx" data-embed-code>${escapeHtml(storyEmbedCode(d, ed, site))}</textarea></p></section>`
	);
	return `<div class="end-of-story">${out.join('')}${shareDataBlock(d, ed, site)}</div>`;
}

/** The inline script of a share page: straight on to the story at the scene (no other script runs). */
export const SHARE_REDIRECT = `location.replace(document.querySelector('a[data-story]').href)`;

const SHARE_STYLE =
	`body{margin:0;font-family:'Noto Sans',system-ui,sans-serif;color:#1f2328;background:#fbfaf7}` +
	`main{box-sizing:border-box;max-width:40rem;margin:0 auto;padding:2.5rem 1.25rem}` +
	`.eyebrow{margin:0;color:#b3261e;font-weight:700;font-size:.85rem;letter-spacing:.06em;text-transform:uppercase}` +
	`h1{font-size:clamp(1.6rem,5vw,2.4rem);line-height:1.15;margin:.4rem 0 1rem}` +
	`img{display:block;width:100%;height:auto;border-radius:8px;background:#d6e4ec}` +
	`p{line-height:1.6}a{color:#b3261e;font-weight:700}`;

/**
 * A scene's share page (`/scenes/<id>/`): what social sites and chat apps read for the link's card
 * (its own title, description, image and URL), and for a reader a one-step page that goes on to
 * the story at that scene (`/#<id>`) with `location.replace`, or, without JavaScript, a link there.
 * No meta refresh: some link-preview crawlers follow it and would show the story's card instead.
 */
export function sharePageHtml(d: Dataset, ed: EditionData, scene: ResolvedScene, site: Site, cspHash: (inline: string) => string): string {
	const langs = langsOf(d.settings.editions);
	const url = absolute(site, sharePath(langs, ed.lang, scene.id));
	const story = `${site.base}${editionPath(langs, ed.lang)}#${encodeURIComponent(scene.id)}`;
	const description = shorten(scene.paragraphs[0] ?? scene.alt);
	const image = card(d, site, ed.lang, scene, cardAlt(ed, scene));
	const alternates = d.settings.editions
		.map((e) => `<link rel="alternate" hreflang="${escapeHtml(e.lang)}" href="${escapeHtml(absolute(site, sharePath(langs, e.lang, scene.id)))}">`)
		.join('');
	const xDefault = `<link rel="alternate" hreflang="x-default" href="${escapeHtml(absolute(site, sharePath(langs, langs[0]!, scene.id)))}">`;
	// Its own policy: nothing but its one script and style (by hash) and its card image.
	const csp = `default-src 'none'; script-src '${cspHash(SHARE_REDIRECT)}'; style-src '${cspHash(SHARE_STYLE)}'; img-src 'self'; base-uri 'none'; form-action 'none'`;
	return (
		`<!doctype html><html lang="${escapeHtml(ed.lang)}"><head><meta charset="utf-8">` +
		`<meta name="viewport" content="width=device-width, initial-scale=1">` +
		`<meta http-equiv="content-security-policy" content="${escapeHtml(csp)}">` +
		`<title>${escapeHtml(`${scene.title} · ${ed.meta.title}`)}</title>` +
		`<meta name="description" content="${escapeHtml(description)}">` +
		headTags({
			url,
			title: scene.title,
			description,
			siteName: ed.meta.title,
			locale: ed.locale,
			otherLocales: d.settings.editions.filter((e) => e.lang !== ed.lang).map((e) => e.locale),
			image,
			published: ed.meta.published,
			modified: ed.meta.modified
		}) +
		alternates +
		xDefault +
		`<style>${SHARE_STYLE}</style></head><body><main data-share-scene="${escapeHtml(scene.id)}">` +
		`<p class="eyebrow">${escapeHtml(ed.meta.title)}</p><h1>${escapeHtml(scene.title)}</h1>` +
		`<img src="${escapeHtml(`${site.base}${cardPath(langs, scene.id, ed.lang)}`)}" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" alt="${escapeHtml(image.alt)}">` +
		`<p>${escapeHtml(description)}</p>` +
		`<p><a data-story href="${escapeHtml(story)}">${escapeHtml(ed.ui.readScene)} →</a></p>` +
		`</main><script>${SHARE_REDIRECT}</script></body></html>`
	);
}

export interface FontFace {
	family: string;
	weight: number;
	url: string;
	/** unicode-range, where the face covers only part of the text. */
	range?: string;
}

/**
 * The 404 page: the story's title in its first edition, then in every edition "page not found"
 * and a link to that edition's story, each block in its own language; the story's colours, type
 * and fonts. Its own policy allows its one style block (by hash) and the site's fonts.
 */
export function notFoundHtml(d: Dataset, editions: EditionData[], site: Site, faces: FontFace[], cspHash: (inline: string) => string): string {
	const langs = langsOf(d.settings.editions);
	const first = editions[0]!;
	const families = [...new Set(faces.map((f) => `'${f.family}'`))].join(', ');
	const style =
		faces
			.map((f) => `@font-face{font-family:'${f.family}';font-style:normal;font-weight:${f.weight};font-display:swap;src:url(${f.url}) format('woff2')${f.range ? `;unicode-range:${f.range}` : ''}}`)
			.join('') +
		`:root{font-family:${families},system-ui,sans-serif;color:#1f2328;background:#fbfaf7}body{margin:0}` +
		`main{box-sizing:border-box;max-width:46rem;min-height:100vh;margin:0 auto;padding:8vh clamp(1rem,3vw,2.5rem);display:flex;flex-direction:column;justify-content:center}` +
		`.eyebrow{text-transform:uppercase;letter-spacing:.08em;font-size:.85rem;color:#b3261e;font-weight:700;margin:0}` +
		`.story{font-size:clamp(1.5rem,4vw,2.4rem);line-height:1.15;margin:.5rem 0 2rem;font-weight:700}` +
		`section{border-left:4px solid #b3261e;padding:.1rem 0 .1rem 1rem;margin:0 0 1.4rem}` +
		`h1,h2{font-size:1.2rem;margin:0 0 .3rem}p{line-height:1.6;margin:0}a{color:#b3261e;font-weight:700}`;
	const blocks = editions
		.map((ed, i) => {
			const Heading = i === 0 ? 'h1' : 'h2';
			const href = `${site.base}${editionPath(langs, ed.lang)}`;
			return (
				`<section lang="${escapeHtml(ed.lang)}" data-not-found="${escapeHtml(ed.lang)}"><${Heading}>${escapeHtml(ed.ui.notFoundTitle)}</${Heading}>` +
				`<p>${escapeHtml(ed.ui.notFoundText)} <a href="${escapeHtml(href)}" hreflang="${escapeHtml(ed.lang)}">${escapeHtml(ed.meta.title)}</a></p></section>`
			);
		})
		.join('');
	const csp = `default-src 'none'; style-src '${cspHash(style)}'; font-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'`;
	return (
		`<!doctype html><html lang="${escapeHtml(first.lang)}"><head><meta charset="utf-8">` +
		`<meta name="viewport" content="width=device-width, initial-scale=1">` +
		`<meta http-equiv="content-security-policy" content="${escapeHtml(csp)}">` +
		`<meta name="robots" content="noindex">` +
		`<title>${escapeHtml(`${first.ui.notFoundTitle} · ${first.meta.title}`)}</title>` +
		`<link rel="icon" href="${escapeHtml(`${site.base}/favicon.svg`)}" type="image/svg+xml">` +
		`<style>${style}</style></head><body><main>` +
		`<p class="eyebrow">${escapeHtml(first.ui.eyebrow)}</p><p class="story">${escapeHtml(first.meta.title)}</p>${blocks}` +
		`</main></body></html>`
	);
}
