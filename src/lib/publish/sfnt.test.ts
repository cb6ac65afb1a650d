import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FontError, readFont, renameFamily, toSfnt, withoutTables } from './sfnt';

const fontsource = join(dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans/package.json')), 'files');
const woff = readFileSync(join(fontsource, 'noto-sans-latin-700-normal.woff'));
const woff2TrueType = readFileSync(join(fontsource, 'noto-sans-latin-700-normal.woff2'));
/** The site's own CFF-based subset (scripts/fonts), stored in WOFF2 without transforms. */
const ownWoff2 = readFileSync(join(process.cwd(), 'src/lib/fonts', 'noto-sans-kr-400.woff2'));

describe('toSfnt', () => {
	it('decodes WOFF 1.0 into a TrueType font a font reader accepts', () => {
		const sfnt = toSfnt(woff);
		expect([...sfnt.subarray(0, 4)]).toEqual([0, 1, 0, 0]);
		const f = readFont(sfnt);
		expect(f.family).toBe('Noto Sans');
		expect(f.weight).toBe(700);
		expect(f.has('A'.codePointAt(0)!)).toBe(true);
		expect(f.advance('A'.codePointAt(0)!)).toBeGreaterThan(0.5);
		expect(f.has(0x4e00)).toBe(false);
	});

	it('decodes a CFF font from WOFF 2.0', () => {
		const sfnt = toSfnt(ownWoff2);
		expect(String.fromCharCode(...sfnt.subarray(0, 4))).toBe('OTTO');
		const f = readFont(sfnt);
		expect(f.unitsPerEm).toBe(1000);
		expect(f.has(0xac00)).toBe(true);
	});

	it('refuses a WOFF 2.0 font whose glyphs are stored transformed, naming the way out', () => {
		expect(() => toSfnt(woff2TrueType)).toThrow(FontError);
		expect(() => toSfnt(woff2TrueType)).toThrow(/glyf.*\.woff/);
	});

	it('refuses what is not a font', () => {
		expect(() => toSfnt(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toThrow(/not a font/);
	});

	it('renames a font and drops tables, keeping its glyphs and widths', () => {
		const sfnt = toSfnt(woff);
		const renamed = readFont(renameFamily(withoutTables(sfnt, ['GPOS', 'GSUB']), 'CardFace1', 'Bold'));
		const original = readFont(sfnt);
		expect(renamed.family).toBe('CardFace1');
		expect(renamed.advance(0x57)).toBe(original.advance(0x57));
		expect(renamed.has(0x57)).toBe(true);
	});
});
