/**
 * The kiosk's hold on the browser: what a public screen must not let a visitor do (select text,
 * open a context menu, zoom the page, drag images, follow a link away), a cursor that hides itself,
 * the screen kept awake, fatal errors caught. Each function installs listeners and returns its
 * teardown. Browser-only; the map's own gestures are left alone.
 */

type Teardown = () => void;

/** Block selection, context menus, page zoom (pinch, ctrl+wheel, ctrl +/−/0), image drags and links away. */
export function lockDown(): Teardown {
	const html = document.documentElement;
	html.classList.add('kiosk-locked');
	const prevent = (e: Event) => e.preventDefault();
	const wheel = (e: WheelEvent) => {
		if (e.ctrlKey) e.preventDefault();
	};
	const keys = (e: KeyboardEvent) => {
		if ((e.ctrlKey || e.metaKey) && ['+', '-', '=', '0', '_'].includes(e.key)) e.preventDefault();
	};
	// Nothing on the kiosk navigates away: the map's attribution links become plain text.
	const click = (e: MouseEvent) => {
		const a = (e.target as Element | null)?.closest?.('a[href]');
		if (a) e.preventDefault();
	};
	const opts = { passive: false, capture: true } as const;
	document.addEventListener('contextmenu', prevent, opts);
	document.addEventListener('selectstart', prevent, opts);
	document.addEventListener('dragstart', prevent, opts);
	document.addEventListener('gesturestart', prevent, opts);
	document.addEventListener('gesturechange', prevent, opts);
	document.addEventListener('click', click, opts);
	window.addEventListener('wheel', wheel, { passive: false });
	window.addEventListener('keydown', keys, opts);
	return () => {
		html.classList.remove('kiosk-locked');
		document.removeEventListener('contextmenu', prevent, opts);
		document.removeEventListener('selectstart', prevent, opts);
		document.removeEventListener('dragstart', prevent, opts);
		document.removeEventListener('gesturestart', prevent, opts);
		document.removeEventListener('gesturechange', prevent, opts);
		document.removeEventListener('click', click, opts);
		window.removeEventListener('wheel', wheel);
		window.removeEventListener('keydown', keys, opts);
	};
}

/** Hide the mouse cursor after `ms` without mouse movement (touch never shows it). */
export function hideIdleCursor(root: HTMLElement, ms = 3000): Teardown {
	let timer = 0;
	const hide = () => {
		root.dataset.cursor = 'hidden';
	};
	const move = (e: PointerEvent) => {
		if (e.pointerType !== 'mouse') return;
		if (root.dataset.cursor) delete root.dataset.cursor;
		clearTimeout(timer);
		timer = window.setTimeout(hide, ms);
	};
	timer = window.setTimeout(hide, ms);
	window.addEventListener('pointermove', move, { passive: true });
	return () => {
		clearTimeout(timer);
		window.removeEventListener('pointermove', move);
		delete root.dataset.cursor;
	};
}

interface WakeLockSentinelLike {
	released: boolean;
	release(): Promise<void>;
}
type WakeLockNavigator = Navigator & { wakeLock?: { request(type: 'screen'): Promise<WakeLockSentinelLike> } };

/**
 * Keep the screen on with the Screen Wake Lock API where the browser has it. The browser drops the
 * lock whenever the page is hidden, so it is requested again when the page is visible again.
 */
export function keepAwake(onState?: (state: 'held' | 'unsupported' | 'denied') => void): Teardown {
	const nav = navigator as WakeLockNavigator;
	if (!nav.wakeLock) {
		onState?.('unsupported');
		return () => {};
	}
	let sentinel: WakeLockSentinelLike | undefined;
	let stopped = false;
	const request = async () => {
		if (stopped || document.visibilityState !== 'visible' || (sentinel && !sentinel.released)) return;
		try {
			sentinel = await nav.wakeLock!.request('screen');
			if (stopped) void sentinel.release();
			else onState?.('held');
		} catch {
			// Denied (no user activation yet, a policy, battery saver): the OS settings in docs/kiosk.md still apply.
			onState?.('denied');
		}
	};
	const visible = () => void request();
	document.addEventListener('visibilitychange', visible);
	// Some browsers grant the lock only after a user gesture: try again on the first touch.
	window.addEventListener('pointerdown', visible, { passive: true });
	void request();
	return () => {
		stopped = true;
		document.removeEventListener('visibilitychange', visible);
		window.removeEventListener('pointerdown', visible);
		if (sentinel && !sentinel.released) void sentinel.release().catch(() => {});
	};
}

/** Benign browser reports that are not failures of the page. */
const BENIGN = [/ResizeObserver loop/i];

/** Call `onFatal` on an uncaught error or an unhandled promise rejection. */
export function onFatalError(onFatal: (message: string) => void): Teardown {
	const error = (e: ErrorEvent) => {
		const message = e.message || String(e.error);
		if (BENIGN.some((r) => r.test(message))) return;
		onFatal(message);
	};
	const rejection = (e: PromiseRejectionEvent) => {
		const r = e.reason as unknown;
		onFatal(r instanceof Error ? r.message : String(r));
	};
	window.addEventListener('error', error);
	window.addEventListener('unhandledrejection', rejection);
	return () => {
		window.removeEventListener('error', error);
		window.removeEventListener('unhandledrejection', rejection);
	};
}

/** Toggle fullscreen on `el` (the Fullscreen API); resolves whether the page is now fullscreen. */
export async function toggleFullscreen(el: HTMLElement): Promise<boolean> {
	try {
		if (document.fullscreenElement) await document.exitFullscreen();
		else await el.requestFullscreen({ navigationUI: 'hide' });
	} catch {
		// Refused (no user gesture, a policy): stay as we are.
	}
	return !!document.fullscreenElement;
}

/**
 * Run `go` once the map in `layer` has drawn the scene `scene()` names (its `data-map-rendered`:
 * the camera has arrived there and every tile is in), so the page fetches nothing more; at once
 * when there is no map (no WebGL: the static map stands in). Returns a cancel.
 */
export function whenMapDrawn(layer: Element, scene: () => string, go: () => void): Teardown {
	const drawn = () => {
		const el = layer.querySelector<HTMLElement>('[data-map]');
		const id = scene();
		return !el || (el.dataset.mapScene === id && el.dataset.mapRendered === id);
	};
	let done = false;
	const watch = new MutationObserver(() => check());
	const check = () => {
		if (done || !drawn()) return;
		done = true;
		watch.disconnect();
		go();
	};
	watch.observe(layer, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-map-rendered', 'data-map-scene'] });
	// First look after the next frame: the step that asked (the attract title coming up) may still
	// be on its way to the map.
	const raf = requestAnimationFrame(() => check());
	return () => {
		done = true;
		cancelAnimationFrame(raf);
		watch.disconnect();
	};
}
