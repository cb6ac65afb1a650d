import { describe, expect, it } from 'vitest';
import { BAR_HYSTERESIS, followScroll } from './bar';

function fakeWindow() {
	let fn: (() => void) | undefined;
	const w = {
		scrollY: 0,
		addEventListener: (_: string, f: () => void) => (fn = f),
		removeEventListener: () => (fn = undefined),
		scrollTo(y: number) {
			w.scrollY = y;
			fn?.();
		}
	};
	return w;
}

describe('the phone bar', () => {
	it('shrinks while the reader scrolls down and comes back on a scroll up', () => {
		const w = fakeWindow();
		const seen: boolean[] = [];
		const stop = followScroll((c) => seen.push(c), w as unknown as Window);
		w.scrollTo(10);
		expect(seen).toEqual([]);
		w.scrollTo(10 + BAR_HYSTERESIS + 5);
		expect(seen.at(-1)).toBe(true);
		w.scrollTo(400);
		w.scrollTo(400 - BAR_HYSTERESIS - 5);
		expect(seen.at(-1)).toBe(false);
		stop();
		w.scrollTo(2000);
		expect(seen.at(-1)).toBe(false);
	});
	it('ignores a shaking thumb', () => {
		const w = fakeWindow();
		w.scrollY = 100;
		const seen: boolean[] = [];
		followScroll((c) => seen.push(c), w as unknown as Window);
		for (let i = 0; i < 20; i++) w.scrollTo(i % 2 ? 100 + BAR_HYSTERESIS - 2 : 100);
		expect(seen).toEqual([]);
	});
});
