/**
 * `/404.html`: the page static hosts (Netlify, Cloudflare Pages, GitHub Pages, S3 + CloudFront
 * with an error page) send for an address that does not exist, in the story's look and in every
 * edition's language, with a link to each edition. Plain HTML from an endpoint: no script, and not
 * adapter-static's `fallback` (which would boot the whole app in the browser for any address, an
 * SPA shell), so strict prerendering stays. Its URLs are absolute (with the base path): it is
 * served at whatever address was not found.
 */
import { createHash } from 'node:crypto';
import latin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latin700 from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url';
import viet400 from '@fontsource/noto-sans/files/noto-sans-vietnamese-400-normal.woff2?url';
import viet700 from '@fontsource/noto-sans/files/noto-sans-vietnamese-700-normal.woff2?url';
import { resolve } from '$app/paths';
import { loadDataset } from '$lib/data/read';
import { editionData } from '$lib/editions/page-data';
import { notFoundHtml, type FontFace } from '$lib/publish/pages';
import type { RequestHandler } from './$types';

export const prerender = true;

/** The site's own font files (src/lib/fonts): an edition's families (settings.editions[].fonts). */
const ownFonts = import.meta.glob('/src/lib/fonts/*.woff2', { query: '?url', import: 'default', eager: true }) as Record<string, string>;

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

export const GET: RequestHandler = ({ url }) => {
	const d = loadDataset();
	const base = new URL(resolve('/'), url).pathname.replace(/\/$/, '');
	// Asset URLs as the build names them, made absolute under the base.
	const at = (u: string) => (u.startsWith(`${base}/`) ? u : `${base}/${u.replace(/^(\.\/|\/)+/, '')}`);
	const latinRange = 'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD';
	const vietRange = 'U+0102-0103, U+0110-0111, U+0128-0129, U+0168-0169, U+01A0-01A1, U+01AF-01B0, U+0300-0301, U+0303-0304, U+0308-0309, U+0323, U+0329, U+1EA0-1EF9, U+20AB';
	const faces: FontFace[] = [
		{ family: 'Noto Sans', weight: 400, url: at(latin400), range: latinRange },
		{ family: 'Noto Sans', weight: 700, url: at(latin700), range: latinRange },
		{ family: 'Noto Sans', weight: 400, url: at(viet400), range: vietRange },
		{ family: 'Noto Sans', weight: 700, url: at(viet700), range: vietRange }
	];
	for (const family of new Set(d.settings.editions.flatMap((e) => e.fonts ?? []))) {
		const stem = family.toLowerCase().replace(/\s+/g, '-');
		for (const [file, u] of Object.entries(ownFonts)) {
			const m = new RegExp(`/${stem}-(400|700)\\.woff2$`).exec(file);
			if (m) faces.push({ family, weight: Number(m[1]), url: at(u) });
		}
	}
	const editions = d.settings.editions.map((e) => editionData(d, e.lang));
	const html = notFoundHtml(d, editions, { origin: url.origin, base }, faces, sha256);
	return new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } });
};
