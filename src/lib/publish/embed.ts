/** The embed's rules, pure and unit-tested: keys, swipes and the height it asks its host for. */

export type EmbedMove = 'next' | 'prev' | 'first' | 'last';

/**
 * What a key does in the embed (only while the frame has the focus: a host page's keys never
 * reach it). ↑ and ↓ are left to the card's text, which scrolls.
 */
export function embedKey(key: string): EmbedMove | undefined {
	switch (key) {
		case 'ArrowRight':
		case 'PageDown':
			return 'next';
		case 'ArrowLeft':
		case 'PageUp':
			return 'prev';
		case 'Home':
			return 'first';
		case 'End':
			return 'last';
		default:
			return undefined;
	}
}

export function moveIndex(move: EmbedMove, index: number, count: number): number {
	if (move === 'first') return 0;
	if (move === 'last') return count - 1;
	return Math.max(0, Math.min(count - 1, index + (move === 'next' ? 1 : -1)));
}

/** Shortest horizontal swipe that moves, px. */
export const SWIPE_PX = 48;

/** A finger's move as a swipe: left to the next scene, right to the previous; mostly vertical moves are the host page's scroll. */
export function swipeMove(dx: number, dy: number, min = SWIPE_PX): 'next' | 'prev' | undefined {
	if (Math.abs(dx) < min || Math.abs(dx) < 1.5 * Math.abs(dy)) return undefined;
	return dx < 0 ? 'next' : 'prev';
}

/** Where the layout changes: the card beside the map from here, under it below. */
export const EMBED_WIDE = 600;

/**
 * The height the embed asks its host for at a width, px: it depends on the width only (never on
 * the height it was given), so a host that resizes the frame to it settles at once. Narrow: the
 * map above a card of text; wide: the card over the map's left side.
 */
export function preferredHeight(width: number): number {
	const w = Math.max(0, width);
	const h = w < EMBED_WIDE ? Math.min(620, Math.max(520, w * 1.4)) : Math.min(640, Math.max(480, w * 0.6));
	return Math.round(h);
}
