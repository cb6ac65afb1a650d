import { describe, expect, it, vi } from 'vitest';
import { holdAnchor, READER_INPUTS } from './anchor';

function setup() {
	let height = 1000;
	let scrollY = 500;
	const text = { getBoundingClientRect: () => ({ height }) } as unknown as Element;
	const listeners = new Map<string, () => void>();
	const win = {
		addEventListener: (t: string, f: () => void) => listeners.set(t, f),
		removeEventListener: (t: string) => listeners.delete(t),
		get scrollY() {
			return scrollY;
		}
	} as unknown as Window;
	let onResize = () => {};
	const disconnect = vi.fn();
	const reanchor = vi.fn();
	const stop = holdAnchor(text, reanchor, win, (f) => {
		onResize = f;
		return { observe: () => {}, disconnect };
	});
	return { grow: (h: number) => ((height = h), onResize()), scroll: (y: number) => ((scrollY = y), listeners.get('scroll')?.()), listeners, reanchor, disconnect, stop };
}

describe('a deep link held at its scene while the page settles', () => {
	it('puts the scene back each time the text changes height, not when it stays the same', () => {
		const s = setup();
		s.grow(1000);
		expect(s.reanchor).not.toHaveBeenCalled();
		s.grow(1200);
		s.grow(1350);
		expect(s.reanchor).toHaveBeenCalledTimes(2);
	});

	it.each(READER_INPUTS)('lets go once the reader moves (%s)', (input) => {
		const s = setup();
		s.listeners.get(input)!();
		s.grow(1400);
		expect(s.reanchor).not.toHaveBeenCalled();
		expect(s.disconnect).toHaveBeenCalled();
		expect(s.listeners.size).toBe(0);
	});

	it('lets go once the page is scrolled away from the scene, not for the scroll a resize causes', () => {
		const s = setup();
		s.scroll(502);
		s.grow(1200);
		expect(s.reanchor).toHaveBeenCalledTimes(1);
		s.scroll(900);
		s.grow(1300);
		expect(s.reanchor).toHaveBeenCalledTimes(1);
		expect(s.listeners.size).toBe(0);
	});

	it('lets go on teardown', () => {
		const s = setup();
		s.stop();
		s.grow(1400);
		expect(s.reanchor).not.toHaveBeenCalled();
	});
});
