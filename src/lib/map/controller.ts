/**
 * The map controller: the only module that touches maplibre-gl, and it keeps the map's lifecycle
 * only: create it, wait for the style, hand every layer kind (`./layers`) the state once per
 * animation frame, move the camera, survive a lost WebGL context or a failing remote style. What a
 * kind draws, and how a state changes it, is the kind's own business. States are complete targets,
 * so the order and rate of calls never matter.
 */
import * as maplibregl from 'maplibre-gl';
import type { Map as MlMap, MapLibreEvent, ProjectionSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { MapState } from '../story/state';
import type { MapSettings } from '../story/settings';
import { KINDS } from './layers';
import type { KindRuntime } from './layers/types';
import { across, type Rect, type SceneLabels } from './padding';
import { buildStyle } from './style';

maplibregl.setWorkerUrl(workerUrl);

/** What the camera shows: for the locator inset and the camera helper. */
export interface MapView {
	bounds: [number, number, number, number];
	center: [number, number];
	zoom: number;
	bearing: number;
	pitch: number;
}

export interface ControllerOptions {
	container: HTMLElement;
	/** Base path of the site (SvelteKit `base`), so data URLs work under a sub-path. */
	base: string;
	/**
	 * Space the camera keeps free, e.g. where a text card covers the map. `labels`: the scene's
	 * labels, each where its point lies across the camera's box from west (0) to east (1) and how far
	 * (CSS pixels) it can reach west and east of its point.
	 */
	padding: (scene?: SceneLabels) => { top: number; right: number; bottom: number; left: number };
	/**
	 * What covers the map (the page's controls, legend, inset), as viewport rectangles
	 * (`getBoundingClientRect()`): no label is drawn under them. Read each time the camera settles.
	 */
	covers?: () => Rect[];
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
	onView?: (view: MapView) => void;
	/** Called when part of the map fails (a data file, a remote style); the map carries on. */
	onError?: (error: Error) => void;
	/** Called when the map cannot be drawn at all (its style failed); the page shows a static map. */
	onFatal?: (error: Error) => void;
	attribution: string;
	/** Fold the attribution to its ⓘ button (default: a map narrower than 640 px). */
	compactAttribution?: boolean;
	/** Language of the labels (`name`, `name_<lang>` in the geodata). */
	lang?: string;
	/** The story's map settings (basemap files by zoom, line kinds). */
	settings: MapSettings;
	/** Font families for scripts MapLibre draws locally (CJK), e.g. the site's own Hangul face. */
	localFonts?: string[];
	/**
	 * While exploring, the scene's places answer a tap, a click or a key: their name and the scenes
	 * that mention them (`mentionedIn` heads that list), each a link that `onPickScene` follows.
	 */
	places?: {
		scenes: (placeId: string) => { id: string; title: string }[];
		onPickScene: (sceneId: string) => void;
		mentionedIn: string;
	};
}

type MoveData = { storyScene?: string };

const HANDLERS = ['dragPan', 'scrollZoom', 'boxZoom', 'dragRotate', 'keyboard', 'doubleClickZoom', 'touchZoomRotate'] as const;

/** The most device pixels per CSS pixel the map draws (see the map's options in create()). */
export const MAX_PIXEL_RATIO = 2;
const pixelRatio = () => Math.min(globalThis.devicePixelRatio || 1, MAX_PIXEL_RATIO);

/** How long a lost WebGL context may stay lost before the map is rebuilt from scratch. */
export const CONTEXT_RESTORE_MS = 1000;

export class MapController {
	map!: MlMap;
	/** Every layer kind's runtime for the current map, in drawing order. */
	private kinds: { id: string; basemap: boolean; runtime: KindRuntime; layerIds: string[] }[] = [];
	private ready = false;
	private pending: MapState | undefined;
	private applied: MapState | undefined;
	private cameraScene: string | undefined;
	/** The scene whose first camera step was marked, and how the camera goes to the scene now. */
	private stepped: string | undefined;
	private motion: 'fly' | 'jump' | 'still' = 'jump';
	private frame = 0;
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
		this.projectionKey = '';
		this.kinds = this.createKinds();
		this.map = new maplibregl.Map({
			container: opts.container,
			// The built-in style is given below, once the start scene's projection is known.
			style: this.remote,
			center: [110, 25],
			zoom: 2,
			// Handlers exist but stay off while reading: the page, not the map, owns the finger.
			interactive: true,
			// Compact (an ⓘ button that opens) on narrow screens, always spelled out on wide ones.
			// Added below, so that a change of layout can fold or spell it out (setAttributionCompact).
			attributionControl: false,
			renderWorldCopies: true,
			// Labels fade in and out over 150 ms; without motion (reduced motion, a fast kiosk loop)
			// they appear at once, and the map draws two or three fewer frames per scene.
			fadeDuration: opts.animate() ? 150 : 0,
			// Drawn at no more than twice the CSS pixels: a 3× phone screen fills 2.25 times the
			// pixels of a 2× one on every frame of a flight, for lines and text a reader can hardly
			// tell apart.
			pixelRatio: pixelRatio(),
			// CJK labels are drawn locally: with the edition's own font where it names one.
			localIdeographFontFamily: [...(opts.localFonts ?? []).map((f) => `'${f}'`), 'sans-serif'].join(', ')
		});
		this.setHandlers(this.exploring);
		const map = this.map;
		this.attrib = undefined;
		this.setAttributionCompact(opts.compactAttribution ?? opts.container.clientWidth < 640);
		const images = new Map(this.kinds.flatMap((k) => Object.entries(k.runtime.images?.() ?? {})));
		map.setMissingStyleImageResolver((id) => {
			const img = images.get(id);
			if (img && !map.hasImage(id)) map.addImage(id, img.pixels, { pixelRatio: img.pixelRatio });
		});
		// The kinds' data (the places' names, the lines) is fetched at once, beside the map's start:
		// the camera keeps room for the start scene's labels, so it frames that scene only with them.
		const loading = this.loadKinds(map);
		if (this.remote) {
			// A remote style draws the basemap at once; the camera starts at the scene, framed again on arrival.
			const start = this.pending ?? opts.initial;
			const cam = start && this.cameraFor(start);
			if (cam) map.jumpTo(cam);
		} else {
			void loading.then(() => {
				if (this.map !== map || this.destroyed) return;
				this.startAt(map, this.pending ?? opts.initial);
			});
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
		map.on('resize', () => {
			// A window moved to a screen of another density: follow it (up to the cap).
			if (map.getPixelRatio() !== pixelRatio()) map.setPixelRatio(pixelRatio());
			this.updateFocusHook();
		});
		map.on('movestart', () => {
			for (const k of this.activeKinds()) k.runtime.moving?.(map);
		});
		map.on('moveend', (e: MapLibreEvent & MoveData) => {
			this.updateFocusHook();
			// Kinds that lay out against the view (the frame) wait for the next drawn frame: a new
			// projection is in effect only then, and the page has drawn what the arrival changed around
			// the map (the locator appears when the camera is in close). Laid at once, they had to be laid
			// again at the first idle, a second round of placement for most scenes. Idle checks anyway.
			map.once('render', () => requestAnimationFrame(() => this.map === map && this.settled()));
			if (e.storyScene && e.storyScene === this.cameraScene) this.arrived(e.storyScene);
			this.opts.onView?.(this.view());
		});
		// The camera's first step towards a scene, as a User Timing mark (`npm run bench` observes it and
		// times it from the scene change): detail `{ scene, motion }`, motion `fly`, `jump` or `still`.
		map.on('move', (e: MapLibreEvent & MoveData) => {
			if (!e.storyScene || e.storyScene === this.stepped) return;
			this.stepped = e.storyScene;
			// One at a time (a kiosk runs for days): an observer sees each as it comes.
			performance.clearMarks('map-move');
			performance.mark('map-move', { detail: { scene: e.storyScene, motion: this.motion } });
		});
		map.on('zoom', () => this.ensureData(map.getZoom()));
		// Tests and screenshots wait for this: the scene's camera has arrived and every tile is drawn.
		map.on('idle', () => {
			// A kind that lays out against the view (the frame) and changed the map is not done yet.
			if (this.settled()) return;
			const arrived = this.opts.container.dataset.mapScene;
			if (arrived && arrived === this.cameraScene) {
				this.opts.container.dataset.mapLayers = this.visibleKinds().join(' ');
				this.opts.container.dataset.mapRendered = arrived;
			}
		});
		// The scene applies as soon as its style can take it: at \`load\` (after the map's first
		// complete frame, drawn without the scene's data) every source was filled and every tile
		// cut and drawn a second time, seconds of a phone's first screen in software GL.
		map.once('style.load', () => void this.onLoad());
		map.on('load', () => this.foldAttribution());
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

	/** Fetch what the kinds need (never throws: a kind reports and degrades); `onLoad` waits for it. */
	private loadKinds(map: maplibregl.Map): Promise<unknown> {
		const report = (e: Error) => this.opts.onError?.(e);
		this.loading = Promise.all(this.activeKinds().map((k) => k.runtime.load?.(map, report)));
		return this.loading;
	}
	private loading: Promise<unknown> = Promise.resolve();

	/**
	 * The built-in style, given once the kinds' data is in, with the camera at the start scene as
	 * its arrival frames it (room for its labels included) and in its projection: the first frame
	 * is the scene, and the arrival has nothing left to move. A map that started elsewhere flew to
	 * the scene on a deep link, and one that started in Mercator and turned to the globe compiled its
	 * GPU programs twice (in software GL, seconds of a deep link's first screen).
	 */
	private startAt(map: maplibregl.Map, start: MapState | undefined): void {
		const cam = start && this.cameraFor(start);
		if (cam) map.jumpTo(cam);
		const projection = start && cam?.zoom !== undefined ? this.projectionFor(start.camera.projection, cam.zoom, cam.zoom) : undefined;
		if (start && projection) {
			this.projectionKey = projection.key;
			// The globe frames a box otherwise than Mercator does (the map framed it in Mercator above,
			// having no projection yet): framed again once the style's globe is in effect, before the
			// first frame is drawn. At that zoom or below the projection is the globe throughout.
			if (start.camera.projection === 'globe') {
				map.once('style.load', () => {
					const again = this.map === map && this.cameraFor(start);
					if (!again) return;
					map.jumpTo(again);
					// And the globe held to that zoom, as the arrival will ask (it then has nothing to change).
					if (again.zoom !== undefined) this.setProjection('globe', again.zoom, again.zoom);
				});
			}
		}
		map.setStyle({ ...this.ownStyle(), ...(projection ? { projection: projection.spec } : {}) });
	}

	/** A fresh runtime of every layer kind (a rebuilt map starts from nothing). */
	private createKinds() {
		const ctx = { base: this.opts.base, lang: this.opts.lang ?? 'en', settings: this.opts.settings };
		return KINDS.map((k) => {
			const runtime = k.create(ctx);
			return { id: k.id, basemap: !!k.basemap, runtime, layerIds: runtime.layers().map((l) => l.id) };
		});
	}

	/** The built-in style; with a remote style, only the story's own kinds (it draws the basemap). */
	private ownStyle(withBasemap = true) {
		return buildStyle(this.kinds.filter((k) => withBasemap || !k.basemap).map((k) => k.runtime), this.opts.localFonts);
	}

	/**
	 * A remote style that is down or is not a style: draw the built-in offline basemap instead. If
	 * the built-in style fails, the page falls back to its static maps.
	 */
	private styleFailed(error: Error): void {
		if (this.remote) {
			this.opts.onError?.(new Error(`the remote map style failed (${error.message}); drawing the built-in basemap`));
			this.remote = undefined;
			this.kinds = this.createKinds();
			this.loadKinds(this.map);
			this.map.setStyle(this.ownStyle(), { diff: false });
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
		this.showPlaces();
		if (!on && this.applied) {
			const s = this.applied;
			this.applied = undefined;
			this.pending = s;
			this.schedule();
		}
	}

	private placeMarkers: maplibregl.Marker[] = [];
	private placePopup: maplibregl.Popup | undefined;

	/**
	 * While exploring, a button over each of the scene's places (a MapLibre marker, so it follows
	 * the map and takes the keyboard focus in turn): it opens a popup with the place's name in the
	 * edition and links to the scenes that mention it. Gone when the story takes the map back.
	 */
	private showPlaces(): void {
		for (const m of this.placeMarkers) m.remove();
		this.placeMarkers = [];
		this.placePopup?.remove();
		this.placePopup = undefined;
		const s = this.applied ?? this.pending;
		const opts = this.opts.places;
		if (!this.exploring || !s || !opts) return;
		for (const { runtime } of this.kinds) {
			for (const p of runtime.places?.(s) ?? []) {
				const b = document.createElement('button');
				b.type = 'button';
				b.className = 'story-place';
				b.dataset.place = p.id;
				b.setAttribute('aria-label', p.name);
				b.addEventListener('click', (e) => {
					e.stopPropagation();
					this.openPlace(p, opts, b);
				});
				this.placeMarkers.push(new maplibregl.Marker({ element: b }).setLngLat(p.at).addTo(this.map));
			}
		}
	}

	private openPlace(p: { id: string; at: [number, number]; name: string }, opts: NonNullable<ControllerOptions['places']>, button: HTMLElement): void {
		this.placePopup?.remove();
		const root = document.createElement('div');
		root.dataset.placePopup = p.id;
		const name = document.createElement('p');
		name.className = 'story-place-name';
		name.textContent = p.name;
		root.append(name);
		const scenes = opts.scenes(p.id);
		if (scenes.length > 0) {
			const label = document.createElement('p');
			label.className = 'story-place-label';
			label.textContent = opts.mentionedIn;
			const list = document.createElement('ul');
			for (const sc of scenes) {
				const li = document.createElement('li');
				const a = document.createElement('a');
				a.href = `#${sc.id}`;
				a.textContent = sc.title;
				a.dataset.placeScene = sc.id;
				a.addEventListener('click', (e) => {
					e.preventDefault();
					opts.onPickScene(sc.id);
				});
				li.append(a);
				list.append(li);
			}
			root.append(label, list);
		}
		this.placePopup = new maplibregl.Popup({ offset: 14, maxWidth: '16rem', focusAfterOpen: true })
			.setLngLat(p.at)
			.setDOMContent(root)
			.addTo(this.map);
		// Escape closes it and gives the focus back to the place.
		this.placePopup.getElement().addEventListener('keydown', (e) => {
			if (e.key !== 'Escape') return;
			e.stopPropagation();
			this.placePopup?.remove();
			this.placePopup = undefined;
			button.focus();
		});
	}

	/**
	 * What the map draws right now, in the legend's terms (`line-visit`, `area`, `focus`, `place`):
	 * read back from the rendered features, so a test can hold the legend to it.
	 */
	visibleKinds(): string[] {
		const owner = new Map<string, KindRuntime>();
		for (const { runtime } of this.kinds) for (const l of runtime.renderedLayers(this.map)) owner.set(l, runtime);
		const kinds = new Set<string>();
		// The view in nine parts: on a globe whose view's corners are off the globe, one query of the
		// whole view can miss what is drawn (a world arc at zoom below 0).
		const { clientWidth: w, clientHeight: h } = this.map.getContainer();
		const layers = [...owner.keys()];
		for (let i = 0; i < 3; i++) {
			for (let j = 0; j < 3; j++) {
				const box: [[number, number], [number, number]] = [
					[(i * w) / 3, (j * h) / 3],
					[((i + 1) * w) / 3, ((j + 1) * h) / 3]
				];
				for (const f of this.map.queryRenderedFeatures(box, { layers })) {
					const key = owner.get(f.layer.id)?.legendKey(f.layer.id);
					if (key) kinds.add(key);
				}
			}
		}
		return [...kinds].sort();
	}

	/** What the camera shows now (its centre: the middle of the free space, as story.yaml means it). */
	view(): MapView {
		const b = this.map.getBounds();
		const [dx, dy] = this.paddingOffset();
		const mid = this.map.project(this.map.getCenter());
		const c = this.map.unproject([mid.x + dx, mid.y + dy]);
		return {
			bounds: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()],
			center: [c.lng, c.lat],
			zoom: this.map.getZoom(),
			bearing: this.map.getBearing(),
			pitch: this.map.getPitch()
		};
	}

	private attrib: maplibregl.AttributionControl | undefined;
	private attribCompact = false;

	/**
	 * Fold the attribution to its ⓘ button (phone layouts, where it would sit under the legend) or
	 * spell it out (wide layouts): the page calls this when its layout changes.
	 */
	setAttributionCompact(compact: boolean): void {
		if (this.attrib && this.attribCompact === compact) return;
		if (this.attrib) this.map.removeControl(this.attrib);
		this.attribCompact = compact;
		this.attrib = new maplibregl.AttributionControl({ compact, customAttribution: this.opts.attribution });
		this.map.addControl(this.attrib, 'bottom-right');
		this.foldAttribution();
	}

	/** A compact attribution starts open, over the map: it opens on a tap instead. */
	private foldAttribution(): void {
		const attrib = this.opts.container.querySelector('.maplibregl-ctrl-attrib.maplibregl-compact-show');
		attrib?.classList.remove('maplibregl-compact-show');
		attrib?.removeAttribute('open');
	}

	private async onLoad(): Promise<void> {
		if (this.remote) this.addStoryLayersToRemoteStyle();
		const map = this.map;
		await this.loading;
		if (this.destroyed || this.map !== map) return;
		this.ready = true;
		this.ensureData(this.map.getZoom());
		this.schedule();
	}

	/** The camera is at rest: the kinds that lay out against the view (the frame) do so now; true if one changed the map. */
	private settled(): boolean {
		if (this.destroyed || this.map.isMoving()) return false;
		let changed = false;
		const at = this.opts.container.getBoundingClientRect();
		const covers = (this.opts.covers?.() ?? []).map((r) => ({ left: r.left - at.left, top: r.top - at.top, right: r.right - at.left, bottom: r.bottom - at.top }));
		for (const k of this.activeKinds()) changed = (k.runtime.settled?.(this.map, { covers }) ?? false) || changed;
		return changed;
	}

	/** The kinds drawing on this map: all of them, or without the basemap under a remote style. */
	private activeKinds() {
		return this.remote ? this.kinds.filter((k) => !k.basemap) : this.kinds;
	}

	private addStoryLayersToRemoteStyle(): void {
		const own = this.ownStyle(false);
		for (const [id, src] of Object.entries(own.sources)) if (!this.map.getSource(id)) this.map.addSource(id, src);
		for (const layer of own.layers) if (!this.map.getLayer(layer.id)) this.map.addLayer(layer);
	}

	/**
	 * Let every kind add what a zoom needs, the first time it is needed: the first scene loads only
	 * its own land; the fine coast comes when a scene zooms in. New layers go under the next kind's.
	 */
	private ensureData(zoom: number): void {
		if (!this.ready) return;
		const kinds = this.activeKinds();
		kinds.forEach((k, i) => {
			if (!k.runtime.ensure) return;
			const before = kinds
				.slice(i + 1)
				.flatMap((n) => n.layerIds)
				.find((id) => this.map.getLayer(id));
			k.runtime.ensure(this.map, zoom, before, this.applied);
		});
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
		for (const k of this.activeKinds()) k.runtime.apply(this.map, s, prev);
		if (this.exploring && prev?.sceneId !== s.sceneId) this.showPlaces();
		if (prev?.sceneId !== s.sceneId) this.moveCamera(s);
	}

	/** The space the camera keeps free for a scene (default: the one it shows), with room for its labels. */
	private padding(s: MapState | undefined = this.applied ?? this.pending) {
		if (!s) return this.opts.padding();
		const [w, , e] = s.camera.bounds;
		const labels = this.kinds.flatMap((k) => k.runtime.labelReach?.(s) ?? []).map(({ at, west, east }) => ({ x: across(at[0], w, e), west, east }));
		const pad = this.opts.padding({ labels });
		if (s.camera.projection !== 'globe') return pad;
		// MapLibre's globe frames a box with uneven side padding off centre (it shifts the centre as
		// Mercator would): the same room on both sides there.
		const side = Math.max(pad.left, pad.right);
		return { ...pad, left: side, right: side };
	}

	/** Where the middle of the space the camera keeps free lies, in pixels from the map's centre. */
	private paddingOffset(): [number, number] {
		const p = this.padding();
		return [(p.left - p.right) / 2, (p.top - p.bottom) / 2];
	}

	private cameraFor(s: MapState) {
		const { bounds, maxZoom, bearing } = s.camera;
		// An explicit camera (`center` and `zoom` in story.yaml): its centre goes to the middle of the
		// free space, as a framed camera's subject does.
		if (s.camera.center && s.camera.zoom !== undefined) {
			const [dx, dy] = this.paddingOffset();
			const at = this.map.project(s.camera.center);
			// The map's centre that puts `center` at that offset, at the target zoom.
			const scale = 2 ** (s.camera.zoom - this.map.getZoom());
			const c = this.map.getCenter();
			const here = this.map.project(c);
			const shifted = this.map.unproject([here.x + (at.x - here.x) - dx / scale, here.y + (at.y - here.y) - dy / scale]);
			return { center: shifted, zoom: s.camera.zoom, bearing };
		}
		return this.map.cameraForBounds(
			[
				[bounds[0], bounds[1]],
				[bounds[2], bounds[3]]
			],
			{ padding: this.padding(s), maxZoom, bearing }
		);
	}

	/**
	 * A globe for the scenes that span oceans, Mercator closer in, and a smooth way between the two:
	 * the projection is one zoom-driven expression (MapLibre's globe morphs into Mercator as the
	 * camera zooms in), set before each move so that the flight's own zoom carries the morph and the
	 * camera arrives in the scene's projection exactly. `zt`: the target zoom; `zc`: the current one.
	 */
	private setProjection(target: 'globe' | 'mercator', zt: number, zc: number): void {
		const { key, spec } = this.projectionFor(target, zt, zc);
		if (key === this.projectionKey) return;
		this.projectionKey = key;
		this.map.setProjection(spec);
	}

	private projectionFor(target: 'globe' | 'mercator', zt: number, zc: number): { key: string; spec: ProjectionSpecification } {
		// Fully the globe at or below `lo`, fully Mercator at or above `hi`.
		const [lo, hi] = target === 'globe' ? [zt, Math.max(zc, zt + 0.5)] : [Math.min(zc, zt - 0.5), zt];
		return { key: `${lo.toFixed(3)}:${hi.toFixed(3)}`, spec: { type: ['interpolate', ['linear'], ['zoom'], lo, 'vertical-perspective', hi, 'mercator'] } };
	}
	private projectionKey = '';

	private moveCamera(s: MapState): void {
		const { pitch } = s.camera;
		this.cameraScene = s.sceneId;
		// Leaving a drawn scene for another: until the camera is there and its tiles are in, the map
		// has not drawn the scene it is on its way to (the kiosk waits on this to take a new build).
		if (this.opts.container.dataset.mapRendered !== s.sceneId) delete this.opts.container.dataset.mapRendered;
		const first = this.cameraFor(s);
		// The start scene's arrival keeps the projection the style was given with (same camera, same key).
		if (first?.zoom !== undefined && this.styleLoaded) {
			this.setProjection(s.camera.projection, first.zoom, this.map.getZoom());
		}
		// Framed again in the projection the camera arrives in.
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
		this.motion = fly ? 'fly' : still ? 'still' : 'jump';
		this.stepped = undefined;
		if (fly) {
			this.map.flyTo({ ...target, maxDuration: this.opts.maxFlightMs ?? 2200, essential: false }, data);
		} else {
			this.map.jumpTo(target, data);
		}
	}

	/**
	 * `data-map-focus`: where the scene's subject is drawn, as JSON `[[x, y], …]` in CSS pixels from
	 * the map container's top left corner (its focus places, or all its places when it names none):
	 * add the container's `getBoundingClientRect()` for the screen. After every camera move and every
	 * resize; tests and hosts read it.
	 */
	private updateFocusHook(): void {
		const s = this.applied;
		if (!s || this.destroyed) return;
		const points = this.kinds.flatMap((k) => k.runtime.subject?.(s) ?? []);
		const xy = points.map((p) => {
			const q = this.map.project(p);
			return [Math.round(q.x), Math.round(q.y)];
		});
		this.opts.container.dataset.mapFocus = JSON.stringify(xy);
	}

	private arrived(sceneId: string): void {
		this.updateFocusHook();
		// `globe` or `mercator`: the projection the scene is shown in (for tests and hosts).
		const applied = this.applied ?? this.pending;
		if (applied?.sceneId === sceneId) this.opts.container.dataset.mapProjection = applied.camera.projection;
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

