/**
 * The kiosk's runtime: the pure state machine (`./machine`) wired to the clock, the input, the
 * screen and the offline cache. The page (`src/routes/kiosk`) only lays out what it says.
 *
 * - a timer fires at the next deadline (end of a dwell, of the attract title, of a visit), so the
 *   show keeps time even when a slow GPU delivers few animation frames;
 * - routes draw with the animation frames, one progress update per frame at most;
 * - a touch, click or key hands the kiosk to a visitor; a quiet spell brings the attract title back;
 * - between two loops (nobody watching) it picks up a new deploy, never in the middle of a visit
 *   (`./updates`);
 * - an uncaught error shows a notice and reloads the page after `?reload` seconds.
 */
import { untrack } from 'svelte';
import { sceneState, type MapState } from '../story/state';
import type { ResolvedScene } from '../story/types';
import { cameraPadding, type Rect } from '../map/padding';
import { sceneDwellMs } from './dwell';
import { parseKioskParams, type KioskParams } from './params';
import { initialState, progress as drawProgress, remainingMs, step, type KioskConfig, type KioskEvent, type KioskState } from './machine';
import { hideIdleCursor, keepAwake, lockDown, onFatalError, whenMapDrawn } from './browser';
import { createAnnouncer } from '../reader/announcer';
import { watchDeploys, type ContainerLike, type Deploys } from './updates';

/** Routes take this long to draw when a visitor opens a scene, ms. */
export const VISITOR_DRAW_MS = 3000;
/**
 * With a dwell shorter than this (tests, soak runs) the camera jumps instead of flying: a flight
 * (up to 2.2 s) must never outlast its scene.
 */
export const JUMP_BELOW_DWELL_S = 5;
/** Route drawing is pushed to the map in steps of 1/200 (as sceneState quantises it). */
const STEPS = 200;
export interface KioskEdition {
	scenes: ResolvedScene[];
}

export class KioskRuntime {
	params = $state.raw<KioskParams>(parseKioskParams(''));
	lang = $state('en');
	ks = $state.raw<KioskState>({ mode: 'autoplay', index: 0, since: 0, drawMs: 1, lastInput: 0 });
	/** How far the scene's routes are drawn (and autoplay is through its dwell), 0..1. */
	drawn = $state(0);
	listOpen = $state(false);
	failure = $state<string | undefined>();
	countdown = $state(0);
	reducedMotion = $state(false);
	fullscreen = $state(false);
	canFullscreen = $state(false);
	/** Until the map shows its first scene (on load, after a rebuild), the camera snaps instead of flying. */
	snap = $state(true);
	/** Elements the camera keeps clear of (bound by the page). */
	cardEl = $state<HTMLElement>();
	navEl = $state<HTMLElement>();
	toolbarEl = $state<HTMLElement>();

	readonly scenes: ResolvedScene[];
	readonly scene: ResolvedScene;
	readonly mode = $derived(this.ks.mode);
	readonly mapState: MapState;
	readonly jump: boolean;
	readonly cfg: KioskConfig;

	private started = false;
	private timer = 0;
	private deploys: Deploys | undefined;
	/** A new deploy is taking over: the screen holds (no tick, no visit) until the page reloads. */
	private handingOver = false;
	private announce = createAnnouncer();

	private get langs(): readonly string[] {
		return this.langList();
	}

	constructor(
		private editions: () => Record<string, KioskEdition>,
		private langList: () => readonly string[]
	) {
		this.scenes = $derived(this.editions()[this.lang]?.scenes ?? this.editions()[this.langs[0]!]!.scenes);
		this.scene = $derived(this.scenes[this.ks.index] ?? this.scenes[0]!);
		this.mapState = $derived(sceneState(this.scene, this.drawn, { animateLines: !this.reducedMotion }));
		this.jump = $derived(
			this.snap || this.reducedMotion || (this.params.dwellS !== undefined && this.params.dwellS < JUMP_BELOW_DWELL_S)
		);
		this.cfg = $derived({
			count: this.scenes.length,
			dwellMs: (i: number) => sceneDwellMs(this.scenes[i] ?? this.scenes[0]!, this.params.dwellS),
			attractMs: this.params.attractS * 1000,
			idleMs: this.params.idleS * 1000,
			visitorDrawMs: VISITOR_DRAW_MS
		});
	}

	transition(next: KioskState): void {
		if (next === this.ks || this.handingOver) return;
		const prev = this.ks;
		this.ks = next;
		if (next.mode !== 'visitor') this.listOpen = false;
		// A visitor's language choice ends with their visit.
		if (prev.mode === 'visitor' && next.mode === 'attract') this.lang = this.params.lang;
		if (next.mode === 'attract' && prev.mode !== 'attract') this.betweenLoops();
		this.schedule();
	}

	/**
	 * Between two loops nobody is watching: the moment to put a new deploy on screen (a build that
	 * installed in the background takes over and the page reloads), or to ask for one.
	 */
	private betweenLoops(): void {
		this.deploys?.betweenLoops();
	}

	/** The clock: a timer at the next deadline. */
	schedule(): void {
		if (!this.started) return;
		clearTimeout(this.timer);
		const wait = remainingMs(this.ks, performance.now(), this.cfg) ?? 1000;
		this.timer = window.setTimeout(() => {
			const next = step(this.ks, { type: 'tick' }, performance.now(), this.cfg);
			// A timer that fires a hair early changes nothing: wait again rather than stop the clock.
			if (next === this.ks) this.schedule();
			else this.transition(next);
		}, Math.max(0, wait) + 1);
	}

	send(e: KioskEvent): void {
		this.transition(step(this.ks, e, performance.now(), this.cfg));
	}

	cycleLang(): void {
		this.lang = this.langs[(this.langs.indexOf(this.lang) + 1) % this.langs.length]!;
	}

	pick(index: number): void {
		this.listOpen = false;
		this.send({ type: 'goto', index });
	}

	/** What covers the full-screen map: the card, the buttons and the toolbar (viewport rectangles). */
	covers(): Rect[] {
		const rects: Rect[] = [];
		for (const el of [this.cardEl, this.navEl, this.toolbarEl]) {
			if (!el?.isConnected) continue;
			const r = el.getBoundingClientRect();
			if (r.width > 0 && r.height > 0) rects.push(r);
		}
		return rects;
	}

	/** The camera keeps the scene's places clear of the card, the buttons and the toolbar. */
	padding() {
		const rects = this.covers();
		const w = window.innerWidth;
		const h = window.innerHeight;
		const short = Math.min(w, h);
		const pad = cameraPadding(w, h, rects, Math.round(short * 0.06));
		// Place labels sit to the right of their dots: keep room for them at the right edge.
		return { ...pad, right: pad.right + Math.round(short * 0.08) };
	}

	private fail(message: string): void {
		if (this.failure !== undefined) return;
		this.failure = message;
		const ms = this.params.reloadS * 1000;
		const until = performance.now() + ms;
		this.countdown = Math.ceil(this.params.reloadS);
		setInterval(() => (this.countdown = Math.max(0, Math.ceil((until - performance.now()) / 1000))), 250);
		// The page is about to be replaced: these timers are never cleared.
		setTimeout(() => location.reload(), ms);
	}

	onKey(e: KeyboardEvent): void {
		if (e.ctrlKey || e.metaKey || e.altKey) return;
		this.send({ type: 'input' });
		// Arrow keys on the focused map pan it; elsewhere they move through the story.
		const onMap = !!(e.target as Element | null)?.closest?.('[data-map]');
		switch (e.key) {
			case 'ArrowRight':
			case 'ArrowDown':
			case 'PageDown':
				if (onMap && e.key !== 'PageDown') return;
				e.preventDefault();
				this.send({ type: 'next' });
				break;
			case 'ArrowLeft':
			case 'ArrowUp':
			case 'PageUp':
				if (onMap && e.key !== 'PageUp') return;
				e.preventDefault();
				this.send({ type: 'prev' });
				break;
			case 'Home':
				e.preventDefault();
				this.send({ type: 'goto', index: 0 });
				break;
			case 'End':
				e.preventDefault();
				this.send({ type: 'goto', index: this.scenes.length - 1 });
				break;
			case 'Escape':
				this.listOpen = false;
				break;
		}
	}

	/**
	 * Start: read the URL, take hold of the screen, run the clock. `root` holds the page, `mapLayer`
	 * the map (watched to snap after a rebuild). Returns the teardown of everything it installs.
	 */
	start(root: HTMLElement, mapLayer: Element, serviceWorkerUrl: string, workerType: WorkerType): () => void {
		return untrack(() => {
			this.params = parseKioskParams(location.search, this.langs);
			this.lang = this.langs.includes(this.params.lang) ? this.params.lang : this.langs[0]!;
			this.ks = initialState(performance.now(), this.cfg);

			const motion = matchMedia('(prefers-reduced-motion: reduce)');
			const syncMotion = () => (this.reducedMotion = motion.matches);
			syncMotion();
			motion.addEventListener('change', syncMotion);

			// The kiosk, not the story pages, installs the offline cache (src/service-worker.ts), and
			// takes new deploys between loops.
			this.deploys = watchDeploys({
				container: 'serviceWorker' in navigator ? (navigator.serviceWorker as unknown as ContainerLike) : undefined,
				url: serviceWorkerUrl,
				type: workerType,
				idle: () => this.ks.mode === 'attract',
				reload: () => location.reload(),
				now: () => performance.now(),
				checkEveryMs: this.params.updateS * 1000,
				// A build is told to take over once the title's map is drawn: no fetch then races it.
				quiet: (go) => whenMapDrawn(mapLayer, () => this.scene.id, go),
				onHandOver: (active) => {
					this.handingOver = active;
					if (!active) this.schedule();
				},
				warn: (m) => console.warn(m)
			});

			this.canFullscreen = document.fullscreenEnabled;
			const syncFullscreen = () => (this.fullscreen = !!document.fullscreenElement);
			document.addEventListener('fullscreenchange', syncFullscreen);

			// Input: a touch, click or key takes over; while a visitor is here any movement keeps them.
			const down = () => this.send({ type: 'input' });
			const activity = (e: Event) => {
				if (this.ks.mode !== 'visitor') return;
				if (e instanceof PointerEvent && e.pointerType !== 'mouse') return;
				this.send({ type: 'input' });
			};
			const key = (e: KeyboardEvent) => this.onKey(e);
			const opts = { capture: true, passive: true } as const;
			window.addEventListener('pointerdown', down, opts);
			window.addEventListener('pointermove', activity, opts);
			window.addEventListener('wheel', activity, opts);
			window.addEventListener('keydown', key);

			const teardowns = [lockDown(), hideIdleCursor(root, 3000), keepAwake(), onFatalError((m) => this.fail(m))];

			this.started = true;
			this.schedule();
			let raf = 0;
			const frame = () => {
				raf = requestAnimationFrame(frame);
				this.drawn = Math.round(drawProgress(this.ks, performance.now()) * STEPS) / STEPS;
			};
			raf = requestAnimationFrame(frame);

			// Snap (not fly) to the scene whenever the map is new: on load, in a new language, and
			// after a rebuild that follows a lost WebGL context (the controller marks it on [data-map]).
			const watchMap = new MutationObserver(() => {
				const el = mapLayer.querySelector<HTMLElement>('[data-map]');
				this.snap = !el || el.dataset.mapContext === 'lost' || !el.dataset.mapScene;
			});
			watchMap.observe(mapLayer, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-map-scene', 'data-map-context'] });

			return () => {
				this.started = false;
				clearTimeout(this.timer);
				watchMap.disconnect();
				this.deploys?.stop();
				this.deploys = undefined;
				cancelAnimationFrame(raf);
				motion.removeEventListener('change', syncMotion);
				document.removeEventListener('fullscreenchange', syncFullscreen);
				window.removeEventListener('pointerdown', down, opts);
				window.removeEventListener('pointermove', activity, opts);
				window.removeEventListener('wheel', activity, opts);
				window.removeEventListener('keydown', key);
				for (const t of teardowns) t();
			};
		});
	}

	/** Tell the page and its host which scene is active (the same hooks as the story page). */
	announceActive(): void {
		this.announce(this.scene.id, this.scene.index);
	}

	/** Dwell times depend on the language's text: a new language re-times the pending step. */
	retime(): void {
		void this.cfg;
		untrack(() => this.schedule());
	}
}
