import { describe, expect, it } from 'vitest';
import { activeIndex, progressAt, quantise } from './engine';

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
