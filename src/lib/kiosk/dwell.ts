/**
 * How long the kiosk stays on a scene when it plays by itself: long enough to read it from a few
 * metres away, derived from the length of what the card shows. Pure.
 */
import type { ResolvedScene } from '../story/types';

/** dwell = BASE_S + PER_WORD_S × words, clamped to [MIN_S, MAX_S] seconds. */
export const DWELL = { BASE_S: 4, PER_WORD_S: 0.12, MIN_S: 8, MAX_S: 20 } as const;

/** Words in a text: runs of non-space characters (Vietnamese syllables and Korean eojeol count as words). */
export function countWords(text: string): number {
	const t = text.trim();
	return t ? t.split(/\s+/u).length : 0;
}

/** Words a reader meets on the card: the title, the paragraphs and the quote. */
export function sceneWords(scene: Pick<ResolvedScene, 'title' | 'paragraphs' | 'quote'>): number {
	return countWords(scene.title) + scene.paragraphs.reduce((n, p) => n + countWords(p), 0) + (scene.quote ? countWords(scene.quote.text) : 0);
}

/** Seconds to stay on a text of `words` words. */
export function dwellSeconds(words: number): number {
	const s = DWELL.BASE_S + DWELL.PER_WORD_S * Math.max(0, words);
	return Math.min(DWELL.MAX_S, Math.max(DWELL.MIN_S, s));
}

/** Milliseconds to stay on a scene; `overrideSeconds` (the `?dwell=` parameter) wins when given. */
export function sceneDwellMs(scene: Pick<ResolvedScene, 'title' | 'paragraphs' | 'quote'>, overrideSeconds?: number): number {
	const s = overrideSeconds !== undefined ? overrideSeconds : dwellSeconds(sceneWords(scene));
	return Math.round(s * 1000);
}
