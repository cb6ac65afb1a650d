// Lists every Hangul (and Hanja, and CJK punctuation) character a story shows: its story file, translations
// and geodata (names, labels, context labels), one string, for the font subsetter and for the test
// that checks the committed subset covers it. The story folder is STORY_DIR (default src/content).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

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
		(c >= 0x4e00 && c <= 0x9fff) || // CJK unified ideographs (Hanja such as the legend's 省)
		(c >= 0xac00 && c <= 0xd7a3) || // Hangul syllables
		(c >= 0xff00 && c <= 0xffef) // full-width forms
	);
}

/** @param {string} dir @returns {string[]} */
function files(dir) {
	if (!existsSync(dir)) return [];
	return readdirSync(dir).flatMap((name) => {
		const p = join(dir, name);
		if (statSync(p).isDirectory()) return name === 'scripts' ? [] : files(p);
		return /\.(ya?ml|json|geojson)$/.test(name) ? [p] : [];
	});
}

/** @returns {string} */
export function koreanChars(root = '.', storyDir = process.env.STORY_DIR || 'src/content') {
	const dir = resolve(root, storyDir);
	const story = parse(readFileSync(join(dir, 'story.yaml'), 'utf8'));
	const geodata = resolve(dir, story?.settings?.geodata ?? 'geodata');
	const set = new Set();
	for (const f of [...files(dir), ...(geodata.startsWith(dir) ? [] : files(geodata))]) {
		for (const ch of readFileSync(f, 'utf8')) if (needsKoreanFont(ch)) set.add(ch);
	}
	return [...set].sort().join('');
}

/**
 * The Hangul in the editions' own names (`settings.editions[].name`: 한국어), which every edition's
 * language switch shows: a face of just these is all a page in another language needs.
 * @returns {string}
 */
export function editionNameChars(root = '.', storyDir = process.env.STORY_DIR || 'src/content') {
	const story = parse(readFileSync(join(resolve(root, storyDir), 'story.yaml'), 'utf8'));
	const set = new Set();
	for (const e of story?.settings?.editions ?? []) for (const ch of String(e?.name ?? '')) if (needsKoreanFont(ch)) set.add(ch);
	return [...set].sort().join('');
}

if (import.meta.url === `file://${process.argv[1]}`) process.stdout.write(process.argv[2] === '--names' ? editionNameChars() : koreanChars());
