import { describe, expect, it } from 'vitest';
import { EMBED_WIDE, embedKey, moveIndex, preferredHeight, swipeMove } from './embed';

describe('embed keys', () => {
	it('move between scenes with ← → PageUp PageDown Home End and leave ↑ ↓ to the text', () => {
		expect(['ArrowRight', 'PageDown', 'ArrowLeft', 'PageUp', 'Home', 'End'].map(embedKey)).toEqual(['next', 'next', 'prev', 'prev', 'first', 'last']);
		expect(['ArrowUp', 'ArrowDown', ' ', 'Tab', 'Enter'].map(embedKey)).toEqual([undefined, undefined, undefined, undefined, undefined]);
	});

	it('stop at the ends', () => {
		expect(moveIndex('next', 20, 21)).toBe(20);
		expect(moveIndex('prev', 0, 21)).toBe(0);
		expect(moveIndex('next', 3, 21)).toBe(4);
		expect(moveIndex('last', 3, 21)).toBe(20);
		expect(moveIndex('first', 3, 21)).toBe(0);
	});
});

describe('swipes', () => {
	it('left is next, right is previous; short or mostly vertical moves are the page scroll', () => {
		expect(swipeMove(-80, 10)).toBe('next');
		expect(swipeMove(80, -10)).toBe('prev');
		expect(swipeMove(-30, 0)).toBeUndefined();
		expect(swipeMove(-80, 70)).toBeUndefined();
	});
});

describe('the height asked of the host', () => {
	it('depends on the width only, stays within bounds and gives the card room on narrow frames', () => {
		for (let w = 200; w <= 2000; w += 37) {
			const h = preferredHeight(w);
			expect(h).toBeGreaterThanOrEqual(480);
			expect(h).toBeLessThanOrEqual(640);
			expect(preferredHeight(w)).toBe(h);
		}
		expect(preferredHeight(320)).toBeGreaterThan(preferredHeight(EMBED_WIDE));
		expect(preferredHeight(1000)).toBeGreaterThan(preferredHeight(EMBED_WIDE));
	});
});
