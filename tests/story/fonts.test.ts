import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { koreanChars } from '../../scripts/fonts/korean-chars.mjs';

describe('the Korean font subset', () => {
	it('covers every Hangul character the Korean edition, its interface and its map labels use', () => {
		const inFont = new Set(readFileSync('src/lib/fonts/noto-sans-kr.chars.txt', 'utf8'));
		const missing = [...koreanChars()].filter((c) => !inFont.has(c));
		// If this fails: run `bash scripts/fonts/make-korean-subset.sh` and commit the fonts.
		expect(missing.join('')).toBe('');
	});
});
