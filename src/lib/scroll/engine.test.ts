import { describe, expect, it } from 'vitest';
import { activeIndex, keptScrollY, progressAt, quantise, relayout } from './engine';

describe('activeIndex', () => {
	const tops = [100, 900, 1700, 2500];
	it('is the last step whose top has passed the trigger line', () => {
		expect(activeIndex(tops, 400)).toBe(0);
		expect(activeIndex(tops, 900)).toBe(1);
		expect(activeIndex(tops, 2000)).toBe(2);
		expect(activeIndex(tops, 99999)).toBe(3);
	});
	it('is the first step before the story starts', () => {
		expect(activeIndex(tops, 0)).toBe(0);
	});
	it('jumps straight to the right step on a fast scroll or a reload mid-page', () => {
		// After a long scroll every top has moved up by 2000 px at once.
		expect(activeIndex(tops.map((t) => t - 2000), 400)).toBe(2);
	});
	it('goes back on a back-scroll', () => {
		expect(activeIndex(tops.map((t) => t - 2000), 400)).toBe(2);
		expect(activeIndex(tops.map((t) => t - 500), 300)).toBe(0);
	});
});

describe('progressAt', () => {
	it('runs from 0 at the step top to 1 at its bottom', () => {
		expect(progressAt(400, 800, 400)).toBe(0);
		expect(progressAt(0, 800, 400)).toBe(0.5);
		expect(progressAt(-400, 800, 400)).toBe(1);
	});
	it('is clamped and safe for empty steps', () => {
		expect(progressAt(-5000, 800, 400)).toBe(1);
		expect(progressAt(900, 800, 400)).toBe(0);
		expect(progressAt(0, 0, 400)).toBe(0);
	});
	it('is quantised so jitter does not fire callbacks', () => {
		expect(quantise(0.50004)).toBe(0.5);
	});
});

describe('a re-layout keeps the reader in their step', () => {
	it('counts a new width or a new screen, not an address bar', () => {
		expect(relayout({ width: 390, height: 844 }, { width: 844, height: 390 })).toBe(true);
		expect(relayout({ width: 1280, height: 800 }, { width: 1000, height: 800 })).toBe(true);
		expect(relayout({ width: 390, height: 788 }, { width: 390, height: 844 })).toBe(false);
	});
	it('puts the same share of the same step back at the trigger line', () => {
		// The step now starts 3000 px below the top of the viewport and is 1000 px tall; the reader was
		// 40% through it; the trigger line is at 200 px.
		const y = keptScrollY(5000, 3000, 1000, 0.4, 200);
		expect(5000 + 3000 + 0.4 * 1000 - y).toBe(200);
		// At the end of a step, still inside it; never above the page.
		const moved = keptScrollY(5000, 3000, 1000, 1, 200) - 5000;
		expect(progressAt(3000 - moved, 1000, 200)).toBeLessThan(1);
		expect(keptScrollY(0, -50, 100, 0, 400)).toBe(0);
	});
});
