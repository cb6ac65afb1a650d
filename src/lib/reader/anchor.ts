/**
 * A deep link's scene kept at the reading line while the page settles. The browser and the scroll
 * engine open `/#scene` at its text, but the text's height still changes after that (web fonts
 * arrive, the chrome mounts, a slow machine lays out late), and a scene near the end can drift
 * a whole scene away. Until the reader moves (a wheel, a touch, a press, a key), each change of the
 * text's size puts the scene back. Loaded with the page's chrome; returns its teardown.
 */

/** What the reader does that hands the scroll to them. */
export const READER_INPUTS = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const;

type Observer = Pick<ResizeObserver, 'observe' | 'disconnect'>;

export function holdAnchor(
	text: Element,
	reanchor: () => void,
	win: Pick<Window, 'addEventListener' | 'removeEventListener' | 'scrollY'> = window,
	observe: (onResize: () => void) => Observer = (onResize) => new ResizeObserver(onResize)
): () => void {
	let held = true;
	let lastHeight = text.getBoundingClientRect().height;
	// Where the scene was put: a scroll away from it is the reader's own (a scrollbar dragged, a
	// host or a test scrolling), and lets go too. A resize runs before the scroll it causes.
	let anchoredY = win.scrollY;
	const ro = observe(() => {
		const h = text.getBoundingClientRect().height;
		if (!held || h === lastHeight) return;
		lastHeight = h;
		reanchor();
		anchoredY = win.scrollY;
	});
	const onScroll = () => {
		if (Math.abs(win.scrollY - anchoredY) > MOVED_PX) release();
	};
	const release = () => {
		if (!held) return;
		held = false;
		ro.disconnect();
		for (const t of READER_INPUTS) win.removeEventListener(t, release, true);
		win.removeEventListener('scroll', onScroll);
	};
	for (const t of READER_INPUTS) win.addEventListener(t, release, { capture: true, passive: true });
	win.addEventListener('scroll', onScroll, { passive: true });
	ro.observe(text);
	return release;
}

/** Pixels the page may move from the held place before that counts as the reader scrolling. */
export const MOVED_PX = 4;
