/**
 * The controller's answer to a map style that fails, against a stand-in for maplibre-gl (there is
 * no WebGL here; the browser tests cover the real map). MapLibre reports a style that cannot be
 * loaded as an `error` event before `style.load`, without a `sourceId`.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => {
	type Handler = (e: Record<string, unknown>) => void;
	const instances: FakeMap[] = [];
	const control = () => ({ enable() {}, disable() {} });
	class FakeMap {
		style: unknown;
		setStyleCalls: unknown[] = [];
		private handlers = new Map<string, Handler[]>();
		dragPan = control();
		scrollZoom = control();
		boxZoom = control();
		dragRotate = control();
		keyboard = control();
		doubleClickZoom = control();
		touchZoomRotate = control();
		private container: unknown;
		constructor(opts: { style: unknown; container: unknown }) {
			this.style = opts.style;
			this.container = opts.container;
			instances.push(this);
		}
		getContainer() {
			return this.container;
		}
		on(type: string, fn: Handler) {
			this.handlers.set(type, [...(this.handlers.get(type) ?? []), fn]);
			return this;
		}
		once(type: string, fn: Handler) {
			const once: Handler = (e) => {
				this.handlers.set(type, (this.handlers.get(type) ?? []).filter((f) => f !== once));
				fn(e);
			};
			return this.on(type, once);
		}
		fire(type: string, e: Record<string, unknown> = {}) {
			for (const fn of this.handlers.get(type) ?? []) fn(e);
		}
		setStyle(style: unknown) {
			this.setStyleCalls.push(style);
			this.style = style;
		}
		jumpTo() {}
		// What the controller asks once the style has loaded (the scene then waits for a frame).
		getZoom() {
			return 3;
		}
		getLayer() {
			return undefined;
		}
		getSource() {
			return undefined;
		}
		addSource() {}
		addLayer() {}
		setLayoutProperty() {}
		images = new Map<string, { width: number; height: number }>();
		resolver: ((id: string) => void) | null = null;
		setMissingStyleImageResolver(fn: ((id: string) => void) | null) {
			this.resolver = fn;
			return this;
		}
		hasImage(id: string) {
			return this.images.has(id);
		}
		addImage(id: string, img: { width: number; height: number }) {
			this.images.set(id, img);
		}
		controls: unknown[] = [];
		addControl(c: unknown) {
			this.controls.push(c);
		}
		removeControl(c: unknown) {
			this.controls = this.controls.filter((x) => x !== c);
		}
		remove() {}
		getCanvas() {
			return { setAttribute() {}, removeAttribute() {} };
		}
	}
	return { instances, FakeMap };
});

vi.mock('maplibre-gl', () => ({
	Map: fake.FakeMap,
	AttributionControl: class {
		constructor(public options: { compact?: boolean }) {}
	},
	setWorkerUrl: () => {}
}));
vi.mock('maplibre-gl/dist/maplibre-gl-worker.mjs?url', () => ({ default: '/worker.mjs' }));
vi.mock('maplibre-gl/dist/maplibre-gl.css', () => ({}));

// No frames here: a scene waiting for one stays pending.
vi.stubGlobal('requestAnimationFrame', () => 1);
// The kinds fetch their data as the map starts (the built-in style is given once it is in): none here.
vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ type: 'FeatureCollection', features: [] }), { status: 200 }));

const { MapController } = await import('./controller');
const { TEST_SETTINGS: MAP_SETTINGS } = await import('./test-settings');

function setup(remoteStyle?: string) {
	const { map, onError, onFatal } = setupWith(remoteStyle);
	return { map, onError, onFatal };
}

function setupWith(remoteStyle?: string) {
	const onError = vi.fn<(e: Error) => void>();
	const onFatal = vi.fn<(e: Error) => void>();
	const controller = new MapController({
		container: { clientWidth: 800, dataset: {}, querySelector: () => null } as unknown as HTMLElement,
		base: '',
		padding: () => ({ top: 0, right: 0, bottom: 0, left: 0 }),
		animate: () => false,
		remoteStyle,
		attribution: '',
		settings: MAP_SETTINGS,
		onError,
		onFatal
	});
	return { map: fake.instances.at(-1)!, onError, onFatal, controller };
}

describe('a map style that fails', () => {
	beforeEach(() => {
		fake.instances.length = 0;
	});

	it('a remote style that cannot be loaded gives way to the built-in offline basemap', () => {
		const { map, onError, onFatal } = setup('https://tiles.example.com/style.json');
		expect(map.style).toBe('https://tiles.example.com/style.json');
		map.fire('error', { error: new Error('AJAXError: Not Found (404)') });
		expect(map.setStyleCalls).toHaveLength(1);
		expect(map.style).toMatchObject({ version: 8, sources: expect.objectContaining({ places: expect.anything() }) });
		expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: expect.stringMatching(/remote map style failed.*404.*built-in basemap/) }));
		expect(onFatal).not.toHaveBeenCalled();
	});

	it('the built-in style failing hands over to the static maps', async () => {
		const { map, onFatal } = setup();
		// The built-in style, given once the kinds' data is in; not given again after it fails.
		await vi.waitFor(() => expect(map.style).toMatchObject({ version: 8 }));
		const given = map.setStyleCalls.length;
		map.fire('error', { error: new Error('style is invalid') });
		expect(onFatal).toHaveBeenCalledWith(expect.objectContaining({ message: 'style is invalid' }));
		expect(map.setStyleCalls).toHaveLength(given);
	});

	it('a failing source inside the style is reported, and the map carries on', () => {
		const { map, onError, onFatal } = setup('https://tiles.example.com/style.json');
		map.fire('error', { error: new Error('land-50m: not GeoJSON'), sourceId: 'land-50m' });
		expect(onError).toHaveBeenCalledTimes(1);
		expect(onFatal).not.toHaveBeenCalled();
		expect(map.setStyleCalls).toHaveLength(0);
	});

	it('an error after the style has loaded is never taken for a failed style', () => {
		const { map, onError, onFatal } = setup();
		map.fire('style.load');
		map.fire('error', { error: new Error('something went wrong in a frame') });
		expect(onError).toHaveBeenCalledTimes(1);
		expect(onFatal).not.toHaveBeenCalled();
	});
});

describe('the icons of the layers', () => {
	beforeEach(() => {
		fake.instances.length = 0;
	});

	it('every icon a layer of the built-in style names is made when the map first asks for it', async () => {
		const { map } = setup();
		await vi.waitFor(() => expect(map.style).toMatchObject({ version: 8 }));
		const style = map.style as { layers: { layout?: Record<string, unknown> }[] };
		const named = [...new Set(style.layers.map((l) => l.layout?.['icon-image']).filter((v): v is string => typeof v === 'string'))];
		expect(named.length).toBeGreaterThanOrEqual(3);
		for (const id of named) map.resolver?.(id);
		expect([...map.images.keys()].sort()).toEqual(named.sort());
		for (const img of map.images.values()) expect(img.width).toBeGreaterThan(0);
		// An id no layer names stays missing (MapLibre then reports it).
		map.resolver?.('no-such-icon');
		expect(map.images.has('no-such-icon')).toBe(false);
	});
});

describe('the attribution', () => {
	beforeEach(() => {
		fake.instances.length = 0;
	});

	it('is folded or spelled out as the layout changes, one control at a time', () => {
		const { map, controller } = setupWith();
		type Ctl = { options: { compact?: boolean } };
		expect((map.controls as Ctl[]).map((c) => c.options.compact)).toEqual([false]);
		controller.setAttributionCompact(true);
		expect((map.controls as Ctl[]).map((c) => c.options.compact)).toEqual([true]);
		controller.setAttributionCompact(true);
		expect(map.controls).toHaveLength(1);
		controller.setAttributionCompact(false);
		expect((map.controls as Ctl[]).map((c) => c.options.compact)).toEqual([false]);
	});
});
