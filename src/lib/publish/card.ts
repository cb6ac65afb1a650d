/**
 * Share cards (Open Graph / Twitter `summary_large_image` images, 1200×630): the layout as an SVG
 * document, from a scene's static map and its words, before resvg turns it into a PNG at build
 * time (`./og.server.ts`). Pure: text is measured with a function the caller gives (the real fonts'
 * advance widths), so the wrapping is tested without a font or a renderer.
 *
 *   ┌──────────────┬──────────────────────────────┐
 *   │ KICKER       │                              │
 *   │ Title of the │      the scene's static      │
 *   │ scene, up to │      map (renderSceneSvg)    │
 *   │ five lines   │                              │
 *   │ ──           │                              │
 *   │ Story's name │                              │
 *   └──────────────┴──────────────────────────────┘
 */

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/** Width of the text panel; the map takes the rest. */
export const PANEL_WIDTH = 470;
export const MAP_WIDTH = CARD_WIDTH - PANEL_WIDTH;

/** Width in px of a text set at `size` px (bold or regular). */
export type Measure = (text: string, size: number, bold: boolean) => number;

export interface Wrapped {
	lines: string[];
	/** True when the text did not fit in `maxLines` and the last line ends with an ellipsis. */
	truncated: boolean;
}

const graphemes = (s: string): string[] => [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(s)].map((g) => g.segment);

/**
 * Lines of at most `maxWidth` px: breaks at spaces; a word wider than a whole line (a long name, a
 * run of text without spaces) is broken between characters. More than `maxLines` lines: the last
 * one is cut and ends with "…".
 */
export function wrapText(text: string, maxWidth: number, measure: (s: string) => number, maxLines = Infinity): Wrapped {
	const words = text.trim().split(/\s+/).filter(Boolean);
	const lines: string[] = [];
	let line = '';
	const push = (w: string) => {
		const candidate = line ? `${line} ${w}` : w;
		if (measure(candidate) <= maxWidth) {
			line = candidate;
			return;
		}
		if (line) lines.push(line);
		line = '';
		if (measure(w) <= maxWidth) {
			line = w;
			return;
		}
		// Too wide for any line: break it between characters.
		let piece = '';
		for (const g of graphemes(w)) {
			if (piece && measure(piece + g) > maxWidth) {
				lines.push(piece);
				piece = g;
			} else piece += g;
		}
		line = piece;
	};
	for (const w of words) push(w);
	if (line) lines.push(line);
	if (lines.length <= maxLines) return { lines, truncated: false };
	const kept = lines.slice(0, maxLines);
	// The last line ends with "…": drop whole words until it fits, or characters of a lone word.
	let words2 = `${kept[maxLines - 1]} ${lines[maxLines]}`.split(' ');
	const fits = (ws: string[]) => measure(`${ws.join(' ').replace(/[\s,.;:–—-]+$/, '')}…`) <= maxWidth;
	while (words2.length > 1 && !fits(words2)) words2 = words2.slice(0, -1);
	let last = words2.join(' ');
	while (last && measure(`${last}…`) > maxWidth) last = graphemes(last).slice(0, -1).join('').trimEnd();
	kept[maxLines - 1] = `${last.replace(/[\s,.;:–—-]+$/, '')}…`;
	return { lines: kept, truncated: true };
}

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeXml = (s: string) => s.replace(/[&<>"']/g, (c) => ESC[c] ?? c);

export interface CardInput {
	/** Lines above the title, one each: a scene's chapter and date, the story's eyebrow. */
	kicker: string[];
	/** The scene's title (or the story's). */
	title: string;
	/** Under the rule: the story's name (or, on the story's own card, its standfirst). */
	footer: string;
	/** The static map for the right side, a standalone `<svg>` of MAP_WIDTH × CARD_HEIGHT. */
	mapSvg: string;
	/** The edition's language (`xml:lang`, and upper-casing the kicker). */
	lang: string;
	measure: Measure;
}

export interface CardLayout {
	svg: string;
	/** Every piece of text the card draws with its weight, for the glyph check. */
	texts: { text: string; bold: boolean }[];
	title: Wrapped;
	titleSize: number;
}

export const COLORS = { paper: '#fbfaf7', ink: '#1f2328', muted: '#57606a', accent: '#b3261e', rule: '#d0d7de' } as const;

const PAD_X = 52;
const TOP = 64;
const BOTTOM = 52;
/** Kicker sizes tried, largest first, until every item fits on one line. */
const KICKER_SIZES = [20, 18, 16];
const FOOTER_SIZE = 23;
/** Title sizes tried, largest first, until the title fits in its lines. */
const TITLE_SIZES = [58, 52, 46, 40, 36];
/** At most this many lines of title (six from 40 px down). */
const titleLines = (size: number) => (size <= 40 ? 6 : 5);
const LETTER_SPACING = 1.2;

/** The card as an SVG document of CARD_WIDTH × CARD_HEIGHT. */
export function cardSvg(input: CardInput): CardLayout {
	const { measure } = input;
	const width = PANEL_WIDTH - 2 * PAD_X;
	// Each kicker item on a line of its own, smaller rather than broken; two lines at most per item.
	const items = input.kicker.filter((k) => k.trim()).map((k) => k.toLocaleUpperCase(input.lang));
	const kickerWidth = (s: string, size: number) => measure(s, size, true) + LETTER_SPACING * graphemes(s).length;
	const kickerSize = KICKER_SIZES.find((size) => items.every((k) => kickerWidth(k, size) <= width)) ?? KICKER_SIZES[0]!;
	const kicker = { lines: items.flatMap((k) => wrapText(k, width, (s) => kickerWidth(s, kickerSize), 2).lines).slice(0, 3) };
	const footer = wrapText(input.footer, width, (s) => measure(s, FOOTER_SIZE, false), 3);

	const kickerLine = kickerSize * 1.45;
	const footerLine = FOOTER_SIZE * 1.35;
	const kickerBottom = TOP + kickerLine * (kicker.lines.length - 1);
	const footerTop = CARD_HEIGHT - BOTTOM - footerLine * (footer.lines.length - 1) - FOOTER_SIZE;
	const ruleY = footerTop - 26;
	const titleTop = kickerBottom + 30;
	const room = ruleY - 30 - titleTop;

	let title: Wrapped = { lines: [], truncated: false };
	let titleSize = TITLE_SIZES[TITLE_SIZES.length - 1]!;
	for (const size of TITLE_SIZES) {
		const lines = Math.max(1, Math.min(titleLines(size), Math.floor((room + size * 0.18) / (size * 1.18))));
		title = wrapText(input.title, width, (s) => measure(s, size, true), lines);
		titleSize = size;
		if (!title.truncated) break;
	}
	const titleLine = titleSize * 1.18;

	const text = (x: number, y: number, size: number, fill: string, content: string, bold: boolean, extra = '') =>
		`<text x="${x}" y="${Math.round(y * 10) / 10}" font-size="${size}" fill="${fill}"${bold ? ' font-weight="bold"' : ''}${extra}>${escapeXml(content)}</text>`;
	const out: string[] = [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">`,
		`<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${COLORS.paper}"/>`,
		input.mapSvg.replace(/^<svg\b/, `<svg x="${PANEL_WIDTH}" y="0"`),
		`<rect x="${PANEL_WIDTH}" y="0" width="2" height="${CARD_HEIGHT}" fill="${COLORS.rule}"/>`,
		`<rect x="0" y="0" width="10" height="${CARD_HEIGHT}" fill="${COLORS.accent}"/>`,
		`<g xml:lang="${escapeXml(input.lang)}">`,
		...kicker.lines.map((l, i) => text(PAD_X, TOP + i * kickerLine, kickerSize, COLORS.accent, l, true, ` letter-spacing="${LETTER_SPACING}"`)),
		...title.lines.map((l, i) => text(PAD_X, titleTop + titleSize + i * titleLine, titleSize, COLORS.ink, l, true)),
		`<rect x="${PAD_X}" y="${Math.round(ruleY)}" width="56" height="4" fill="${COLORS.accent}"/>`,
		...footer.lines.map((l, i) => text(PAD_X, footerTop + FOOTER_SIZE + i * footerLine, FOOTER_SIZE, COLORS.muted, l, false)),
		'</g>',
		'</svg>'
	];
	return {
		svg: out.join('\n'),
		texts: [
			...kicker.lines.map((t) => ({ text: t, bold: true })),
			...title.lines.map((t) => ({ text: t, bold: true })),
			...footer.lines.map((t) => ({ text: t, bold: false }))
		],
		title,
		titleSize
	};
}

const unescapeXml = (s: string) =>
	s.replace(/&(lt|gt|quot|#39|apos|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'", amp: '&' })[e] ?? '');

/** A font face as the card sets text in it: a family name of its own, its weight, its characters. */
export interface RunFace {
	name: string;
	weight: number;
	bold: boolean;
	has(cp: number): boolean;
	/** Advance width of a code point in em. */
	advance(cp: number): number;
}

/**
 * A text cut into runs, each in one face that has every character of it (whole grapheme clusters,
 * so a letter and its accents stay together): a run keeps its face while the face has the next
 * character, else takes the first face of the text's weight that has it. `face` is undefined for
 * characters no face has.
 */
export function fontRuns(text: string, bold: boolean, faces: readonly RunFace[]): { face: RunFace | undefined; text: string }[] {
	const pool = faces.filter((f) => f.bold === bold);
	const covers = (f: RunFace, g: string) => [...g].every((ch) => /[\p{Cc}\p{Cf}]/u.test(ch) || f.has(ch.codePointAt(0)!));
	const runs: { face: RunFace | undefined; text: string }[] = [];
	for (const g of graphemes(text)) {
		const last = runs[runs.length - 1];
		if (last?.face && covers(last.face, g)) {
			last.text += g;
			continue;
		}
		const face = pool.find((f) => covers(f, g));
		if (last && last.face === face) last.text += g;
		else runs.push({ face, text: g });
	}
	return runs;
}

/** Width in px of a text set in these faces at `size` px, `letterSpacing` px after each character. */
export function runsWidth(text: string, size: number, bold: boolean, faces: readonly RunFace[], letterSpacing = 0): number {
	let w = 0;
	for (const r of fontRuns(text, bold, faces)) {
		for (const ch of r.text) w += (r.face ? r.face.advance(ch.codePointAt(0)!) : 0.6) * size;
		w += letterSpacing * graphemes(r.text).length;
	}
	return w;
}

const attr = (attrs: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(attrs)?.[1];
const num = (n: number) => String(Math.round(n * 10) / 10);

/**
 * Every `<text>` of an SVG document set in the faces that have its glyphs: each line becomes one
 * `<text>` per run of a single face, placed at the x the faces' advance widths give (so the
 * renderer never has to find a font for a character, and never mixes fonts in one text, which
 * resvg 2.6 draws wrongly or not at all). Multi-line labels (`<tspan x dy>`) and `text-anchor`
 * are laid out here; the other attributes (fill, halo, data-*) stay on a `<g>` around the runs.
 * The faces must carry no kerning or shaping tables, so the widths measured are the ones drawn.
 */
export function setInFaces(svg: string, faces: readonly RunFace[]): { svg: string; texts: { text: string; bold: boolean }[] } {
	const texts: { text: string; bold: boolean }[] = [];
	const out = svg.replace(/<text\b([^>]*)>([\s\S]*?)<\/text>/g, (_, attrs: string, body: string) => {
		const bold = /font-weight="(bold|[6-9]00)"/.test(attrs);
		const size = Number(attr(attrs, 'font-size') ?? 16);
		const spacing = Number(attr(attrs, 'letter-spacing') ?? 0);
		const anchor = attr(attrs, 'text-anchor') ?? 'start';
		const x0 = Number(attr(attrs, 'x') ?? 0);
		const y0 = Number(attr(attrs, 'y') ?? 0);
		const lines: { x: number; y: number; text: string }[] = [];
		if (/<tspan\b/.test(body)) {
			let y = y0;
			for (const m of body.matchAll(/<tspan\b([^>]*)>([\s\S]*?)<\/tspan>/g)) {
				y += Number(attr(m[1] ?? '', 'dy') ?? 0);
				lines.push({ x: Number(attr(m[1] ?? '', 'x') ?? x0), y, text: unescapeXml((m[2] ?? '').replace(/<[^>]+>/g, '')) });
			}
		} else lines.push({ x: x0, y: y0, text: unescapeXml(body.replace(/<[^>]+>/g, '')) });
		const kept = attrs.replace(/\s(x|y|text-anchor|letter-spacing|font-family)="[^"]*"/g, '');
		const runs: string[] = [];
		for (const line of lines) {
			if (!line.text.trim()) continue;
			texts.push({ text: line.text, bold });
			const width = runsWidth(line.text, size, bold, faces, spacing);
			let x = anchor === 'middle' ? line.x - width / 2 : anchor === 'end' ? line.x - width : line.x;
			for (const r of fontRuns(line.text, bold, faces)) {
				const w = runsWidth(r.text, size, bold, faces, spacing);
				if (r.face && r.text.trim()) {
					// A renderer drops a text's leading and trailing spaces: place the words, not the spaces.
					const lead = r.text.length - r.text.trimStart().length;
					const at = x + runsWidth(r.text.slice(0, lead), size, bold, faces, spacing);
					const ls = spacing ? ` letter-spacing="${spacing}"` : '';
					runs.push(`<text x="${num(at)}" y="${num(line.y)}" font-family="'${escapeXml(r.face.name)}'" font-weight="${r.face.weight}"${ls}>${escapeXml(r.text.trim())}</text>`);
				}
				x += w;
			}
		}
		return `<g${kept}>${runs.join('')}</g>`;
	});
	return { svg: out, texts };
}

/** The characters of these texts that no face of their weight has (empty when the card can be drawn). */
export function missingGlyphs(texts: { text: string; bold: boolean }[], faces: readonly RunFace[]): string[] {
	const missing = new Set<string>();
	for (const { text, bold } of texts) for (const r of fontRuns(text, bold, faces)) if (!r.face && r.text.trim()) for (const ch of r.text.trim()) if (!/\s/.test(ch)) missing.add(ch);
	return [...missing];
}

/** Why a static map would make an empty card (no land drawn, or nothing of the scene), or undefined. */
export function emptyMapReason(svg: string): string | undefined {
	const land = /<path\b[^>]*data-basemap="[^"]*"[^>]*\sd="M[^"]+"/.test(svg) || /<path\b[^>]*\sd="M[^"]+"[^>]*data-basemap=/.test(svg);
	if (!land) return 'its static map draws no land';
	if (!/data-(place|line|area)="/.test(svg)) return 'its static map shows none of its places, lines or areas';
	return undefined;
}

/**
 * Whether an RGBA image is more than a flat fill: the share of pixels that differ from the most
 * common colour, sampled on a grid (every `step` px).
 */
export function pixelVariety(rgba: Uint8Array, width: number, height: number, step = 4): { colours: number; offMain: number } {
	const counts = new Map<number, number>();
	let n = 0;
	for (let y = 0; y < height; y += step) {
		for (let x = 0; x < width; x += step) {
			const i = (y * width + x) * 4;
			const key = ((rgba[i]! >> 3) << 10) | ((rgba[i + 1]! >> 3) << 5) | (rgba[i + 2]! >> 3);
			counts.set(key, (counts.get(key) ?? 0) + 1);
			n++;
		}
	}
	const main = Math.max(...counts.values());
	return { colours: counts.size, offMain: n ? (n - main) / n : 0 };
}
