import { describe, expect, it, vi } from 'vitest';
import { Reader, type ReaderEnv } from './reader.svelte';
import { ReaderNav } from './nav.svelte';
import { createAnnouncer } from './announcer';
import type { ResolvedScene } from '../story/types';
import type { Scroller } from '../scroll/engine';

function scene(id: string, index: number): ResolvedScene {
	return {
		id,
		index,
		chapter: 'c',
		title: `Title ${id}`,
		date: '1901',
		paragraphs: ['x'],
		sources: [],
		afterArticles: false,
		alt: `Map of ${id}.`,
		map: { places: [], focus: [], areas: [], lines: [], camera: { bounds: [0, 0, 1, 1], maxZoom: 8, bearing: 0, pitch: 0, projection: 'mercator' } }
	} as unknown as ResolvedScene;
}
const scenes = ['a', 'b', 'c'].map(scene);

function query(matches: boolean) {
	const listeners = new Set<() => void>();
	return {
		matches,
		addEventListener: (_: string, fn: () => void) => listeners.add(fn),
		removeEventListener: (_: string, fn: () => void) => listeners.delete(fn),
		set(m: boolean) {
			this.matches = m;
			for (const fn of listeners) fn();
		},
		listeners
	};
}

function setup(opts: { hash?: string; saved?: string; reduced?: boolean; inputs?: EventTarget } = {}) {
	const queries = { motion: query(!!opts.reduced), wide: query(true), small: query(false) };
	const store = new Map<string, string>(opts.saved ? [['story-motion', opts.saved]] : []);
	const events: { id: string; index: number }[] = [];
	const dataset: Record<string, string> = {};
	const hashes: string[] = [];
	const env: ReaderEnv = {
		matchMedia: (q) => (q.includes('reduce') ? queries.motion : q.includes('min-width') ? queries.wide : queries.small) as unknown as MediaQueryList,
		storage: { getItem: (k) => store.get(k) ?? null, setItem: (k, v) => void store.set(k, v) },
		location: { search: '?debug', hash: opts.hash ?? '' },
		replaceHash: (h) => hashes.push(h),
		inputs: opts.inputs,
		announcer: {
			documentElement: { dataset },
			dispatchEvent: (e) => {
				events.push((e as CustomEvent).detail);
				return true;
			}
		}
	};
	const reader = new Reader(() => scenes, env);
	const nav = new ReaderNav(reader, (s) => `${s.title}. ${s.alt}`);
	const scroller = {
		scrollTo: vi.fn<Scroller["scrollTo"]>(),
		refresh: () => {},
		beforeFirst: () => false,
		destroy: () => {}
	};
	return { reader, nav, queries, store, events, dataset, hashes, scroller };
}

const key = (k: string, extra: Partial<KeyboardEvent> = {}) => ({
	key: k,
	altKey: false,
	ctrlKey: false,
	metaKey: false,
	shiftKey: false,
	defaultPrevented: false,
	target: null,
	preventDefault: vi.fn(),
	...extra
});

describe('Reader', () => {
	it('follows the system motion setting until the reader chooses, and remembers the choice', () => {
		const { reader, queries, store } = setup({ reduced: true });
		const stop = reader.connect();
		expect(reader.motion).toBe(false);
		queries.motion.set(false);
		expect(reader.motion).toBe(true);
		reader.setMotion(false);
		expect(reader.motion).toBe(false);
		expect(store.get('story-motion')).toBe('off');
		stop();
		expect(queries.motion.listeners.size).toBe(0);
	});

	it('restores a saved choice and reads the debug flag', () => {
		const { reader } = setup({ saved: 'off' });
		reader.connect();
		expect(reader.motion).toBe(false);
		expect(reader.debug).toBe(true);
	});

	it('opens a deep link at its scene, instantly and only once', () => {
		const { reader, nav, scroller } = setup({ hash: '#c' });
		nav.followDeepLink();
		expect(scroller.scrollTo).not.toHaveBeenCalled();
		reader.scroller = scroller;
		nav.followDeepLink();
		nav.followDeepLink();
		expect(scroller.scrollTo).toHaveBeenCalledTimes(1);
		expect(scroller.scrollTo).toHaveBeenCalledWith(2, 'instant');
	});

	it('leaves a deep link where the reader scrolled it before the chrome arrived', () => {
		for (const type of ['wheel', 'touchmove']) {
			const win = new EventTarget();
			const { reader, nav, scroller } = setup({ hash: '#c', inputs: win });
			reader.connect();
			win.dispatchEvent(new Event(type));
			expect(reader.scrolledByReader, type).toBe(true);
			reader.scroller = scroller;
			expect(nav.followDeepLink(), type).toBeUndefined();
			expect(scroller.scrollTo).not.toHaveBeenCalled();
		}
		// A key (Tab to a link) or no input at all: the chrome puts the deep link in reading position.
		const win = new EventTarget();
		const { reader, nav, scroller } = setup({ hash: '#c', inputs: win });
		const stop = reader.connect();
		win.dispatchEvent(new Event('keydown'));
		reader.scroller = scroller;
		expect(nav.followDeepLink()).toBe(2);
		// Once the page is gone, nothing is heard.
		stop();
		win.dispatchEvent(new Event('wheel'));
		expect(reader.scrolledByReader).toBe(false);
	});

	it('writes the hash of the scene a reader scrolled to before the scroll engine was up', () => {
		vi.useFakeTimers();
		const { reader, nav, scroller, hashes } = setup();
		reader.index = 2;
		reader.announceActive();
		reader.scroller = scroller;
		nav.followDeepLink();
		vi.runAllTimers();
		expect(hashes).toEqual(['#c']);
		vi.useRealTimers();
	});

	it('moves between scenes with the story keys, never with modifiers or inside controls', () => {
		const { reader, nav, scroller } = setup();
		reader.connect();
		reader.scroller = scroller;
		reader.index = 1;
		nav.onKey(key('ArrowDown'));
		expect(scroller.scrollTo).toHaveBeenLastCalledWith(2, 'smooth');
		nav.onKey(key('Home'));
		expect(scroller.scrollTo).toHaveBeenLastCalledWith(0, 'smooth');
		scroller.scrollTo.mockClear();
		nav.onKey(key('ArrowDown', { shiftKey: true }));
		nav.onKey(key('ArrowDown', { target: { tagName: 'SELECT' } as unknown as EventTarget }));
		nav.onKey(key('x'));
		expect(scroller.scrollTo).not.toHaveBeenCalled();
	});

	it('going to a scene hands the camera back from exploring', () => {
		const { reader, scroller } = setup();
		reader.scroller = scroller;
		reader.explore = true;
		reader.goToId('b');
		expect(reader.explore).toBe(false);
		expect(scroller.scrollTo).toHaveBeenCalledWith(1, 'smooth');
	});

	it('announces each new scene once: the hook, the event, the live region (not on load)', () => {
		const { reader, nav, events, dataset } = setup();
		reader.announceActive();
		expect(events).toEqual([{ id: 'a', index: 0 }]);
		expect(dataset.activeScene).toBe('a');
		expect(nav.announcement).toBe('');
		reader.index = 2;
		reader.announceActive();
		reader.announceActive();
		expect(events).toEqual([
			{ id: 'a', index: 0 },
			{ id: 'c', index: 2 }
		]);
		expect(nav.announcement).toBe('Title c. Map of c.');
	});

	it('keeps the hash in step with the reader once the page scrolls', async () => {
		vi.useFakeTimers();
		const { reader, nav, scroller, hashes } = setup();
		reader.scroller = scroller;
		reader.announceActive();
		reader.index = 1;
		reader.announceActive();
		await vi.advanceTimersByTimeAsync(1000);
		expect(hashes.at(-1)).toBe('#b');
		vi.useRealTimers();
	});

	it('the map state is the active scene at its progress', () => {
		const { reader } = setup();
		reader.index = 1;
		reader.progress = 0.5;
		expect(reader.mapState.sceneId).toBe('b');
	});
});

describe('createAnnouncer', () => {
	it('says nothing for the same scene twice', () => {
		const seen: string[] = [];
		const announce = createAnnouncer((c) => seen.push(`${c.id}:${c.first}`), {
			documentElement: { dataset: {} },
			dispatchEvent: () => true
		});
		expect(announce('x', 0)).toBe(true);
		expect(announce('x', 0)).toBe(false);
		expect(announce('y', 1)).toBe(true);
		expect(seen).toEqual(['x:true', 'y:false']);
	});
});
