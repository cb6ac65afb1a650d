/**
 * A story's settings (`settings:` in story.yaml): everything the engine needs to know that belongs
 * to one story and not to the engine. Its editions, chapters, kinds of connection and their look,
 * the timeline's range, the basemap files and their zooms, the locator's region, the credits and
 * the map's attribution. A second story is a second folder with its own settings; the engine names
 * no place, date or language of either.
 */
import type { TileSet } from '../data/tile-sets.ts';
import * as v from 'valibot';

const slug = (what: string) => v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, `must be a lower-case slug like "${what}"`));
const IsoDate = v.pipe(v.string(), v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD'));
const Zoom = v.pipe(v.number(), v.minValue(0), v.maxValue(24));

/** `#rrggbb`. */
export const HexColor = v.pipe(v.string(), v.regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like "#1d4e89"'));

/** One edition of the story: a language, served at `/` (the first) or `/<lang>/`. */
export const Edition = v.strictObject({
	/** Language code (`en`, `fr`, `ja`): the path of the edition, `lang` of its pages, `name_<lang>` in the geodata. */
	lang: v.pipe(v.string(), v.regex(/^[a-z]{2,3}$/, 'must be a two- or three-letter language code such as "en"')),
	/** The locale dates and numbers are written in (`en-GB`, `fr-FR`). */
	locale: v.pipe(v.string(), v.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a locale such as "en-GB"')),
	/** The language's own name, for the language switch (`Français`). */
	name: v.pipe(v.string(), v.minLength(2)),
	/**
	 * Font families this edition's script needs beyond Noto Sans (declared in
	 * src/lib/styles/fonts.css), preloaded on its pages and used for map labels.
	 */
	fonts: v.optional(v.array(v.string()))
});
export type Edition = v.InferOutput<typeof Edition>;

/** A file of the offline basemap (`<geodata>/basemap/<id>.geojson`) and the zooms it is drawn at. */
export const BasemapFile = v.strictObject({
	/** File stem in the geodata's `basemap/` folder (`land-50m` for `basemap/land-50m.geojson`). */
	id: slug('land-50m'),
	/** Land is filled; borders are drawn as dashed lines. */
	kind: v.picklist(['land', 'border']),
	/** Drawn from this zoom… */
	minzoom: Zoom,
	/** …up to (not including) this one. Give each land file a range so coarse and fine land never overlap. */
	maxzoom: Zoom
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

/** The timeline rail: a piecewise scale, so that crowded recent years can get room of their own. */
export const Timeline = v.strictObject({
	/** The rail's first date (ISO). */
	start: IsoDate,
	/** The rail's last date (ISO). */
	end: IsoDate,
	/** Optional break: the rail runs faster before it and slower after it. */
	break: v.optional(IsoDate),
	/** Share of the rail before the break (0..1). */
	breakAt: v.optional(v.pipe(v.number(), v.minValue(0.05), v.maxValue(0.95))),
	/** Dates (ISO) with a tick and its year. */
	ticks: v.array(IsoDate),
	/** Ticks that stay where the rail is narrow (the others are hidden there). Default: all. */
	major: v.optional(v.array(IsoDate)),
	/** The rail's accessible name ("Timeline, 1899 to 1901"). */
	label: v.pipe(v.string(), v.minLength(3))
});
export type Timeline = v.InferOutput<typeof Timeline>;

/** The locator inset: a small map of the story's region with a box for what the main map shows. */
export const Locator = v.strictObject({
	/** The region's west edge (longitude). */
	west: v.pipe(v.number(), v.minValue(-180), v.maxValue(360)),
	/** Its east edge (longitude; beyond 180 for a region across the antimeridian). */
	east: v.pipe(v.number(), v.minValue(-180), v.maxValue(360)),
	/** Its south edge (latitude). */
	south: v.pipe(v.number(), v.minValue(-85), v.maxValue(85)),
	/** Its north edge (latitude). */
	north: v.pipe(v.number(), v.minValue(-85), v.maxValue(85)),
	/** The inset appears when the map is zoomed in at least this far. */
	minZoom: Zoom,
	/** Its accessible name ("Where this view lies in East Asia"). */
	label: v.pipe(v.string(), v.minLength(3))
});
export type Locator = v.InferOutput<typeof Locator>;

/** Credits at the end of the story, besides the articles (listed from `articles`). */
export const Credits = v.strictObject({
	/** How the story was written from its sources. */
	text: v.pipe(v.string(), v.minLength(10)),
	/** Map data credits, keyed by a stable id (translations key theirs the same way). */
	mapData: v.record(slug('natural-earth'), v.pipe(v.string(), v.minLength(10))),
	/** A closing note (e.g. that the map makes no request to other servers). */
	note: v.optional(v.string())
});
export type Credits = v.InferOutput<typeof Credits>;

export const Settings = v.strictObject({
	/** Where the story's geodata lives, relative to the story folder. Default: `geodata` beside story.yaml. */
	geodata: v.optional(v.pipe(v.string(), v.minLength(1))),
	/** The editions, the story's own language first (served at `/`). */
	editions: v.pipe(v.array(Edition), v.minLength(1, 'needs at least one edition')),
	/** The line above the title ("Paris · February 1901"). */
	eyebrow: v.pipe(v.string(), v.minLength(2)),
	/** Chapter id → its label; every scene names one of these ids. */
	chapters: v.record(slug('opening'), v.pipe(v.string(), v.minLength(2))),
	/** Connection kind → how it looks; every connection names one of these kinds. */
	lineKinds: v.record(slug('by-sea'), LineKind),
	timeline: Timeline,
	/** The offline basemap: the files in the geodata's `basemap/` folder and the zooms they are drawn at. */
	basemap: v.strictObject({
		/** Zoom from which the provinces (a detailed file) are fetched. */
		detailZoom: Zoom,
		files: v.pipe(v.array(BasemapFile), v.minLength(1))
	}),
	locator: Locator,
	/** The map's attribution line (HTML: links allowed). */
	attribution: v.pipe(v.string(), v.minLength(3)),
	/** The static maps' short attribution. */
	staticAttribution: v.pipe(v.string(), v.minLength(3)),
	credits: Credits,
	/** Camera limit when a scene sets none. Default 11: close enough for a port, never street level. */
	maxZoom: v.optional(Zoom),
	/**
	 * Who publishes the story (the newsroom): the publisher and author of its structured data
	 * (JSON-LD). Without it the site's own host name (SITE_ORIGIN) stands for the publisher.
	 */
	publisher: v.optional(
		v.strictObject({
			name: v.pipe(v.string(), v.minLength(2)),
			url: v.optional(v.pipe(v.string(), v.url()))
		})
	)
});
export type Settings = v.InferOutput<typeof Settings>;

/** The settings' words in another edition (`settings:` in `i18n/<lang>.yaml`), keyed like the originals. */
export const SettingsTranslation = v.strictObject({
	eyebrow: v.pipe(v.string(), v.minLength(2)),
	chapters: v.record(slug('opening'), v.pipe(v.string(), v.minLength(2))),
	lineKinds: v.record(slug('by-sea'), v.pipe(v.string(), v.minLength(2))),
	timeline: v.strictObject({ label: v.pipe(v.string(), v.minLength(3)) }),
	locator: v.strictObject({ label: v.pipe(v.string(), v.minLength(3)) }),
	attribution: v.pipe(v.string(), v.minLength(3)),
	credits: v.strictObject({
		text: v.pipe(v.string(), v.minLength(10)),
		mapData: v.record(slug('natural-earth'), v.pipe(v.string(), v.minLength(10))),
		note: v.optional(v.string())
	})
});
export type SettingsTranslation = v.InferOutput<typeof SettingsTranslation>;

/** What the map needs of the settings (the browser gets these, not the whole story). */
export interface MapSettings {
	basemap: readonly BasemapFile[];
	/** Zoom from which the provinces (drawn on the fine coast) are needed. */
	detailZoom: number;
	/** Connection kind → how it looks. */
	lineKinds: Record<string, LineKind>;
	/** Zoom from which rivers are drawn (derived from the rivers' own ranges at build). */
	riversFromZoom: number;
	/**
	 * The vector tile sets cut at build (basemap files, `countries`, `provinces`), by id: their tile
	 * zooms and bounds (src/lib/data/tile-sets.ts).
	 */
	tiles: Record<string, TileSet>;
}
