import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { editionNameChars, koreanChars } from '../../scripts/fonts/korean-chars.mjs';

describe('the Korean font subset', () => {
	it('covers every Hangul character the Korean edition, its interface and its map labels use', () => {
		const inFont = new Set(readFileSync('src/lib/fonts/noto-sans-kr.chars.txt', 'utf8'));
		const missing = [...koreanChars()].filter((c) => !inFont.has(c));
		// If this fails: run `bash scripts/fonts/make-korean-subset.sh` and commit the fonts.
		expect(missing.join('')).toBe('');
	});

	it('is declared for every one of those characters (a character outside its unicode-range is drawn from system fonts)', () => {
		const css = readFileSync('src/lib/styles/fonts.css', 'utf8');
		const full = [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map((m) => m[1]!).filter((f) => /noto-sans-kr-(400|700)\.woff2/.test(f));
		expect(full).toHaveLength(2);
		for (const face of full) {
			const ranges = (/unicode-range:\s*([^;]+);/.exec(face)?.[1] ?? '').split(',').map((r) => {
				const [a, b = a] = r.trim().replace(/^U\+/, '').split('-');
				return [parseInt(a!, 16), parseInt(b!, 16)] as const;
			});
			const outside = [...koreanChars()].filter((c) => !ranges.some(([a, b]) => c.codePointAt(0)! >= a && c.codePointAt(0)! <= b));
			expect(outside.join('')).toBe('');
		}
	});

	it("has a face of just the editions' names, declared after the full faces with exactly their characters", () => {
		const names = editionNameChars();
		expect(readFileSync('src/lib/fonts/noto-sans-kr-names.chars.txt', 'utf8')).toBe(names);
		const css = readFileSync('src/lib/styles/fonts.css', 'utf8');
		const faces = [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map((m) => m[1]!);
		const range = (face: string) => /unicode-range:\s*([^;]+);/.exec(face)?.[1]?.split(',').map((r) => r.trim()) ?? [];
		const small = faces.filter((f) => f.includes('noto-sans-kr-names-'));
		expect(small).toHaveLength(2);
		const want = [...names].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase()}`).sort();
		for (const f of small) expect(range(f).sort()).toEqual(want);
		// The browser tries the last declared face first for a character in both ranges.
		const lastFull = Math.max(...faces.map((f, i) => (/noto-sans-kr-(400|700)\.woff2/.test(f) ? i : -1)));
		expect(faces.findIndex((f) => f.includes('noto-sans-kr-names-'))).toBeGreaterThan(lastFull);
	});
});
