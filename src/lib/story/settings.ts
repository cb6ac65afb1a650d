/**
 * The settings a story gives the engine about its map: which basemap files it draws at which zooms,
 * and how each kind of connection looks. They live in the story's folder (story.yaml `settings:`),
 * never in the engine.
 */
import * as v from 'valibot';

/** `#rrggbb`. */
export const HexColor = v.pipe(v.string(), v.regex(/^#[0-9a-f]{6}$/i, 'must be a colour like "#1d4e89"'));

/** A file of the offline basemap (`<geodata>/basemap/<id>.geojson`) and the zooms it is drawn at. */
export const BasemapFile = v.strictObject({
	/** File stem in the geodata's `basemap/` folder (`land-50m` for `basemap/land-50m.geojson`). */
	id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a file stem like "land-50m"')),
	/** Land is filled; borders are drawn as dashed lines. */
	kind: v.picklist(['land', 'border']),
	/** Drawn from this zoom… */
	minzoom: v.pipe(v.number(), v.minValue(0), v.maxValue(24)),
	/** …up to (not including) this one. Give each land file a range so coarse and fine land never overlap. */
	maxzoom: v.pipe(v.number(), v.minValue(0), v.maxValue(24))
});
export type BasemapFile = v.InferOutput<typeof BasemapFile>;

/** How one kind of connection is drawn and named in the legend. */
export const LineKind = v.strictObject({
	color: HexColor,
	/** Dash pattern in line widths (MapLibre's `line-dasharray`); solid when absent. */
	dash: v.optional(v.pipe(v.array(v.pipe(v.number(), v.minValue(0))), v.minLength(2))),
	/** Legend text in the story's first edition; translations give their own. */
	label: v.pipe(v.string(), v.minLength(2))
});
export type LineKind = v.InferOutput<typeof LineKind>;

export interface MapSettings {
	basemap: readonly BasemapFile[];
	/** Zoom from which the provinces (drawn on the fine coast) are needed. */
	detailZoom: number;
	/** Connection kind → how it looks. */
	lineKinds: Record<string, LineKind>;
	/** Zoom from which rivers are drawn (derived from the rivers' own ranges at build). */
	riversFromZoom: number;
}
