/**
 * The embedded, offline style: every source is a file on the site's own origin, text is drawn from
 * the page's own web font (no `glyphs`), and every layer is typed with maplibre-gl's own spec types.
 * The legend and tests read the same definitions.
 */
import type {
	ExpressionSpecification,
	LayerSpecification,
	SourceSpecification,
	StyleSpecification
} from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { Lang } from '../story/schema';

export const COLORS = {
	water: '#d6e4ec',
	land: '#f4f1ea',
	border: '#a89f94',
	area: '#e9b949',
	areaLine: '#b7862a',
	place: '#33373d',
	focus: '#b3261e',
	halo: '#ffffff'
} as const;

/** Colour and dash per connection kind. */
export const LINE_STYLES: Record<string, { color: string; dash?: number[]; label: string }> = {
	tour: { color: '#b3261e', dash: [2, 1.5], label: 'Possible tour (not confirmed)' },
	visit: { color: '#1d4e89', label: 'Visit' },
	flight: { color: '#6a3d9a', dash: [3, 1.5], label: 'Flight' },
	relation: { color: '#17766b', label: 'Diplomatic ties' },
	military: { color: '#7a2e12', label: 'Wartime support or invasion' },
	train: { color: '#444a52', dash: [1, 1], label: 'By train' },
	road: { color: '#444a52', label: 'By road' }
};

/** Basemap land and border files, each with the zoom range it is drawn in (they never overlap). */
export const BASEMAP = [
	{ id: 'land-110m', kind: 'land', minzoom: 0, maxzoom: 3 },
	{ id: 'land-50m', kind: 'land', minzoom: 3, maxzoom: 7 },
	// Beyond the 50m box (a wide screen shows more than East Asia): coarse land, never overlapping.
	{ id: 'land-110m-outer', kind: 'land', minzoom: 3, maxzoom: 7 },
	{ id: 'land-50m-outer', kind: 'land', minzoom: 7, maxzoom: 24 },
	{ id: 'land-10m', kind: 'land', minzoom: 7, maxzoom: 24 },
	{ id: 'coast-fine', kind: 'land', minzoom: 7, maxzoom: 24 },
	{ id: 'borders-110m', kind: 'border', minzoom: 0, maxzoom: 3 },
	{ id: 'borders-50m', kind: 'border', minzoom: 3, maxzoom: 24 }
] as const;

/** Zoom from which the provinces (drawn on the fine coast) are needed. */
export const DETAIL_ZOOM = 7;

/**
 * Whether a basemap file is needed at a zoom: its range, widened a little so the data is there
 * before the camera crosses into it. Every file is fetched only when a camera first needs it.
 */
export function basemapNeeded(b: (typeof BASEMAP)[number], zoom: number): boolean {
	return zoom >= b.minzoom - 0.5 && zoom < b.maxzoom + 0.5;
}

// Without a `glyphs` URL MapLibre draws labels with the page's web fonts: the first name sets the
// weight ("Bold"), the list is used as a CSS font-family list, so "Noto Sans" must follow.
export const FONT_REGULAR = ['Noto Sans'];
export const FONT_BOLD = ['Noto Sans Bold', 'Noto Sans'];

export function dataUrl(base: string, name: string): string {
	return `${base}/data/${name}.json`;
}

const empty = (): FeatureCollection => ({ type: 'FeatureCollection', features: [] });

export function basemapSource(base: string, id: string): SourceSpecification {
	return { type: 'geojson', data: dataUrl(base, id), tolerance: 0.2 };
}

function idIn(ids: string[]): ExpressionSpecification {
	return ['in', ['get', 'id'], ['literal', ids]];
}

/** Filters that make the map show exactly one scene's places, areas and lines. */
export function sceneFilters(s: { places: string[]; focus: string[]; areas: string[] }) {
	const plain = s.places.filter((p) => !s.focus.includes(p));
	return {
		'areas-fill': idIn(s.areas),
		'areas-line': idIn(s.areas),
		'provinces-fill': idIn(s.areas),
		'provinces-line': idIn(s.areas),
		places: idIn(plain),
		'places-focus': idIn(s.focus)
	} satisfies Record<string, ExpressionSpecification>;
}

/**
 * The style the map starts with: story layers only. Basemap files and the provinces are added by
 * the controller when a camera needs them (see `basemapNeeded`), so the first scene fetches only
 * the land it shows.
 */
export function buildStyle(base: string, opts: { lang?: Lang }): StyleSpecification {
	const sources: Record<string, SourceSpecification> = {
		areas: { type: 'geojson', data: dataUrl(base, 'countries') },
		places: { type: 'geojson', data: dataUrl(base, 'places') },
		'lines-drawn': { type: 'geojson', data: empty() },
		'lines-head': { type: 'geojson', data: empty() }
	};
	const layers: LayerSpecification[] = [{ id: 'water', type: 'background', paint: { 'background-color': COLORS.water } }];
	layers.push(
		...areaLayers('areas'),
		...lineLayers(),
		{
			id: 'lines-head',
			type: 'circle',
			source: 'lines-head',
			paint: {
				'circle-radius': 4.5,
				'circle-color': ['get', 'color'],
				'circle-stroke-color': COLORS.halo,
				'circle-stroke-width': 1.5
			}
		},
		placeLayer('places', false, opts.lang ?? 'en'),
		placeLayer('places-focus', true, opts.lang ?? 'en')
	);
	return { version: 8, name: 'Hanoi 2019 (offline)', sources, layers };
}

/** Highlight layers for a source of areas (`areas`: countries; `provinces`, added close up). */
export function areaLayers(source: 'areas' | 'provinces'): LayerSpecification[] {
	return [
		{ id: `${source}-fill`, type: 'fill', source, filter: idIn([]), paint: { 'fill-color': COLORS.area, 'fill-opacity': 0.35 } },
		{ id: `${source}-line`, type: 'line', source, filter: idIn([]), paint: { 'line-color': COLORS.areaLine, 'line-width': 1.2, 'line-opacity': 0.8 } }
	];
}

/** The layers drawing one basemap file, within its zoom range. */
export function basemapLayers(id: string): LayerSpecification[] {
	const b = BASEMAP.find((x) => x.id === id);
	if (!b) throw new Error(`unknown basemap layer ${id}`);
	if (b.kind === 'land') {
		// Fill only: the land files are cut along shared edges (the fine box, the regional clip), and an
		// outline would draw those cuts as lines across the land.
		return [
			{
				id: `${id}-fill`,
				type: 'fill',
				source: id,
				minzoom: b.minzoom,
				maxzoom: b.maxzoom,
				paint: { 'fill-color': COLORS.land, 'fill-antialias': true, 'fill-outline-color': COLORS.land }
			}
		];
	}
	return [
		{
			id: `${id}-line`,
			type: 'line',
			source: id,
			minzoom: b.minzoom,
			maxzoom: b.maxzoom,
			paint: { 'line-color': COLORS.border, 'line-width': 0.8, 'line-dasharray': [3, 2] }
		}
	];
}

function lineLayers(): LayerSpecification[] {
	return Object.entries(LINE_STYLES).map(([kind, s]) => ({
		id: `lines-${kind}`,
		type: 'line',
		source: 'lines-drawn',
		filter: ['==', ['get', 'kind'], kind],
		layout: { 'line-cap': 'round', 'line-join': 'round' },
		paint: {
			'line-color': s.color,
			'line-width': ['interpolate', ['linear'], ['zoom'], 2, 2.2, 10, 3.5],
			...(s.dash ? { 'line-dasharray': s.dash } : {})
		}
	}));
}

/** The label in the reader's language, from the geodata's `name`, `name_vi`, `name_ko`. */
export function labelField(lang: Lang): ExpressionSpecification {
	return lang === 'en' ? ['get', 'name'] : ['coalesce', ['get', `name_${lang}`], ['get', 'name']];
}

function placeLayer(id: string, focus: boolean, lang: Lang): LayerSpecification {
	return {
		id,
		type: 'symbol',
		source: 'places',
		filter: idIn([]),
		layout: {
			'icon-image': focus ? 'dot-focus' : 'dot',
			'icon-allow-overlap': true,
			'icon-ignore-placement': false,
			'text-field': labelField(lang),
			'text-font': focus ? FONT_BOLD : FONT_REGULAR,
			'text-size': focus ? 16 : 14,
			'text-variable-anchor': ['left', 'right', 'top', 'bottom', 'top-left', 'top-right', 'bottom-left', 'bottom-right'],
			'text-radial-offset': 0.9,
			'text-justify': 'auto',
			'text-max-width': 12,
			'text-allow-overlap': false,
			'text-optional': true,
			'text-padding': 4
		},
		paint: {
			'text-color': focus ? COLORS.focus : COLORS.place,
			'text-halo-color': COLORS.halo,
			'text-halo-width': 1.6,
			'text-halo-blur': 0.3
		}
	};
}
