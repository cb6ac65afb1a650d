/**
 * The story page's state, out of the page: which scene the reader is in and how far, the reader's
 * preferences (motion, screen size), exploring, the map's status, the deep link, the keyboard, the
 * hash that follows the reader and what screen readers hear. The page only lays it out.
 *
 * The outside world (media queries, storage, the URL, the scroll) comes through `ReaderEnv`, so the
 * logic is unit-tested without a browser.
 */
import type { Scroller } from '../scroll/engine';
import { sceneState, type MapState } from '../story/state';
import type { SceneSummary } from '../story/types';
import { createAnnouncer, type AnnouncerTarget, type SceneChange } from './announcer';
import { locator } from 'virtual:story/locator';

export type MapStatus = 'waiting' | 'loading' | 'ready' | 'failed';
export type View = { bounds: [number, number, number, number]; center: [number, number]; zoom: number; bearing: number; pitch: number };

/** What the reader needs from the browser. */
export interface ReaderEnv {
	matchMedia(query: string): Pick<MediaQueryList, 'matches' | 'addEventListener' | 'removeEventListener'>;
	storage: Pick<Storage, 'getItem' | 'setItem'> | undefined;
	location: Pick<Location, 'search' | 'hash'>;
	replaceHash(hash: string): void;
	announcer?: AnnouncerTarget;
	/** Where the reader's own scrolling is heard (the window); without it, never. */
	inputs?: Pick<Window, 'addEventListener'>;
}

/** The browser's; during prerendering (no window) a stand-in that is never asked anything. */
export function browserEnv(): ReaderEnv {
	if (typeof window === 'undefined') {
		const query = { matches: false, addEventListener() {}, removeEventListener() {} };
		return { matchMedia: () => query, storage: undefined, location: { search: '', hash: '' }, replaceHash() {} };
	}
	let storage: Storage | undefined;
	try {
		storage = window.localStorage;
	} catch {
		// Storage can be blocked (privacy settings, sandboxed frames): the preference is then not kept.
	}
	return {
		matchMedia: (q) => window.matchMedia(q),
		storage,
		location: window.location,
		replaceHash: (hash) => history.replaceState(history.state, '', hash),
		inputs: window
	};
}

/** Media queries the layout follows (kept in step with the page's CSS). */
export const QUERIES = {
	reducedMotion: '(prefers-reduced-motion: reduce)',
	/** Text beside the map: wide screens, and phones held sideways (as the page's CSS). */
	wide: '(min-width: 900px), (orientation: landscape) and (min-width: 640px)',
	small: '(max-width: 599px)',
	/** Room for the map's attribution spelled out on one line, clear of the timeline. */
	roomy: '(min-width: 1500px)'
} as const;

const MOTION_KEY = 'story-motion';

/**
 * What a reader does to scroll the page themselves: a wheel, a drag. Scrolling keys are left out:
 * telling them from other keys costs first-paint bytes, for a press in the page's first moment.
 */
const SCROLL_INPUTS = ['wheel', 'touchmove'] as const;

export class Reader {
	index = $state(0);
	progress = $state(0);
	scroller = $state<Scroller | undefined>();
	systemReducedMotion = $state(false);
	/** The reader's own choice from the animation toggle; undefined follows the system setting. */
	motionChoice = $state<boolean | undefined>(undefined);
	wide = $state(true);
	small = $state(false);
	roomy = $state(true);
	debug = $state(false);
	/** `?camera`: show the camera helper (the current view as a scene's `camera:` YAML). */
	cameraHelper = $state(false);
	explore = $state(false);
	view = $state<View | undefined>();
	mapStatus = $state<MapStatus>('waiting');
	/** Phones: the bar shows only its first row while the reader scrolls down. */
	barCompact = $state(true);
	/**
	 * The reader scrolled the page themselves (from `connect` on). A deep link is then theirs: it is
	 * not put back in reading position when the chrome arrives (nav.svelte.ts).
	 */
	scrolledByReader = false;

	readonly motion = $derived(this.motionChoice ?? !this.systemReducedMotion);
	readonly active: SceneSummary;
	readonly mapState: MapState;
	/** The locator inset appears only once the map moves close in. */
	readonly zoomedIn = $derived(!!this.view && this.view.zoom >= locator.minZoom);

	readonly scenes: () => SceneSummary[];
	readonly env: ReaderEnv;
	/** Told of each scene change after the page and its host are (ReaderNav: hash, live region). */
	onSceneChange: ((c: SceneChange) => void) | undefined;
	/** How many times the active scene has been announced (the first is the page's own). */
	sceneChanges = 0;
	private announce: ReturnType<typeof createAnnouncer>;

	constructor(scenes: () => SceneSummary[], env: ReaderEnv) {
		this.scenes = scenes;
		this.env = env;
		this.announce = createAnnouncer((c) => {
			this.sceneChanges++;
			this.onSceneChange?.(c);
		}, env.announcer);
		this.active = $derived(this.scenes()[this.index] ?? this.scenes()[0]!);
		this.mapState = $derived(sceneState(this.active, this.progress, { animateLines: this.motion, small: this.small }));
	}

	/** Follow the system preferences and restore the reader's own; returns the teardown. */
	connect(): () => void {
		const queries = {
			motion: this.env.matchMedia(QUERIES.reducedMotion),
			wide: this.env.matchMedia(QUERIES.wide),
			small: this.env.matchMedia(QUERIES.small),
			roomy: this.env.matchMedia(QUERIES.roomy)
		};
		const sync = () => {
			this.systemReducedMotion = queries.motion.matches;
			this.wide = queries.wide.matches;
			this.small = queries.small.matches;
			this.roomy = queries.roomy.matches;
		};
		sync();
		const flags = new URLSearchParams(this.env.location.search);
		this.debug = flags.has('debug');
		this.cameraHelper = flags.has('camera');
		const saved = this.env.storage?.getItem(MOTION_KEY);
		if (saved === 'on' || saved === 'off') this.motionChoice = saved === 'on';
		for (const q of Object.values(queries)) q.addEventListener('change', sync);
		const heard = new AbortController();
		const onInput = () => {
			this.scrolledByReader = true;
			heard.abort();
		};
		for (const t of SCROLL_INPUTS) this.env.inputs?.addEventListener(t, onInput, { passive: true, signal: heard.signal });
		return () => {
			for (const q of Object.values(queries)) q.removeEventListener('change', sync);
			heard.abort();
		};
	}

	setMotion(on: boolean): void {
		this.motionChoice = on;
		this.env.storage?.setItem(MOTION_KEY, on ? 'on' : 'off');
	}

	/** The one path to a scene: deep links, the timeline, the menu and the keyboard all come here. */
	goToScene(i: number, behavior: ScrollBehavior = this.motion ? 'smooth' : 'instant'): void {
		if (!this.scroller) return;
		this.explore = false;
		this.scroller.scrollTo(i, behavior);
	}

	/**
	 * Tell the page and its host which scene is active (`data-active-scene`, `scenechange`), from
	 * the first frame on: call on every change.
	 */
	announceActive(): void {
		this.announce(this.active.id, this.active.index);
	}

	goToId(id: string): void {
		const i = this.scenes().findIndex((s) => s.id === id);
		if (i >= 0) this.goToScene(i);
	}
}
