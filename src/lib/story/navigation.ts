/** What keys do in the story, and how the URL hash maps to scenes. Pure, unit-tested. */

/**
 * The scene index a key press moves to, or undefined if the key is not a story key. `beforeFirst`:
 * the reader is still on the title, where the first scene counts as current but is yet to come.
 */
export function keyTarget(key: string, current: number, count: number, beforeFirst = false): number | undefined {
	switch (key) {
		case 'ArrowDown':
		case 'PageDown':
			return beforeFirst ? 0 : Math.min(count - 1, current + 1);
		case 'ArrowUp':
		case 'PageUp':
			return Math.max(0, current - 1);
		case 'Home':
			return 0;
		case 'End':
			return count - 1;
		default:
			return undefined;
	}
}

/** The scene index a URL hash names (`#arrival`), or undefined. */
export function sceneFromHash(hash: string, ids: string[]): number | undefined {
	const id = decodeURIComponent(hash.replace(/^#/, ''));
	const i = ids.indexOf(id);
	return i >= 0 ? i : undefined;
}

/** Calls `fn` at most once per `ms`, always with the latest value (trailing). */
export function throttle<T>(fn: (v: T) => void, ms: number): { (v: T): void; cancel(): void } {
	let timer: ReturnType<typeof setTimeout> | undefined;
	let last = 0;
	let latest: T;
	const run = () => {
		timer = undefined;
		last = Date.now();
		fn(latest);
	};
	const call = (v: T) => {
		latest = v;
		if (timer) return;
		const wait = Math.max(0, ms - (Date.now() - last));
		timer = setTimeout(run, wait);
	};
	call.cancel = () => {
		if (timer) clearTimeout(timer);
		timer = undefined;
	};
	return call;
}
