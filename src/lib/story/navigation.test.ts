import { describe, expect, it, vi } from 'vitest';
import { keyTarget, sceneFromHash, throttle } from './navigation';
import { formatDate } from './dates';

describe('keyTarget', () => {
	it('moves one scene with arrows and page keys, clamped at the ends', () => {
		expect(keyTarget('ArrowDown', 3, 10)).toBe(4);
		expect(keyTarget('PageDown', 9, 10)).toBe(9);
		expect(keyTarget('ArrowUp', 0, 10)).toBe(0);
		expect(keyTarget('PageUp', 5, 10)).toBe(4);
	});
	it('goes to the first and last scenes with Home and End, and ignores other keys', () => {
		expect(keyTarget('Home', 5, 10)).toBe(0);
		expect(keyTarget('End', 5, 10)).toBe(9);
		expect(keyTarget('a', 5, 10)).toBeUndefined();
	});
	it('from the title, a step down goes to the first scene, not past it', () => {
		expect(keyTarget('ArrowDown', 0, 10, true)).toBe(0);
		expect(keyTarget('PageDown', 0, 10, true)).toBe(0);
		expect(keyTarget('ArrowDown', 0, 10, false)).toBe(1);
		expect(keyTarget('End', 0, 10, true)).toBe(9);
	});
});

describe('sceneFromHash', () => {
	it('finds the scene a hash names', () => {
		expect(sceneFromHash('#b', ['a', 'b'])).toBe(1);
		expect(sceneFromHash('#nope', ['a', 'b'])).toBeUndefined();
		expect(sceneFromHash('', ['a', 'b'])).toBeUndefined();
	});
});

describe('throttle', () => {
	it('calls at most once per interval, with the latest value', () => {
		vi.useFakeTimers();
		const seen: number[] = [];
		const t = throttle((v: number) => seen.push(v), 100);
		t(1);
		t(2);
		t(3);
		vi.advanceTimersByTime(150);
		expect(seen).toEqual([3]);
		t(4);
		vi.advanceTimersByTime(150);
		expect(seen).toEqual([3, 4]);
		vi.useRealTimers();
	});
});

describe('formatDate', () => {
	it('formats days, months, years and ranges with Intl', () => {
		expect(formatDate('1901-02-27')).toBe('27 February 1901');
		expect(formatDate('1900-11')).toBe('November 1900');
		expect(formatDate('1957')).toBe('1957');
		expect(formatDate('1901-02-27', '1901-02-28')).toMatch(/^27\s?–\s?28 February 1901$/);
		expect(formatDate('1901-02-28', '1901-03-02')).toMatch(/^28 February\s?–\s?2 March 1901$/);
	});
});
