/**
 * Design tokens of the map: the one set of colours, widths, opacities and sizes that the live map's
 * layers, the static SVG maps and the legend all draw with, so the three cannot disagree. Colours
 * of the story's own line kinds are the story's settings (`lineKinds` in story.yaml), not tokens.
 */

export const COLORS = {
	water: '#d6e4ec',
	land: '#f4f1ea',
	border: '#a89f94',
	area: '#e9b949',
	areaLine: '#b7862a',
	place: '#33373d',
	focus: '#b3261e',
	halo: '#ffffff',
	/** Around the globe (the world scenes). */
	space: '#e6eaee',
	/** Fallback for a line kind a story forgot to style (the build rejects that; this is a guard). */
	line: '#333333'
} as const;

/** Highlighted countries and provinces. */
export const AREA = {
	fillOpacity: 0.35,
	lineWidth: 1.2,
	lineOpacity: 0.8
} as const;

export const BORDER = {
	width: 0.8,
	/** Dash in line widths (MapLibre's `line-dasharray` unit). */
	dash: [3, 2]
} as const;

/** Connection lines: width interpolated with zoom, from `min` at `fromZoom` to `max` at `toZoom`. */
export const LINE = {
	minWidth: 2.2,
	maxWidth: 3.5,
	fromZoom: 2,
	toZoom: 10
} as const;

/** Line width at a zoom, as the live map interpolates it. */
export function lineWidthAt(zoom: number): number {
	const t = Math.max(0, Math.min(1, (zoom - LINE.fromZoom) / (LINE.toZoom - LINE.fromZoom)));
	return LINE.minWidth + (LINE.maxWidth - LINE.minWidth) * t;
}

/** The moving end of a line being drawn. */
export const HEAD = { radius: 4.5, strokeWidth: 1.5 } as const;

/** Place markers and their labels. */
export const PLACE = {
	/** `labelOffsetEm`: MapLibre `text-radial-offset`, from the dot's centre to its label, in ems. */
	plain: { radius: 4.5, fontSize: 14, weight: 'normal', color: COLORS.place, labelOffsetEm: 0.9 },
	// A focus dot's own collision box is 22 px: at 0.9 em its label, with its padding, had no place.
	focus: { radius: 7, fontSize: 16, weight: 'bold', color: COLORS.focus, labelOffsetEm: 1.05 },
	dotStroke: 2,
	halo: 1.6,
	haloBlur: 0.3,
	/** MapLibre `text-max-width`, in ems. */
	labelMaxWidthEm: 12,
	labelPadding: 4
} as const;

// Without a `glyphs` URL MapLibre draws labels with the page's web fonts: the first name sets the
// weight ("Bold"), the list is used as a CSS font-family list, so "Noto Sans" must follow.
export const FONT_REGULAR = ['Noto Sans'];
export const FONT_BOLD = ['Noto Sans Bold', 'Noto Sans'];

/** Rivers and river-lakes (drawn on the land, under the story's layers). */
export const RIVER = {
	color: '#9cc3d8',
	/** Width by zoom: thin at the regional scale, a little wider close in. */
	minWidth: 0.6,
	maxWidth: 2.2,
	fromZoom: 6,
	toZoom: 12
} as const;

/**
 * Context labels (countries, seas, islands, reference cities, rivers): quieter than the story's
 * own places, which always win a collision.
 */
export const CONTEXT = {
	water: { color: '#3f6f8c', size: 13, spacing: 0.08 },
	country: { color: '#7a7166', size: 12, spacing: 0.12 },
	island: { color: '#6b6358', size: 12, spacing: 0.04 },
	city: { color: '#55595f', size: 12, spacing: 0, dot: 2.5 },
	river: { color: '#3f6f8c', size: 11, spacing: 0.04 },
	halo: 1.4
} as const;
