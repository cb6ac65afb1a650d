/**
 * The map controller: the only module that touches maplibre-gl. It builds the map once, then
 * reconciles it to whatever MapState it is given: camera, filters and progressively drawn lines.
 * States are complete targets, so the order and rate of calls never matter; mutations wait for the
 * style, line updates are applied at most once per animation frame.
 */
import * as maplibregl from 'maplibre-gl';
import type { GeoJSONSource, Map as MlMap, MapLibreEvent } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Feature, FeatureCollection, LineString, Point, Position } from 'geojson';
import type { MapState } from '../story/state';
import type { Lang } from '../story/schema';
import { measure, sliceAt } from '../geo/lines';
import { BASEMAP, DETAIL_ZOOM, LINE_STYLES, areaLayers, basemapLayers, basemapNeeded, basemapSource, buildStyle, dataUrl, sceneFilters } from './style';

maplibregl.setWorkerUrl(workerUrl);

export interface ControllerOptions {
	container: HTMLElement;
	/** Base path of the site (SvelteKit `base`), so data URLs work under a sub-path. */
	base: string;
	/** Space the camera keeps free, e.g. where a text card covers the map. */
	padding: () => { top: number; right: number; bottom: number; left: number };
	/** Whether camera moves and line drawing should be animated. */
	animate: () => boolean;
	/** Longest camera flight, ms. */
	maxFlightMs?: number;
	/** An optional remote style for hosts that want street detail (off by default). */
	remoteStyle?: string;
	/** The state to start in (the map is created at its camera, so nothing else is fetched first). */
	initial?: MapState;
	/** Called once the map has arrived at a scene's state. */
	onArrive?: (sceneId: string) => void;
	/** Called after every camera move with what the map shows. */
	onView?: (view: { bounds: [number, number, number, number]; zoom: number }) => void;
	/** Called when part of the map fails (a data file, a remote style); the map carries on. */
	onError?: (error: Error) => void;
	/** Called when the map cannot be drawn at all (its style failed); the page shows a static map. */
	onFatal?: (error: Error) => void;
	attribution: string;
	/** Language of the place labels (`name`, `name_vi`, `name_ko` in the geodata). */
	lang?: Lang;
}

interface LineGeom {
	kind: string;
	coords: Position[];
	cum: number[];
}

type MoveData = { storyScene?: string };

const HANDLERS = ['dragPan', 'scrollZoom', 'boxZoom', 'dragRotate', 'keyboard', 'doubleClickZoom', 'touchZoomRotate'] as const;

/** How long a lost WebGL context may stay lost before the map is rebuilt from scratch. */
export const CONTEXT_RESTORE_MS = 1000;

export class MapController {
	map!: MlMap;
	private lines = new Map<string, LineGeom>();
	private ready = false;
	private pending: MapState | undefined;
	private applied: MapState | undefined;
	private cameraScene: string | undefined;
	private frame = 0;
	private added = new Set<string>();
	private destroyed = false;
	private exploring = false;
	private lostTimer = 0;
	/** How many times the map was rebuilt after losing its WebGL context (for tests and operators). */
	rebuilds = 0;
	/** The remote style in use, until it fails; then the built-in one. */
	private remote: string | undefined;
	private styleLoaded = false;

	constructor(private opts: ControllerOptions) {
		this.remote = opts.remoteStyle;
		this.create();
	}

	private create(): void {
		const opts = this.opts;
		this.ready = false;
		this.styleLoaded = false;
		this.added = new Set();
		this.map = new maplibregl.Map({
			container: opts.container,
			style: this.remote ?? buildStyle(opts.base, { lang: opts.lang }),
			center: [110, 25],
			zoom: 2,
			// Handlers exist but stay off while reading: the page, not the map, owns the finger.
			interactive: true,
			// Compact (an ⓘ button that opens) on narrow screens, always spelled out on wide ones.
			attributionControl: { compact: opts.container.clientWidth < 640, customAttribution: opts.attribution },
			renderWorldCopies: true,
			fadeDuration: 150,
			// Hangul labels are drawn locally: with the site's own Korean font, never a system one.
			localIdeographFontFamily: "'Noto Sans KR', sans-serif"
		});
		this.setHandlers(this.exploring);
		const map = this.map;
		// Start at the first scene's camera, not at a world view: only that scene's land is fetched.
		const start = this.pending ?? opts.initial;
		if (start) {
			const cam = this.cameraFor(start);
			if (cam) map.jumpTo(cam);
		}
		// While reading, the map is decoration (every scene says in words what it shows): its canvas is
		// hidden from screen readers and kept out of the tab order. Exploring makes it a labelled region.
		this.setCanvasAccess(this.exploring);
		map.on('style.load', () => {
			this.styleLoaded = true;
		});
		map.on('error', (e: { error?: unknown; sourceId?: string }) => {
			const error = e.error instanceof Error ? e.error : new Error(String(e.error));
			// The style itself failed to load (not one of its sources): nothing can be drawn from it.
			if (!this.styleLoaded && !e.sourceId) this.styleFailed(error);
			else this.opts.onError?.(error);
		});
		map.on('moveend', (e: MapLibreEvent & MoveData) => {
			if (e.storyScene && e.storyScene === this.cameraScene) this.arrived(e.storyScene);
			this.opts.onView?.(this.view());
		});
		map.on('zoom', () => this.ensureData(map.getZoom()));
		// Tests and screenshots wait for this: the scene's camera has arrived and every tile is drawn.
		map.on('idle', () => {
			const arrived = this.opts.container.dataset.mapScene;
			if (arrived && arrived === this.cameraScene) {
				this.opts.container.dataset.mapLayers = this.visibleKinds().join(' ');
				this.opts.container.dataset.mapRendered = arrived;
			}
		});
		map.on('load', () => void this.onLoad());
		// A lost GPU context (driver reset, too many tabs, a kiosk running for days): if the browser
		// does not hand it back quickly, rebuild the map in the current scene.
		map.on('webglcontextlost', () => {
			this.opts.container.dataset.mapContext = 'lost';
			clearTimeout(this.lostTimer);
			this.lostTimer = window.setTimeout(() => this.rebuild(), CONTEXT_RESTORE_MS);
		});
		map.on('webglcontextrestored', () => {
			clearTimeout(this.lostTimer);
			this.opts.container.dataset.mapContext = 'ok';
		});
	}

	/**
	 * A remote style that is down or is not a style: draw the built-in offline basemap instead. If
	 * the built-in style fails, the page falls back to its static maps.
	 */
	private styleFailed(error: Error): void {
		if (this.remote) {
			this.opts.onError?.(new Error(`the remote map style failed (${error.message}); drawing the built-in basemap`));
			this.remote = undefined;
			this.map.setStyle(buildStyle(this.opts.base, { lang: this.opts.lang }), { diff: false });
			return;
		}
		this.opts.onFatal?.(error);
	}

	/** Throw the map away and build it again, landing in the state it was showing. */
	rebuild(): void {
		if (this.destroyed) return;
		const state = this.applied ?? this.pending;
		if (this.frame) cancelAnimationFrame(this.frame);
		this.frame = 0;
		try {
			this.map.remove();
		} catch {
			// A map whose context is gone may fail to clean up; the new one replaces it anyway.
		}
		this.applied = undefined;
		this.pending = state;
		delete this.opts.container.dataset.mapScene;
		delete this.opts.container.dataset.mapRendered;
		this.rebuilds++;
		this.opts.container.dataset.mapRebuilds = String(this.rebuilds);
		this.create();
		this.opts.container.dataset.mapContext = 'ok';
	}

	private setCanvasAccess(on: boolean): void {
		const canvas = this.map.getCanvas();
		canvas.setAttribute('tabindex', on ? '0' : '-1');
		if (on) canvas.removeAttribute('aria-hidden');
		else canvas.setAttribute('aria-hidden', 'true');
	}

	private setHandlers(on: boolean): void {
		for (const h of HANDLERS) {
			const handler = this.map[h] as { enable(): void; disable(): void } | undefined;
			if (on) handler?.enable();
			else handler?.disable();
		}
	}

	/**
	 * Let the reader pan and zoom freely (explore) or hand the camera back to the story, which
	 * returns it to the scene's framing.
	 */
	setExplore(on: boolean): void {
		if (on === this.exploring) return;
		this.exploring = on;
		this.setHandlers(on);
		this.setCanvasAccess(on);
		if (!on && this.applied) {
			const s = this.applied;
			this.applied = undefined;
			this.pending = s;
			this.schedule();
		}
	}

	/**
	 * What the map draws right now, in the legend's terms (`line-visit`, `area`, `focus`, `place`):
	 * read back from the rendered features, so a test can hold the legend to it.
	 */
	visibleKinds(): string[] {
		const layers = ['areas-fill', 'provinces-fill', 'places', 'places-focus', ...Object.keys(LINE_STYLES).map((k) => `lines-${k}`)].filter((l) =>
			this.map.getLayer(l)
		);
		const kinds = new Set<string>();
		for (const f of this.map.queryRenderedFeatures({ layers })) {
			const id = f.layer.id;
			if (id === 'areas-fill' || id === 'provinces-fill') kinds.add('area');
			else if (id === 'places-focus') kinds.add('focus');
			else if (id === 'places') kinds.add('place');
			else kinds.add(id.replace(/^lines-/, 'line-'));
		}
		return [...kinds].sort();
	}

	/** What the camera shows now: for the locator inset. */
	view(): { bounds: [number, number, number, number]; zoom: number } {
		const b = this.map.getBounds();
		return { bounds: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], zoom: this.map.getZoom() };
	}

	private async onLoad(): Promise<void> {
		this.addDots();
		if (this.remote) await this.addStoryLayersToRemoteStyle();
		try {
			const res = await fetch(dataUrl(this.opts.base, 'lines'));
			if (!res.ok) throw new Error(`lines: HTTP ${res.status}`);
			const fc = (await res.json()) as FeatureCollection<LineString, { id: string; kind: string }>;
			for (const f of fc.features) {
				this.lines.set(f.properties.id, { kind: f.properties.kind, coords: f.geometry.coordinates, cum: measure(f.geometry.coordinates) });
			}
		} catch (e) {
			// Without lines the scenes still frame their places: degrade, do not fail.
			this.opts.onError?.(e as Error);
		}
		if (this.destroyed) return;
		this.ready = true;
		this.ensureData(this.map.getZoom());
		this.schedule();
	}

	/** Marker images drawn on a canvas (no sprite sheet to fetch). */
	private addDots(): void {
		const dot = (r: number, fill: string, stroke: string) => {
			const size = (r + 3) * 2;
			const c = document.createElement('canvas');
			c.width = c.height = size * 2;
			const ctx = c.getContext('2d');
			if (!ctx) return undefined;
			ctx.scale(2, 2);
			ctx.beginPath();
			ctx.arc(size / 2, size / 2, r, 0, Math.PI * 2);
			ctx.fillStyle = fill;
			ctx.fill();
			ctx.lineWidth = 2;
			ctx.strokeStyle = stroke;
			ctx.stroke();
			return ctx.getImageData(0, 0, size * 2, size * 2);
		};
		const plain = dot(4.5, '#33373d', '#ffffff');
		const focus = dot(7, '#b3261e', '#ffffff');
		if (plain && !this.map.hasImage('dot')) this.map.addImage('dot', plain, { pixelRatio: 2 });
		if (focus && !this.map.hasImage('dot-focus')) this.map.addImage('dot-focus', focus, { pixelRatio: 2 });
	}

	private async addStoryLayersToRemoteStyle(): Promise<void> {
		const own = buildStyle(this.opts.base, { lang: this.opts.lang });
		for (const [id, src] of Object.entries(own.sources)) {
			if (BASEMAP.some((b) => b.id === id) || this.map.getSource(id)) continue;
			this.map.addSource(id, src);
		}
		for (const layer of own.layers) {
			if (layer.type === 'background' || BASEMAP.some((b) => 'source' in layer && layer.source === b.id)) continue;
			if (!this.map.getLayer(layer.id)) this.map.addLayer(layer);
		}
	}

	/**
	 * Fetch the basemap files (and the provinces) a zoom needs, the first time it is needed: the
	 * first scene loads only its own land; the fine coast comes when a scene zooms in on it.
	 */
	private ensureData(zoom: number): void {
		if (!this.ready) return;
		const add = (id: string, source: Parameters<MlMap['addSource']>[1], layers: ReturnType<typeof basemapLayers>, before: string) => {
			this.added.add(id);
			this.map.addSource(id, source);
			for (const layer of layers) this.map.addLayer(layer, this.map.getLayer(before) ? before : 'areas-fill');
		};
		if (!this.remote) {
			for (const b of BASEMAP) {
				if (this.added.has(b.id) || !basemapNeeded(b, zoom)) continue;
				// Land below borders, both below the story's own layers.
				const firstBorder = BASEMAP.find((x) => x.kind === 'border' && this.added.has(x.id));
				const before = b.kind === 'land' && firstBorder ? `${firstBorder.id}-line` : 'areas-fill';
				add(b.id, basemapSource(this.opts.base, b.id), basemapLayers(b.id), before);
			}
		}
		if (!this.added.has('provinces') && zoom >= DETAIL_ZOOM - 1) {
			add('provinces', { type: 'geojson', data: dataUrl(this.opts.base, 'provinces') }, areaLayers('provinces'), 'areas-fill');
			if (this.applied) {
				const filters = sceneFilters(this.applied);
				this.map.setFilter('provinces-fill', filters['provinces-fill']);
				this.map.setFilter('provinces-line', filters['provinces-line']);
			}
		}
	}

	/** Ask the map to show a state. Cheap to call on every scroll frame. */
	setState(state: MapState): void {
		this.pending = state;
		this.schedule();
	}

	private schedule(): void {
		if (this.frame || !this.ready || this.destroyed) return;
		this.frame = requestAnimationFrame(() => {
			this.frame = 0;
			this.apply();
		});
	}

	private apply(): void {
		const s = this.pending;
		if (!s) return;
		const prev = this.applied;
		this.applied = s;
		if (prev?.sceneId !== s.sceneId) {
			const filters = sceneFilters(s);
			for (const [layer, filter] of Object.entries(filters)) {
				if (this.map.getLayer(layer)) this.map.setFilter(layer, filter);
			}
			this.moveCamera(s);
		}
		const linesChanged =
			prev?.sceneId !== s.sceneId ||
			prev.lines.length !== s.lines.length ||
			s.lines.some((l, i) => prev.lines[i]?.fraction !== l.fraction || prev.lines[i]?.id !== l.id);
		if (linesChanged) this.drawLines(s);
	}

	private cameraFor(s: MapState) {
		const { bounds, maxZoom, bearing } = s.camera;
		return this.map.cameraForBounds(
			[
				[bounds[0], bounds[1]],
				[bounds[2], bounds[3]]
			],
			{ padding: this.opts.padding(), maxZoom, bearing }
		);
	}

	private moveCamera(s: MapState): void {
		const { pitch } = s.camera;
		this.cameraScene = s.sceneId;
		const cam = this.cameraFor(s);
		if (!cam) {
			this.arrived(s.sceneId);
			return;
		}
		this.ensureData(cam.zoom ?? 0);
		const target = { ...cam, pitch };
		const data: MoveData = { storyScene: s.sceneId };
		const here = this.map.getCenter();
		const to = maplibregl.LngLat.convert(cam.center ?? here);
		const still = Math.abs(here.lng - to.lng) < 1e-6 && Math.abs(here.lat - to.lat) < 1e-6 && Math.abs(this.map.getZoom() - (cam.zoom ?? 0)) < 1e-6;
		const fly = this.opts.animate() && !still;
		// How the camera got there: `fly` or `jump` (reduced motion, or already in place). For tests.
		this.opts.container.dataset.mapMotion = fly ? 'fly' : 'jump';
		if (fly) {
			this.map.flyTo({ ...target, maxDuration: this.opts.maxFlightMs ?? 2200, essential: false }, data);
		} else {
			this.map.jumpTo(target, data);
		}
	}

	private drawLines(s: MapState): void {
		const drawn: Feature<LineString>[] = [];
		const heads: Feature<Point>[] = [];
		for (const l of s.lines) {
			const g = this.lines.get(l.id);
			if (!g) continue;
			const coords = sliceAt(g.coords, g.cum, l.fraction);
			if (coords.length < 2) continue;
			const props = { id: l.id, kind: g.kind, color: LINE_STYLES[g.kind]?.color ?? '#333' };
			drawn.push({ type: 'Feature', properties: props, geometry: { type: 'LineString', coordinates: coords } });
			if (l.fraction < 1) {
				heads.push({ type: 'Feature', properties: props, geometry: { type: 'Point', coordinates: coords[coords.length - 1] as Position } });
			}
		}
		(this.map.getSource('lines-drawn') as GeoJSONSource | undefined)?.setData({ type: 'FeatureCollection', features: drawn });
		(this.map.getSource('lines-head') as GeoJSONSource | undefined)?.setData({ type: 'FeatureCollection', features: heads });
	}

	private arrived(sceneId: string): void {
		this.opts.container.dataset.mapScene = sceneId;
		this.opts.onArrive?.(sceneId);
	}

	/** Re-frame the current scene (after a resize or a layout change). */
	refit(): void {
		if (!this.applied) return;
		this.map.resize();
		const s = this.applied;
		this.applied = undefined;
		this.pending = s;
		this.schedule();
	}

	destroy(): void {
		this.destroyed = true;
		clearTimeout(this.lostTimer);
		if (this.frame) cancelAnimationFrame(this.frame);
		this.map.remove();
	}
}

/** True when the browser can create a WebGL context (the map needs one). */
export function webglAvailable(): boolean {
	try {
		const c = document.createElement('canvas');
		return !!(c.getContext('webgl2') ?? c.getContext('webgl'));
	} catch {
		return false;
	}
}
