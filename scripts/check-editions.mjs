/**
 * Post-build check: no English left on the Vietnamese and Korean pages.
 *
 * Reads the prerendered pages (build/vi/index.html, build/ko/index.html, and each edition's embed
 * and share pages, build/vi/embed/, build/vi/scenes/<id>/), walks every piece of text
 * a reader or a screen reader meets (text nodes, and the alt, title, aria-label and placeholder
 * attributes, the description meta tag) outside elements whose `lang` differs from the page's, and
 * fails when a piece reads as English: when it holds one of a list of common English function
 * words (the, and, of, with, from, ...). Titles of English-language sources are fine, because the
 * page marks them `lang="en"`; so are the few proper names listed in PROPER_NAMES.
 *
 * The kiosk (build/kiosk.html) is rendered in English and switches language in the browser: its
 * Vietnamese and Korean editions are data (build/kiosk/__data.json). The check reads every
 * translated field of those editions the same way (`kioskProblems`); titles of sources in English,
 * speakers and publication names are skipped there, as the page marks or keeps them.
 *
 * Usage: node scripts/check-editions.mjs [buildDir]. Exit 1 naming the page and each offending text.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/** Common English function words: a sentence of English nearly always holds one. */
export const ENGLISH_WORDS = [
	'the', 'and', 'of', 'with', 'from', 'is', 'was', 'in', 'to', 'on', 'by', 'for', 'this', 'that',
	'at', 'are', 'were', 'has', 'have', 'had', 'its', 'their', 'which', 'not', 'after', 'before',
	'be', 'been', 'it', 'as', 'or', 'an', 'into', 'would', 'will', 'could', 'only', 'than'
];

/**
 * Function words that are also ordinary words of the edition's language (Vietnamese "in" prints,
 * "to" is big, "an" is safe).
 * @type {Record<string, string[]>}
 */
export const NATIVE_HOMOGRAPHS = { vi: ['in', 'to', 'an'], ko: [] };

/**
 * Proper names that keep their English form in every edition, as Vietnamese and Korean writers
 * print them. Each is removed from a text before the check. Keep this list short: a name belongs
 * here only if it cannot be translated or transliterated.
 */
export const PROPER_NAMES = ['Gardens by the Bay', 'CC BY'];

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const RAW = new Set(['script', 'style']);
const TEXT_ATTRS = ['alt', 'title', 'aria-label', 'placeholder'];

/** @type {Record<string, string>} */
const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** @param {string} s */
export function decodeEntities(s) {
	return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, /** @type {string} */ e) => {
		if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
		return ENTITIES[e.toLowerCase()] ?? m;
	});
}

/** @param {string} src */
function parseAttrs(src) {
	/** @type {Record<string, string>} */
	const attrs = {};
	const re = /([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
	let m;
	while ((m = re.exec(src))) attrs[(m[1] ?? '').toLowerCase()] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
	return attrs;
}

/**
 * Every piece of text in the document with the language it is in: the `lang` of the nearest
 * element that sets one. `where` says which element (and attribute) holds it, for messages.
 * Written for the well-formed HTML the build emits, not as a general HTML parser.
 * @param {string} html
 * @returns {{ text: string; lang: string | undefined; where: string }[]}
 */
export function textPieces(html) {
	/** @type {{ text: string; lang: string | undefined; where: string }[]} */
	const pieces = [];
	/** @type {{ name: string; lang: string | undefined }[]} */
	const stack = [];
	const langNow = () => {
		for (let i = stack.length - 1; i >= 0; i--) if (stack[i]?.lang !== undefined) return stack[i]?.lang;
		return undefined;
	};
	const path = () => stack.map((e) => e.name).slice(-3).join(' > ');
	let i = 0;
	while (i < html.length) {
		const lt = html.indexOf('<', i);
		const end = lt < 0 ? html.length : lt;
		if (end > i) {
			const text = decodeEntities(html.slice(i, end)).replace(/\s+/g, ' ').trim();
			if (text) pieces.push({ text, lang: langNow(), where: path() });
		}
		if (lt < 0) break;
		if (html.startsWith('<!--', lt)) {
			const close = html.indexOf('-->', lt + 4);
			i = close < 0 ? html.length : close + 3;
			continue;
		}
		if (html[lt + 1] === '!' || html[lt + 1] === '?') {
			i = html.indexOf('>', lt) + 1 || html.length;
			continue;
		}
		// Find the end of the tag, skipping quoted attribute values (they may hold ">").
		let j = lt + 1;
		let quote = '';
		for (; j < html.length; j++) {
			const c = html[j];
			if (quote) {
				if (c === quote) quote = '';
			} else if (c === '"' || c === "'") quote = c;
			else if (c === '>') break;
		}
		const inner = html.slice(lt + 1, j);
		i = j + 1;
		if (inner.startsWith('/')) {
			const name = inner.slice(1).trim().toLowerCase();
			const at = stack.map((e) => e.name).lastIndexOf(name);
			if (at >= 0) stack.length = at;
			continue;
		}
		const name = (inner.match(/^[^\s/>]+/)?.[0] ?? '').toLowerCase();
		const attrs = parseAttrs(inner.slice(name.length));
		const selfClosing = inner.endsWith('/') || VOID.has(name);
		const lang = 'lang' in attrs ? attrs.lang : undefined;
		const elLang = lang ?? langNow();
		for (const a of TEXT_ATTRS) {
			const text = attrs[a]?.trim();
			if (text) pieces.push({ text, lang: elLang, where: `${name}[${a}]` });
		}
		if (name === 'meta' && attrs.name === 'description' && attrs.content) {
			pieces.push({ text: attrs.content, lang: elLang, where: 'meta[name=description]' });
		}
		if (RAW.has(name)) {
			const close = html.toLowerCase().indexOf(`</${name}`, i);
			i = close < 0 ? html.length : html.indexOf('>', close) + 1;
			continue;
		}
		if (!selfClosing) stack.push({ name, lang });
	}
	return pieces;
}

/**
 * The English function words a text holds, for an edition in `pageLang`.
 * @param {string} text
 * @param {string} pageLang
 */
export function englishWords(text, pageLang) {
	let t = text;
	for (const n of PROPER_NAMES) t = t.split(n).join(' ');
	const skip = new Set(NATIVE_HOMOGRAPHS[pageLang] ?? []);
	const words = ENGLISH_WORDS.filter((w) => !skip.has(w));
	// A word of Latin letters only, not part of a longer word or of a word with diacritics.
	const found = new Set();
	for (const m of t.matchAll(/(?<![\p{L}\p{M}\p{N}])[A-Za-z]+(?![\p{L}\p{M}\p{N}])/gu)) {
		const w = m[0].toLowerCase();
		if (words.includes(w)) found.add(w);
	}
	return [...found];
}

/**
 * Text on a page in `pageLang` that reads as English and is not marked as another language.
 * @param {string} html
 * @param {string} pageLang
 */
export function englishOnPage(html, pageLang) {
	return textPieces(html)
		.filter((p) => (p.lang ?? pageLang) === pageLang)
		.map((p) => ({ ...p, words: englishWords(p.text, pageLang) }))
		.filter((p) => p.words.length > 0);
}

/**
 * SvelteKit's serialised page data (devalue's flat form) back to plain values. Only what the
 * kiosk's data holds: objects, arrays and primitives.
 * @param {unknown[]} flat
 * @returns {any}
 */
export function unflatten(flat) {
	/** @type {Map<number, unknown>} */
	const done = new Map();
	/** @param {number} i @returns {unknown} */
	const get = (i) => {
		if (i < 0) return [undefined, null, NaN, Infinity, -Infinity, -0][-i - 1];
		if (done.has(i)) return done.get(i);
		const v = flat[i];
		if (Array.isArray(v)) {
			if (typeof v[0] === 'string') throw new Error(`kiosk data: unsupported value of type ${v[0]} at ${i}`);
			/** @type {unknown[]} */
			const out = [];
			done.set(i, out);
			for (const j of v) out.push(get(j));
			return out;
		}
		if (v && typeof v === 'object') {
			/** @type {Record<string, unknown>} */
			const out = {};
			done.set(i, out);
			for (const [k, j] of Object.entries(v)) out[k] = get(/** @type {number} */ (j));
			return out;
		}
		done.set(i, v);
		return v;
	};
	return get(0);
}

/**
 * English in the kiosk's Vietnamese or Korean edition: every field that edition translates.
 * @param {any} edition one of the kiosk's `editions` (meta and scenes)
 * @param {string} lang
 * @returns {{ where: string; text: string; words: string[] }[]}
 */
export function kioskProblems(edition, lang) {
	/** @type {{ where: string; text: string }[]} */
	const fields = [];
	/** @param {string} where @param {unknown} text */
	const add = (where, text) => {
		if (typeof text === 'string' && text.trim()) fields.push({ where, text });
	};
	/** @param {string} where @param {any} s */
	const source = (where, s) => {
		add(`${where} author`, s.author);
		add(`${where} date`, s.dateLabel);
		add(`${where} print headline translation`, s.printTitleTranslation);
		if (s.publisherLang === lang) add(`${where} publisher`, s.publisher);
		if ((s.lang ?? 'en') === lang) add(`${where} title`, s.title);
		for (const c of s.cite ?? []) if ((c.lang ?? lang) === lang) add(`${where} citation`, c.text);
	};
	const m = edition?.meta ?? {};
	add('title', m.title);
	add('standfirst', m.standfirst);
	add('byline', m.byline);
	for (const a of m.articles ?? []) {
		add(`article "${a.key}" note`, a.note);
		source(`article "${a.key}"`, a);
	}
	for (const e of m.events ?? []) add(`event "${e.id}"`, e.label);
	for (const sc of edition?.scenes ?? []) {
		const at = `scene "${sc.id}"`;
		add(`${at} title`, sc.title);
		(sc.paragraphs ?? []).forEach((/** @type {string} */ p, /** @type {number} */ i) => add(`${at} paragraph ${i + 1}`, p));
		add(`${at} alt`, sc.alt);
		add(`${at} date`, sc.dateLabel);
		add(`${at} quote`, sc.quote?.text);
		add(`${at} quote role`, sc.quote?.role);
		add(`${at} chart title`, sc.chart?.title);
		add(`${at} chart source`, sc.chart?.source);
		for (const b of sc.chart?.bars ?? []) {
			add(`${at} chart bar "${b.id}"`, b.label);
			add(`${at} chart note "${b.id}"`, b.note);
		}
		(sc.sources ?? []).forEach((/** @type {any} */ s, /** @type {number} */ i) => source(`${at} source ${i + 1}`, s));
	}
	return fields.map((f) => ({ ...f, words: englishWords(f.text, lang) })).filter((f) => f.words.length > 0);
}

/**
 * The editions to check: every one of the story's (settings.editions in STORY_DIR/story.yaml)
 * that is not in English, the language this check looks for.
 * @returns {string[]}
 */
export function storyLangs() {
	const story = parse(readFileSync(join(process.env.STORY_DIR || 'src/content', 'story.yaml'), 'utf8'));
	return (story?.settings?.editions ?? []).map((/** @type {{ lang: string }} */ e) => e.lang).filter((/** @type {string} */ l) => l !== 'en');
}

/**
 * Every problem on the built pages of the editions in `langs`, one line each: the page, then what and where.
 * @param {string} buildDir
 * @param {string[]} [langs]
 * @returns {string[]}
 */
export function checkBuild(buildDir, langs = storyLangs()) {
	/** @type {string[]} */
	const problems = [];
	for (const lang of langs) {
		// The story page, and the edition's other pages where the build has them (embed, share pages).
		const scenes = join(buildDir, lang, 'scenes');
		const pages = [
			join(buildDir, lang, 'index.html'),
			join(buildDir, lang, 'embed', 'index.html'),
			...(existsSync(scenes) ? readdirSync(scenes).map((id) => join(scenes, id, 'index.html')) : [])
		].filter((p, i) => i === 0 || existsSync(p));
		for (const page of pages) {
			const html = readFileSync(page, 'utf8');
			const declared = html.match(/<html[^>]*\blang="([^"]+)"/)?.[1];
			if (declared !== lang) problems.push(`${page}: <html lang="${declared}"> where "${lang}" was expected`);
			for (const p of englishOnPage(html, lang)) {
				problems.push(`${page}: English text (${p.words.join(', ')}) in ${p.where}: “${p.text.length > 160 ? p.text.slice(0, 157) + '…' : p.text}”`);
			}
		}
	}
	const kioskData = join(buildDir, 'kiosk', '__data.json');
	if (existsSync(kioskData)) {
		const doc = JSON.parse(readFileSync(kioskData, 'utf8'));
		const node = [...(doc.nodes ?? [])].reverse().find((n) => n?.type === 'data');
		const editions = node ? unflatten(node.data)?.editions : undefined;
		for (const lang of langs) {
			if (!editions?.[lang]) {
				problems.push(`${kioskData}: the kiosk has no ${lang} edition`);
				continue;
			}
			for (const p of kioskProblems(editions[lang], lang)) {
				problems.push(`${kioskData}: ${lang} edition: English text (${p.words.join(', ')}) in ${p.where}: “${p.text.length > 160 ? p.text.slice(0, 157) + '…' : p.text}”`);
			}
		}
	}
	return problems;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
	const dir = process.argv[2] ?? process.env.BUILD_DIR ?? 'build';
	const langs = storyLangs();
	const problems = checkBuild(dir, langs);
	if (problems.length > 0) {
		console.error(`✗ ${problems.length} piece(s) of English on the ${langs.join('/')} pages (mark a title lang="en", or translate it):`);
		for (const p of problems) console.error('  ' + p);
		process.exit(1);
	}
	console.log(
		langs.length
			? `✓ no English text on the ${langs.join(' and ')} pages (nor in the kiosk's editions) outside what is marked as English`
			: '✓ no edition besides English: nothing to check for English text'
	);
}
