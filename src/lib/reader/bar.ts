/**
 * The phone bar's behaviour, the way a phone browser treats its address bar: while the reader
 * scrolls down it shrinks to its first row (the scene menu); a scroll up brings it back whole (so
 * do a tap on it and a key that focuses it: see the page). A few pixels of scroll either way
 * decide, so a shaking thumb does not flicker it. Loaded with the page's chrome; returns its teardown.
 */

/** Pixels of scroll in one direction that change the bar. */
export const BAR_HYSTERESIS = 24;

export function followScroll(setCompact: (compact: boolean) => void, win: Pick<Window, 'scrollY' | 'addEventListener' | 'removeEventListener'> = window): () => void {
	let last = win.scrollY;
	let run = 0;
	const onScroll = () => {
		const y = win.scrollY;
		const dy = y - last;
		last = y;
		if (dy === 0) return;
		// A run of scrolling one way; a change of direction starts a new run.
		run = Math.sign(dy) === Math.sign(run) ? run + dy : dy;
		if (run > BAR_HYSTERESIS) setCompact(true);
		else if (run < -BAR_HYSTERESIS) setCompact(false);
	};
	win.addEventListener('scroll', onScroll, { passive: true });
	return () => win.removeEventListener('scroll', onScroll);
}
