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
	win: Pick<Window, 'addEventListener' | 'removeEventListener'> = window,
	observe: (onResize: () => void) => Observer = (onResize) => new ResizeObserver(onResize)
): () => void {
	let held = true;
	let lastHeight = text.getBoundingClientRect().height;
	const ro = observe(() => {
		const h = text.getBoundingClientRect().height;
		if (!held || h === lastHeight) return;
		lastHeight = h;
		reanchor();
	});
	const release = () => {
		if (!held) return;
		held = false;
		ro.disconnect();
		for (const t of READER_INPUTS) win.removeEventListener(t, release, true);
	};
	for (const t of READER_INPUTS) win.addEventListener(t, release, { capture: true, passive: true });
	ro.observe(text);
	return release;
}
