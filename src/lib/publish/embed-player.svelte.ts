/**
 * The embed's state and its wiring to the browser, out of the page (`src/routes/[[lang=lang]]/embed`):
 * which scene is shown and how far its routes are drawn, the buttons, keys and swipes that move
 * between scenes, the hash (`#<scene>`), the hooks hosts and tests read (`data-active-scene`,
 * `scenechange`), and the height it tells a pym.js parent. It plays the story without scrolling:
 * the host page keeps its own scroll and keyboard (keys reach the frame only when it has the
 * focus; nothing here focuses anything or scrolls the parent).
 */
import { sceneState, type MapState } from '../story/state';
import { sceneFromHash } from '../story/navigation';
import type { ResolvedScene } from '../story/types';
import { createAnnouncer } from '../reader/announcer';
import { EMBED_WIDE, embedKey, moveIndex, preferredHeight, swipeMove, type EmbedMove } from './embed';
import { childIdFrom, parsePymMessage, pymMessage } from './pym';

/** Routes draw over this long when a scene opens (at once with reduced motion), ms. */
export const DRAW_MS = 2200;

/** `S`: the scenes as the page has them (the embed's carry their citations as HTML). */
export class EmbedPlayer<S extends ResolvedScene = ResolvedScene> {
	index = $state(0);
	/** How far the scene's routes are drawn, 0..1. */
	drawn = $state(1);
	reducedMotion = $state(false);
	wide = $state(true);
	small = $state(false);
	/** Elements the camera keeps clear of (bound by the page). */
	panelEl = $state<HTMLElement>();
	topEl = $state<HTMLElement>();

	readonly scene: S;
	readonly mapState: MapState;

	private raf = 0;
	private announce = createAnnouncer();
	private lastHeight = 0;

	constructor(readonly scenes: () => S[]) {
		this.scene = $derived(this.scenes()[this.index] ?? this.scenes()[0]!);
		this.mapState = $derived(sceneState(this.scene, this.drawn, { animateLines: !this.reducedMotion, small: this.small }));
	}

	get count(): number {
		return this.scenes().length;
	}

	/** Show scene `i`: its routes draw from the start (or at once, with reduced motion). */
	show(i: number): void {
		const next = Math.max(0, Math.min(this.count - 1, i));
		if (next === this.index) return;
		this.index = next;
		this.draw();
	}

	move(m: EmbedMove): void {
		this.show(moveIndex(m, this.index, this.count));
	}

	showId(id: string): void {
		const i = this.scenes().findIndex((s) => s.id === id);
		if (i >= 0) this.show(i);
	}

	private draw(): void {
		cancelAnimationFrame(this.raf);
		if (this.reducedMotion) {
			this.drawn = 1;
			return;
		}
		this.drawn = 0;
		const start = performance.now();
		const frame = (now: number) => {
			const t = Math.min(1, (now - start) / DRAW_MS);
			this.drawn = Math.round(t * 200) / 200;
			if (t < 1) this.raf = requestAnimationFrame(frame);
		};
		this.raf = requestAnimationFrame(frame);
	}

	/** Keys while the frame has the focus; what is typed into the scene menu is the menu's. */
	onKey(e: KeyboardEvent): void {
		if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey || e.defaultPrevented) return;
		const t = e.target as HTMLElement | null;
		if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
		const m = embedKey(e.key);
		if (!m) return;
		e.preventDefault();
		this.move(m);
	}

	/** What lies over the map: the top bar, and on wide frames the card (viewport rectangles). */
	covers(): DOMRect[] {
		return [this.topEl, this.wide ? this.panelEl : undefined].flatMap((el) => (el?.isConnected ? [el.getBoundingClientRect()] : []));
	}

	/** The camera keeps the scene clear of the card (beside the map on wide frames) and the top bar. */
	padding(): { top: number; right: number; bottom: number; left: number } {
		const w = window.innerWidth;
		// The top bar (title and scene menu) lies over the map's top edge.
		const top = (this.topEl?.getBoundingClientRect().bottom ?? 48) + 12;
		// A narrow map centres labels above or below their dots (layers/places.ts): room on both sides,
		// as the story page keeps on phones (reader/layout.ts).
		if (!this.wide) {
			const side = Math.round(Math.min(w * 0.22, 110));
			return { top, right: side, bottom: 16, left: side };
		}
		// Wider, labels sit to the right of their dots: room for a name of a dozen letters there.
		const panel = this.panelEl?.getBoundingClientRect();
		// ...and some at the card's edge, for a name that goes to the left of its dot.
		return { top, right: 40 + Math.round(Math.min(w * 0.22, 150)), bottom: 28, left: Math.round((panel?.right ?? w * 0.4) + 24 + Math.min(w * 0.1, 70)) };
	}

	/** Tell the page and its host which scene is shown (`data-active-scene`, `scenechange`). */
	announceActive(): void {
		this.announce(this.scene.id, this.scene.index);
	}

	/** Start: the hash's scene, media queries, swipes, the hash that follows, the height for pym. Returns the teardown. */
	start(root: HTMLElement): () => void {
		const motion = matchMedia('(prefers-reduced-motion: reduce)');
		const wide = matchMedia(`(min-width: ${EMBED_WIDE}px)`);
		const small = matchMedia('(max-width: 599px)');
		const sync = () => {
			this.reducedMotion = motion.matches;
			this.wide = wide.matches;
			this.small = small.matches;
		};
		sync();
		for (const q of [motion, wide, small]) q.addEventListener('change', sync);

		const fromHash = () => {
			const i = sceneFromHash(location.hash, this.scenes().map((s) => s.id));
			if (i !== undefined) {
				this.index = i;
				this.drawn = 1;
			}
		};
		fromHash();
		window.addEventListener('hashchange', fromHash);

		// Swipes: a finger (or pen) moving sideways; the browser keeps vertical moves (touch-action: pan-y).
		let down: { x: number; y: number; id: number } | undefined;
		const onDown = (e: PointerEvent) => {
			if (e.pointerType === 'mouse' || !e.isPrimary) return;
			down = { x: e.clientX, y: e.clientY, id: e.pointerId };
		};
		const onUp = (e: PointerEvent) => {
			if (!down || e.pointerId !== down.id) return;
			const m = swipeMove(e.clientX - down.x, e.clientY - down.y);
			down = undefined;
			if (m) this.move(m);
		};
		const onCancel = () => (down = undefined);
		root.addEventListener('pointerdown', onDown);
		root.addEventListener('pointerup', onUp);
		root.addEventListener('pointercancel', onCancel);

		const stopHeight = this.reportHeight();

		return () => {
			cancelAnimationFrame(this.raf);
			for (const q of [motion, wide, small]) q.removeEventListener('change', sync);
			window.removeEventListener('hashchange', fromHash);
			root.removeEventListener('pointerdown', onDown);
			root.removeEventListener('pointerup', onUp);
			root.removeEventListener('pointercancel', onCancel);
			stopHeight();
		};
	}

	/** The hash follows the scene (replaceState: no history entry, no scroll, in this frame only). */
	followHash(): void {
		const hash = `#${this.scene.id}`;
		if (location.hash !== hash) history.replaceState(history.state, '', hash);
	}

	/**
	 * pym.js: in a frame whose URL names a `childId`, post `height` messages to the parent only,
	 * on start, when the frame's width changes and when the parent sends `width`.
	 */
	private reportHeight(): () => void {
		const id = childIdFrom(location.search);
		if (!id || window.parent === window) return () => {};
		// The parent's origin where the browser tells it; a height is no secret, so '*' otherwise.
		const ancestor = (location as Location & { ancestorOrigins?: DOMStringList }).ancestorOrigins?.[0];
		let target = ancestor ?? '*';
		if (!ancestor && document.referrer) {
			try {
				target = new URL(document.referrer).origin;
			} catch {
				target = '*';
			}
		}
		const send = (force = false) => {
			const h = preferredHeight(window.innerWidth);
			if (!force && h === this.lastHeight) return;
			this.lastHeight = h;
			window.parent.postMessage(pymMessage(id, 'height', h), target);
		};
		const onMessage = (e: MessageEvent) => {
			if (e.source !== window.parent) return;
			const m = parsePymMessage(e.data);
			if (m && m.id === id && m.type === 'width') send(true);
		};
		const onResize = () => send();
		window.addEventListener('message', onMessage);
		window.addEventListener('resize', onResize);
		send(true);
		return () => {
			window.removeEventListener('message', onMessage);
			window.removeEventListener('resize', onResize);
		};
	}
}
