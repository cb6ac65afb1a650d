/**
 * What a layer kind is. Each kind (basemap, areas, lines, places, …) is one module that owns its
 * sources, its MapLibre layer specs (maplibre's own `*LayerSpecification` types), how it applies a
 * scene state to the live map, its legend entries and how it draws itself into the static SVG map.
 * The registry (`./index.ts`) lists the kinds in drawing order; the controller only runs the map's
 * lifecycle and hands every kind the state.
 */
import type { LayerSpecification, Map as MlMap, SourceSpecification, VectorSourceSpecification } from 'maplibre-gl';
import type { Geometry, Position } from 'geojson';
import type { Dataset } from '../../data/dataset';
import type { MapSettings } from '../../story/settings';
import type { Pixels } from '../dots';
import type { MapState } from '../../story/state';
import type { ResolvedScene } from '../../story/types';
import type { Rect, SceneView } from '../../static-map/projection';
import type { Rect as ScreenRect } from '../padding';

export type { MapSettings };

/** What every kind's runtime knows about the page it draws on. */
export interface KindContext {
	/** Base path of the site (SvelteKit `base`), so data URLs work under a sub-path. */
	base: string;
	/** Language of the labels (`name`, `name_<lang>` in the geodata). */
	lang: string;
	settings: MapSettings;
}

/** The URL of a prerendered data file (`/data/<name>.json`). */
export function dataUrl(base: string, name: string): string {
	return `${base}/data/${name}.json`;
}

/**
 * A tile set cut at build (`/data/tiles/<id>/…`) as a MapLibre vector source, or undefined when the
 * build has no such set. Its tile URLs are absolute: MapLibre fetches tiles in its worker, which
 * would not resolve a path against the page.
 */
export function tileSource(base: string, settings: MapSettings, id: string): VectorSourceSpecification | undefined {
	const set = settings.tiles[id];
	if (!set) return undefined;
	const root = new URL(`${base}/data/tiles/`, globalThis.location?.href ?? 'http://localhost/').href;
	return { type: 'vector', tiles: [`${root}${id}/{z}/{x}/{y}.pbf`], minzoom: set.minzoom, maxzoom: set.maxzoom, bounds: set.bounds };
}

/** One entry of the legend. */
export interface LegendItem {
	/** Stable key: `line-<kind>`, `area`, `focus`, `place`; tests compare it with the map's layers. */
	key: string;
	symbol: 'line' | 'fill' | 'dot';
	color: string;
	dash?: number[];
	fillOpacity?: number;
	stroke?: string;
	radius?: number;
	/** Text of the entry: an interface string key (`ui:<key>`) or a story label in the edition's language. */
	label: string;
}

/** What a legend needs beyond the state: the kind of each connection, the labels of the edition. */
export interface LegendInfo {
	/** Connection id → its kind. */
	lineKinds: Record<string, string>;
	/** Connections whose path between stops is approximate (the legend says so). */
	approximate?: readonly string[];
	settings: MapSettings;
}

/** What the page says about the map's screen when the camera settles. */
export interface SettledView {
	/** What covers the map (the page's controls), in CSS pixels from its top left. */
	covers: ScreenRect[];
}

/** The live-map side of a kind, created once per map. */
export interface KindRuntime {
	/** Sources the style starts with. */
	sources(): Record<string, SourceSpecification>;
	/** Layers the style starts with, in drawing order. */
	layers(): LayerSpecification[];
	/**
	 * Layers above every kind's (invisible obstacles for label placement: MapLibre places the
	 * symbols of higher layers first, and lower ones keep clear of them).
	 */
	overlays?(): LayerSpecification[];
	/**
	 * The icons the kind's layers name, made when a layer first asks for one (MapLibre's missing
	 * image resolver): no layer ever draws before its icon exists.
	 */
	images?(): Record<string, { pixels: Pixels; pixelRatio: number }>;
	/** As the map starts (before its style): fetch what the kind needs (it must not throw; report and degrade). */
	load?(map: MlMap, report: (e: Error) => void): Promise<void>;
	/**
	 * Add what a zoom needs, the first time it is needed (`before`: the layer under which new layers
	 * go, so kinds keep their drawing order). Called on zoom and before every camera move.
	 */
	ensure?(map: MlMap, zoom: number, before: string | undefined, state: MapState | undefined): void;
	/** The camera starts to move (a scene's flight or jump, a reader's pan, a resize). */
	moving?(map: MlMap): void;
	/**
	 * The camera has settled (a move ended, the map went idle): what the map shows on screen is final
	 * until the next move. True when the kind changed the map for it (the map is not done yet).
	 */
	settled?(map: MlMap, view: SettledView): boolean;
	/** Make the map show this state (`prev`: the state applied before, for "same scene, do nothing"). */
	apply(map: MlMap, state: MapState, prev: MapState | undefined): void;
	/** The scene's places a reader can tap while exploring: where each is and its name in the edition. */
	places?(state: MapState): { id: string; at: [number, number]; name: string }[];
	/** Where the scene's subject lies ([lon, lat]): its focus places, or all its places when it names none. */
	subject?(state: MapState): [number, number][];
	/**
	 * The scene's labelled points ([lon, lat]) and how far (CSS pixels) each label can reach west
	 * and east of its point, wherever MapLibre puts it: room the camera keeps at the sides.
	 */
	labelReach?(state: MapState): { at: [number, number]; west: number; east: number }[];
	/** The kind's layers that draw story features, for reading back what the map shows. */
	renderedLayers(map: MlMap): string[];
	/** The legend key a rendered feature of one of those layers stands for. */
	legendKey(layerId: string): string | undefined;
}

/** What a kind draws the static map with. */
export interface SvgContext {
	scene: ResolvedScene;
	/** The state the live map shows at the end of the scene. */
	state: MapState;
	data: Dataset;
	lang: string;
	settings: MapSettings;
	view: SceneView;
	width: number;
	height: number;
	/** SVG path data of a geometry in the view (`''` when nothing of it is visible). */
	path(g: Geometry): string;
	/** Image coordinates of a position, or null when it cannot be projected. */
	project(p: Position): [number, number] | null;
	/** A document-unique id with this prefix (masks, clip paths). */
	uid(prefix: string): string;
	/** Elements of the document, in drawing order. */
	out: string[];
	/** Drawn lines in image coordinates (labels avoid them). */
	drawnLines: [number, number][][];
	/** Boxes labels must avoid (markers, the attribution). */
	obstacles: Rect[];
	/** Boxes of the labels placed so far (the story's places first; context labels keep off them). */
	labelBoxes: Rect[];
	/**
	 * Run `draw` after every kind has drawn (to place labels after those with priority), its
	 * elements going where `defer` was called in the drawing order.
	 */
	defer(draw: () => string[]): void;
}

export interface LayerKind {
	/** Registry key. */
	id: string;
	/** Part of the offline basemap: left out when a remote style draws the basemap. */
	basemap?: boolean;
	/** Where its entries come in the legend (lower first). */
	legendRank: number;
	create(ctx: KindContext): KindRuntime;
	legend(state: MapState, info: LegendInfo): LegendItem[];
	svg(ctx: SvgContext): void;
}
