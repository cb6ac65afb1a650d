/**
 * What the reader's eye sees, for the layout tests: at a point of the screen, is it the map (its
 * canvas or its static stand-in), or text, a control or an opaque background drawn over it? A
 * transparent box over the map does not hide it. Runs in the page.
 */
import type { Page } from '@playwright/test';

export interface Sample {
	/** Share of a 12×24 grid of points where the eye sees the map. */
	mapShare: number;
	/** Focus places (data-map-focus) on screen and not covered, out of all of them. */
	focusSeen: number;
	focusTotal: number;
	/** The bar's height as a share of the screen. */
	barShare: number;
	/** The active scene, and whether its text is on screen where the eye can read it. */
	active: string;
	textShown: boolean;
	/** The scene the map shows (data-map-scene). */
	mapScene: string;
}

/** Measure the screen as it is now (call once the map has arrived at the active scene). */
export function sample(page: Page): Promise<Sample> {
	return page.evaluate(() => {
		// Every element takes part in the hit test, also those the page makes transparent to pointers.
		if (!document.getElementById('eye-test-style')) {
			const st = document.createElement('style');
			st.id = 'eye-test-style';
			st.textContent = '* { pointer-events: auto !important; }';
			document.head.append(st);
		}
		const isMap = (el: Element) =>
			(el instanceof HTMLCanvasElement && !!el.closest('[data-map]')) || el.matches('[data-map-standin], [data-map-fallback] img');
		const isControl = (el: Element) => !!el.closest('button, a, select, input, textarea, summary, [role="button"], .maplibregl-ctrl');
		const opaque = (el: Element) => {
			const cs = getComputedStyle(el);
			if (cs.visibility === 'hidden' || Number(cs.opacity) < 0.5) return false;
			if (cs.backgroundImage && cs.backgroundImage !== 'none') return true;
			const m = /rgba?\(([^)]+)\)/.exec(cs.backgroundColor);
			if (!m) return false;
			const parts = m[1]!.split(/[ ,/]+/).filter(Boolean).map(Number);
			return (parts[3] ?? 1) > 0.5;
		};
		const textAt = (el: Element, x: number, y: number) => {
			for (const n of el.childNodes) {
				if (n.nodeType !== Node.TEXT_NODE || !n.textContent?.trim()) continue;
				const r = document.createRange();
				r.selectNodeContents(n);
				for (const b of r.getClientRects()) if (x >= b.left && x <= b.right && y >= b.top && y <= b.bottom) return true;
			}
			return false;
		};
		const sees = (x: number, y: number): boolean => {
			for (const el of document.elementsFromPoint(x, y)) {
				if (el.matches('[data-scroll-debug]')) continue;
				if (isMap(el)) return true;
				if (el.closest('[data-map]') && !(el instanceof HTMLCanvasElement)) {
					// Inside the map's container: its own controls hide it, its empty boxes do not.
					if (isControl(el) || textAt(el, x, y)) return false;
					continue;
				}
				if (isControl(el) || textAt(el, x, y) || opaque(el)) return false;
			}
			return false;
		};
		const W = window.innerWidth;
		const H = window.innerHeight;
		let seen = 0;
		for (let i = 0; i < 12; i++) for (let j = 0; j < 24; j++) if (sees(((i + 0.5) * W) / 12, ((j + 0.5) * H) / 24)) seen++;
		const mapEl = document.querySelector<HTMLElement>('[data-map]');
		const box = mapEl?.getBoundingClientRect();
		const focus = (JSON.parse(mapEl?.dataset.mapFocus ?? '[]') as [number, number][]).map(([x, y]): [number, number] => [x + (box?.left ?? 0), y + (box?.top ?? 0)]);
		const focusSeen = focus.filter(([x, y]) => x >= 2 && y >= 2 && x <= W - 2 && y <= H - 2 && sees(x, y)).length;
		const bar = document.querySelector('.map-ui [data-bar]');
		const barH = bar && getComputedStyle(bar).display !== 'contents' ? bar.getBoundingClientRect().height : 0;
		const active = document.documentElement.dataset.activeScene ?? '';
		const step = document.querySelector(`[data-scene="${active}"]`);
		// The active scene's text is readable somewhere on screen (a line of it where the eye sees text).
		let textShown = false;
		if (step) {
			// Any line of a paragraph or the heading, down its height (its first lines may be under the map).
			outer: for (const p of step.querySelectorAll('p, h2')) {
				const r = p.getBoundingClientRect();
				if (r.bottom < 0 || r.top > H) continue;
				for (let y = Math.max(2, r.top + 4); y <= Math.min(H - 2, r.bottom - 2); y += 12) {
					const top = document.elementFromPoint(Math.min(W - 2, r.left + 8), y);
					if (top && p.contains(top)) {
						textShown = true;
						break outer;
					}
				}
			}
		}
		return {
			mapShare: seen / (12 * 24),
			focusSeen,
			focusTotal: focus.length,
			barShare: barH / H,
			active,
			textShown,
			mapScene: mapEl?.dataset.mapScene ?? ''
		};
	});
}

export function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	return s.length ? (s[Math.floor((s.length - 1) / 2)]! + s[Math.ceil((s.length - 1) / 2)]!) / 2 : 0;
}

/** The value below which a tenth of the samples fall. */
export function tenth(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.floor(s.length * 0.1)] ?? 0;
}
