/**
 * Share cards as PNG, rendered at build time with resvg (a Rust SVG renderer shipped as a prebuilt
 * Node addon: no browser, no native toolchain). The fonts are the site's own: every 400 and 700
 * face of @fontsource/noto-sans, and the faces of an edition's own families (`settings.editions[]
 * .fonts`, files `src/lib/fonts/<family-in-kebab-case>-<weight>.woff2`), decoded to OpenType
 * (`./sfnt.ts`) into a cache folder, since resvg reads TTF and OTF only.
 *
 * A card that cannot be drawn fails the build, naming the card: a character no font has (a script
 * without its font), a static map that draws nothing, a picture that comes out blank.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { CARD_HEIGHT, CARD_WIDTH, MAP_WIDTH, PANEL_WIDTH, cardSvg, emptyMapReason, missingGlyphs, pixelVariety, runsWidth, setInFaces, type CardInput, type RunFace } from './card';
import { readFont, renameFamily, toSfnt, withoutTables, type FontInfo } from './sfnt';
import { encodePng } from './png';
import type { ResolvedScene } from '../story/types';

export class CardError extends Error {}

export interface Face extends FontInfo, RunFace {
	/** The decoded OpenType file resvg reads, under a family name of its own (`name`). */
	file: string;
}

/** Where decoded fonts are kept: named by their content, so builds share them safely. */
const CACHE = join(tmpdir(), 'story-map-card-fonts');

function decode(path: string): Face {
	const sfnt = toSfnt(readFileSync(path));
	const info = readFont(sfnt);
	const id = createHash('sha1').update(sfnt).digest('hex').slice(0, 12);
	// Each face gets a family of its own: a run of text names the one face that has its glyphs.
	const name = `CardFace${id}`;
	const bold = info.weight >= 600;
	const file = join(CACHE, `${id}.${sfnt[0] === 0x4f ? 'otf' : 'ttf'}`);
	if (!existsSync(file)) {
		mkdirSync(CACHE, { recursive: true });
		// No kerning or shaping tables: the text is drawn at exactly the widths the layout measures.
		// Written aside and renamed into place: a build running beside this one never reads half a file.
		const part = `${file}.${process.pid}.part`;
		writeFileSync(part, renameFamily(withoutTables(sfnt, ['GPOS', 'GSUB', 'GDEF', 'kern', 'morx', 'JSTF']), name, bold ? 'Bold' : 'Regular'));
		renameSync(part, file);
	}
	return { ...info, name, bold, file };
}

const faceCache = new Map<string, Face[]>();

/** Every 400 and 700 face of Noto Sans from @fontsource/noto-sans (its WOFF 1.0 files). */
function notoSans(): Face[] {
	const key = 'noto-sans';
	const hit = faceCache.get(key);
	if (hit) return hit;
	const dir = join(dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans/package.json')), 'files');
	const faces = readdirSync(dir)
		.filter((f) => /-(400|700)-normal\.woff$/.test(f))
		.sort()
		.map((f) => decode(join(dir, f)));
	faceCache.set(key, faces);
	return faces;
}

/** The site's own faces of a family named in the settings (`Noto Sans KR` → `src/lib/fonts/noto-sans-kr-400.woff2`). */
export function familyFaces(family: string, fontsDir = join(process.cwd(), 'src/lib/fonts')): Face[] {
	const key = `${fontsDir}|${family}`;
	const hit = faceCache.get(key);
	if (hit) return hit;
	const stem = family.toLowerCase().replace(/\s+/g, '-');
	const files = existsSync(fontsDir) ? readdirSync(fontsDir).filter((f) => new RegExp(`^${stem}-(400|700)\\.(woff2?|otf|ttf)$`).test(f)) : [];
	if (files.length === 0) throw new CardError(`no font files for "${family}" in ${fontsDir} (expected ${stem}-400.woff2 and ${stem}-700.woff2)`);
	const faces = files.sort().map((f) => decode(join(fontsDir, f)));
	faceCache.set(key, faces);
	return faces;
}

/** The faces a card of an edition is set in: the edition's own families first, then Noto Sans. */
export function editionFaces(fonts: readonly string[]): Face[] {
	return [...fonts.flatMap((f) => familyFaces(f)), ...notoSans()];
}

/** Text width from the faces' advance widths, each run in the face that has its characters. */
export function measureWith(faces: Face[]): CardInput['measure'] {
	return (text, size, bold) => runsWidth(text, size, bold, faces);
}

export interface CardRequest {
	/** What the card is, for messages: `scene "x" in the vi edition`. */
	label: string;
	lang: string;
	/** Lines above the title (a scene's chapter and date; the story's eyebrow). */
	kicker: string[];
	title: string;
	footer: string;
	/** The static map at MAP_WIDTH × CARD_HEIGHT (renderSceneSvg). */
	mapSvg: string;
	/** The edition's own font families (settings.editions[].fonts). */
	fonts: readonly string[];
}

export const CARD_SIZE = { width: CARD_WIDTH, height: CARD_HEIGHT, mapWidth: MAP_WIDTH } as const;

/**
 * The scene framed for a card: a little wider than its static map (the box grown by an eighth on
 * each side, the zoom limits a quarter step lower), so the labels of places at the edge of the
 * framing stay inside a picture that social sites show small and sometimes crop.
 */
export function cardScene(scene: ResolvedScene): ResolvedScene {
	const c = scene.map.camera;
	const [w, s, e, n] = c.bounds;
	const dx = (e - w) / 8;
	const dy = (n - s) / 8;
	const camera = {
		...c,
		bounds: [w - dx, Math.max(-85, s - dy), e + dx, Math.min(85, n + dy)] as typeof c.bounds,
		maxZoom: c.maxZoom - 0.25,
		...(c.zoom !== undefined ? { zoom: c.zoom - 0.25 } : {})
	};
	return { ...scene, map: { ...scene.map, camera } };
}

/** The card as a PNG, or a CardError saying which card cannot be drawn and why. */
export function renderCard(req: CardRequest): { png: Buffer; svg: string } {
	const fail = (why: string): never => {
		throw new CardError(`The share card for ${req.label} cannot be rendered: ${why}`);
	};
	const empty = emptyMapReason(req.mapSvg);
	if (empty) fail(empty);
	const faces = editionFaces(req.fonts);
	const families = [...new Set(faces.map((f) => f.family))];
	const layout = cardSvg({ kicker: req.kicker, title: req.title, footer: req.footer, mapSvg: req.mapSvg, lang: req.lang, measure: measureWith(faces) });
	const set = setInFaces(layout.svg, faces);
	const missing = missingGlyphs(set.texts, faces);
	if (missing.length) {
		fail(
			`no font has ${missing.map((c) => `"${c}" (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`).join(', ')}` +
				` (fonts: ${families.join(', ')}; an edition names its own in settings.editions[].fonts)`
		);
	}
	const image = new Resvg(set.svg, {
		fitTo: { mode: 'original' },
		font: { loadSystemFonts: false, fontFiles: faces.map((f) => f.file), defaultFontFamily: faces[faces.length - 1]!.name },
		languages: [req.lang],
		logLevel: 'off'
	}).render();
	if (image.width !== CARD_WIDTH || image.height !== CARD_HEIGHT) fail(`it came out ${image.width}×${image.height}`);
	// The map's part of the picture must show more than its water.
	const px = new Uint8Array(image.pixels);
	const mapPart = new Uint8Array(MAP_WIDTH * CARD_HEIGHT * 4);
	for (let y = 0; y < CARD_HEIGHT; y++) mapPart.set(px.subarray((y * CARD_WIDTH + PANEL_WIDTH) * 4, (y * CARD_WIDTH + CARD_WIDTH) * 4), y * MAP_WIDTH * 4);
	const variety = pixelVariety(mapPart, MAP_WIDTH, CARD_HEIGHT);
	if (variety.offMain < 0.03 || variety.colours < 4) fail(`its map came out nearly blank (${variety.colours} colours, ${(variety.offMain * 100).toFixed(1)}% not the background)`);
	return { png: encodePng(px, CARD_WIDTH, CARD_HEIGHT), svg: set.svg };
}
