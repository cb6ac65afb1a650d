// Lists every non-Latin character the Korean edition shows (story, interface, map labels, legend),
// one string, for the font subsetter and for the test that checks the committed subset covers it.
import { readFileSync } from 'node:fs';

const sources = [
	'src/content/i18n/ko.yaml',
	'src/lib/i18n/ui.ts',
	'geodata/places.geojson',
	'geodata/countries.geojson',
	'geodata/provinces.geojson',
	'geodata/connections.json'
];

/**
 * Characters outside Latin, Vietnamese Latin and general punctuation: what Noto Sans lacks.
 * @param {string} ch
 */
export function needsKoreanFont(ch) {
	const c = ch.codePointAt(0) ?? 0;
	return (
		(c >= 0x1100 && c <= 0x11ff) || // Hangul Jamo
		(c >= 0x3000 && c <= 0x303f) || // CJK symbols and punctuation
		(c >= 0x3130 && c <= 0x318f) || // Hangul compatibility Jamo
		(c >= 0xac00 && c <= 0xd7a3) || // Hangul syllables
		(c >= 0xff00 && c <= 0xffef) // full-width forms
	);
}

/** @returns {string} */
export function koreanChars(root = '.') {
	const set = new Set();
	for (const f of sources) for (const ch of readFileSync(`${root}/${f}`, 'utf8')) if (needsKoreanFont(ch)) set.add(ch);
	return [...set].sort().join('');
}

if (import.meta.url === `file://${process.argv[1]}`) process.stdout.write(koreanChars());
