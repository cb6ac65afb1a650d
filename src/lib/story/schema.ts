/**
 * The story's schema: one definition that is both the build-time check and the TypeScript types.
 *
 * A story is a folder (`src/lib/story/folder.ts`): `story.yaml` (this schema's `Story`, with the
 * story's `settings` from `./settings.ts`), `i18n/<lang>.yaml` (`StoryTranslation`) and its geodata:
 * places in `places.geojson`, routes and arcs (as lists of place ids, turned into lines by turf at
 * build time) in `connections.json`. Every field below carries a doc comment: this file and
 * settings.ts are the option table for newsroom editors (README's table is generated from them).
 */
import * as v from 'valibot';
import { Settings, SettingsTranslation } from './settings.ts';

/** Lower-case slug: letters, digits and single hyphens (`old-town`, `visit-1899`). */
export const Slug = v.pipe(
	v.string(),
	v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug like "old-town"')
);

/** A calendar date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, checked to be a real day. */
export const IsoDate = v.pipe(
	v.string(),
	v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD'),
	v.check((s) => isRealDate(s), 'is not a real calendar date')
);

export function isRealDate(s: string): boolean {
	const [y, m = 1, d = 1] = s.split('-').map(Number);
	if (y === undefined || !Number.isInteger(y) || m < 1 || m > 12) return false;
	const dt = new Date(Date.UTC(y, m - 1, d));
	return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/** A day: `YYYY-MM-DD`, checked to be a real day. */
export const DayDate = v.pipe(
	v.string(),
	v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a day: YYYY-MM-DD'),
	v.check((s) => isRealDate(s), 'is not a real calendar date')
);

/** A language tag (BCP 47, e.g. `en`, `fr`, `ja`): the language a source's title is written in. */
export const LangTag = v.pipe(
	v.string(),
	v.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as "en" or "fr"')
);

/** Where a fact comes from: one of the two source articles, or a named public source outside them. */
export const Source = v.union([
	v.strictObject({
		/** Key of an entry in the story's `articles` table. */
		article: Slug
	}),
	v.strictObject({
		/** Title of the outside source (a news report, an encyclopaedia entry, a dataset), as published. */
		name: v.pipe(v.string(), v.minLength(3)),
		/** Who published it (a proper name: it is shown as written in every edition). */
		publisher: v.pipe(v.string(), v.minLength(2)),
		/**
		 * The outlet that carried the publisher's report, when it was read there (Kyodo News via NNA).
		 * Each edition words the "via" itself.
		 */
		via: v.optional(v.pipe(v.string(), v.minLength(2))),
		/**
		 * The language the title (and the publisher's name as given) is written in. Default `en`. The
		 * page marks the title with it (`lang="en"`), so a title stays in its own language in every
		 * edition and screen readers read it as such.
		 */
		lang: v.optional(LangTag),
		/** When it was published (ISO). Each edition writes it in its own language, at build time. */
		date: v.optional(IsoDate),
		/** Where to read it. Shown as text; never fetched. */
		url: v.optional(v.pipe(v.string(), v.url()))
	})
]);
export type Source = v.InferOutput<typeof Source>;

/** A short quotation, always attributed. */
export const Quote = v.strictObject({
	/** The quoted words, without quotation marks (the page adds them). Keep it brief. */
	text: v.pipe(v.string(), v.minLength(3), v.maxLength(300)),
	/** Who said it. */
	speaker: v.pipe(v.string(), v.minLength(2)),
	/** What the speaker is or was, e.g. "former Vietnamese diplomat". */
	role: v.optional(v.string()),
	/** The publication that reported the words. */
	publication: v.pipe(v.string(), v.minLength(2))
});
export type Quote = v.InferOutput<typeof Quote>;

/** A point along a line: a fraction of its length, or a place id on the line. */
export const DrawPoint = v.union([v.pipe(v.number(), v.minValue(0), v.maxValue(1)), Slug]);

/** A connection drawn in a scene, optionally drawn progressively as the reader scrolls. */
export const SceneLine = v.union([
	/** Shorthand: the connection's id, drawn whole. */
	Slug,
	v.strictObject({
		/** Id of a connection in `geodata/connections.json`. */
		id: Slug,
		/**
		 * How much of the line is drawn when the scene starts: a fraction 0..1 of its length, or the id
		 * of a place on it (drawn up to that stop). Default: the whole line.
		 */
		from: v.optional(DrawPoint),
		/** How much is drawn when the reader reaches the end of the scene (same forms). Default: whole. */
		to: v.optional(DrawPoint)
	})
]);
export type SceneLine = v.InferOutput<typeof SceneLine>;

/** A [longitude, latitude] position. */
export const LonLat = v.tuple([v.pipe(v.number(), v.minValue(-180), v.maxValue(360)), v.pipe(v.number(), v.minValue(-85), v.maxValue(85))]);

/**
 * What the camera should do. By default it frames every place and line of the scene; `center` and
 * `zoom` set it exactly instead (the `?camera` helper writes them for you).
 */
export const CameraIntent = v.strictObject({
	/** An explicit camera: its centre, [lon, lat]. Give `zoom` with it; `fit` is then ignored. */
	center: v.optional(LonLat),
	/** An explicit camera's zoom. */
	zoom: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(20))),
	/**
	 * `globe` or `mercator`. Default: a globe for a scene that spans more than 4,000 km (an ocean, a
	 * continent), where a flat map would stretch or cut the view; Mercator closer in.
	 */
	projection: v.optional(v.picklist(['globe', 'mercator'])),
	/** Ids (places, areas or connections) to frame. Default: the scene's places and lines. */
	fit: v.optional(v.array(Slug)),
	/** Never zoom in further than this when framing (keeps a single place in context). */
	maxZoom: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(16))),
	/** Map rotation in degrees. Default 0 (north up). */
	bearing: v.optional(v.pipe(v.number(), v.minValue(-180), v.maxValue(180))),
	/** Map tilt in degrees. Default 0. */
	pitch: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(60))),
	/** Override for small screens (narrower than 600 px): what to frame and how close. */
	small: v.optional(
		v.strictObject({
			/** What to frame on a small screen (ids). */
			fit: v.optional(v.array(Slug)),
			/** How close a small screen may zoom. */
			maxZoom: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(16)))
		})
	)
});
export type CameraIntent = v.InferOutput<typeof CameraIntent>;

/** What the map shows in a scene: a complete target state, never a change from the previous one. */
export const SceneMap = v.strictObject({
	/** Places shown with a marker and a label (ids from `geodata/places.geojson`). */
	places: v.array(Slug),
	/** Places among `places` that are emphasised (larger marker, bold label). Default: none. */
	focus: v.optional(v.array(Slug)),
	/** Countries or provinces filled as highlighted (ids from `countries.geojson`, `provinces.geojson`). */
	areas: v.optional(v.array(Slug)),
	/** Routes and arcs shown (ids from `geodata/connections.json`). */
	lines: v.optional(v.array(SceneLine)),
	/** Camera intent. */
	camera: v.optional(CameraIntent)
});
export type SceneMap = v.InferOutput<typeof SceneMap>;

/** A small chart inside a scene, for numbers better seen than read. */
export const Chart = v.union([
	v.strictObject({
		/** Great-circle distances from one place to others, computed with turf from the geodata. */
		type: v.literal('distance'),
		from: Slug,
		to: v.pipe(v.array(Slug), v.minLength(1)),
		/** Chart title in English; translations give their own. */
		title: v.string()
	}),
	v.strictObject({
		/** Bars of figures given by the articles or a named public source. */
		type: v.literal('bars'),
		title: v.string(),
		/** Unit shown after each value, e.g. "US$" prefix or "%" suffix. */
		unit: v.picklist(['usd', 'percent']),
		/** The bars, in the order drawn. */
		bars: v.pipe(
			v.array(
				v.strictObject({
					/** Stable id of the bar: translations key their label and note by it. */
					id: Slug,
					/** The bar's label. */
					label: v.string(),
					/** Its figure (the page writes it in the edition's way, at build). */
					value: v.number(),
					/** A caveat shown under the chart, e.g. that a figure is derived rather than reported. */
					note: v.optional(v.string())
				})
			),
			v.minLength(1)
		),
		/** Where the figures come from. */
		source: v.string()
	})
]);
export type Chart = v.InferOutput<typeof Chart>;

/** A dated event on the timeline that has no scene of its own. */
export const TimelineEvent = v.strictObject({
	/** Stable id: translations key the event's label by it. */
	id: Slug,
	/** When it happened (ISO). */
	date: IsoDate,
	/** What happened, in a few words. */
	label: v.pipe(v.string(), v.minLength(3)),
	/** The scene that tells about it, where the reader goes when they pick it. */
	scene: Slug,
	/** Where the date comes from. */
	source: Source
});
export type TimelineEvent = v.InferOutput<typeof TimelineEvent>;

/** One step of the story: text on the page, a state of the map. */
export const Scene = v.strictObject({
	/** Stable id, used in the URL (`/#id`), `data-scene` and `scenechange`. Never reuse one. */
	id: Slug,
	/** Which thread of the story the scene belongs to: an id of `settings.chapters`. */
	chapter: Slug,
	/** Heading of the scene. */
	title: v.pipe(v.string(), v.minLength(3), v.maxLength(90)),
	/** When it happened (ISO). */
	date: IsoDate,
	/** Last day of a date range (ISO), if the scene spans one. */
	dateEnd: v.optional(IsoDate),
	/** The scene's text in the story's own words; paragraphs separated by a blank line; 50–150 words. */
	text: v.pipe(
		v.string(),
		v.check((t) => wordCount(t) >= 50, 'must have at least 50 words'),
		v.check((t) => wordCount(t) <= 150, 'must have at most 150 words')
	),
	/** An optional short quotation. */
	quote: v.optional(Quote),
	/** Where the scene's facts come from (at least one). */
	sources: v.pipe(v.array(Source), v.minLength(1, 'needs at least one source')),
	/** True when the scene reports what happened after the articles were published. */
	afterArticles: v.optional(v.boolean()),
	/** A sentence describing what the map shows, for screen readers and the no-map fallback. */
	alt: v.pipe(v.string(), v.minLength(10)),
	/** An optional chart shown with the text. */
	chart: v.optional(Chart),
	/** The map's target state. */
	map: SceneMap
});
export type Scene = v.InferOutput<typeof Scene>;

/** A source article the story draws on. */
export const Article = v.strictObject({
	/** The headline as published (it stays in its language in every edition). */
	title: v.string(),
	/** The language of the headline. Default `en`. */
	lang: v.optional(LangTag),
	/** The headline of the print edition, where it differs. */
	printTitle: v.optional(v.string()),
	/** The publication's name. */
	publication: v.string(),
	/** Byline or credit line, in English; translations give their own wording. */
	author: v.optional(v.string()),
	/** The date (ISO): its publication date, or, with `datedFromContent`, the date its own words give it. */
	date: IsoDate,
	/** True when no publication date is known and `date` comes from what the article itself says. */
	datedFromContent: v.optional(v.boolean()),
	/** Note on how the article is used or how reliable it is. */
	note: v.optional(v.string())
});

/**
 * A dated correction or update of the published story, shown at the end of the story (newest
 * first) and counted in the story's `dateModified`. Say what was wrong or what is new, plainly.
 */
export const Correction = v.strictObject({
	/** Stable id: translations key their wording by it. Never reuse one. */
	id: Slug,
	/** The day the story was changed (YYYY-MM-DD). */
	date: DayDate,
	/** `correction`: something published was wrong; `update`: new information was added. Default `correction`. */
	kind: v.optional(v.picklist(['correction', 'update'])),
	/** What changed, in the story's first language. */
	text: v.pipe(v.string(), v.minLength(20))
});
export type Correction = v.InferOutput<typeof Correction>;

/** The whole story file. */
export const Story = v.strictObject({
	/** What the engine needs to know about this story: editions, chapters, map, timeline, credits. */
	settings: Settings,
	/** The story's headline. */
	title: v.pipe(v.string(), v.minLength(3)),
	/** One or two sentences under the title. */
	standfirst: v.string(),
	/** Who made it, from what (shown under the standfirst). */
	byline: v.string(),
	/** The articles, keyed by the slug scenes cite. */
	articles: v.record(Slug, Article),
	scenes: v.pipe(v.array(Scene), v.minLength(1)),
	/** Dated events for the timeline that have no scene of their own. */
	events: v.optional(v.array(TimelineEvent)),
	/** The day the story was first published (YYYY-MM-DD): `datePublished` in its metadata. */
	published: v.optional(DayDate),
	/** Corrections and updates since publication, in any order; each is dated. */
	corrections: v.optional(v.array(Correction))
});
export type Story = v.InferOutput<typeof Story>;

export function wordCount(text: string): number {
	return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/**
 * Names in the other editions: `name_<lang>` (or `label_<lang>`) for each edition after the first.
 * Any other key is refused, so a typo cannot pass for a translation.
 */
function localizedKeys<T extends Record<string, unknown>>(prefix: 'name' | 'label', known: readonly string[]) {
	const re = new RegExp(`^${prefix}_[a-z]{2,3}$`);
	return v.check<T, string>(
		(o) => Object.entries(o).every(([k, val]) => known.includes(k) || (re.test(k) && typeof val === 'string' && val.trim().length > 0)),
		`has a property that is neither known nor a ${prefix}_<lang> with text`
	);
}

/**
 * Properties of a place (a Point in `places.geojson`), with `name_<lang>` for every edition after
 * the first (Vietnamese with its diacritics, Korean in Hangul…; the build checks each edition has one).
 */
const PlaceBase = v.looseObject({
	id: Slug,
	kind: v.picklist(['capital', 'city', 'airport', 'plant', 'site', 'station', 'institution']),
	/** Name in the first edition's language, as shown on the map. */
	name: v.pipe(v.string(), v.minLength(2)),
	/** Name in the place's own language and script, where that is no edition's. */
	name_native: v.optional(v.string()),
	/** ISO 3166-1 alpha-3 of the country, lower-case (`fra`). */
	country: v.pipe(v.string(), v.regex(/^[a-z]{3}$/)),
	/** Where the coordinate comes from (a named public source). */
	source: v.pipe(v.string(), v.minLength(5))
});
export const PlaceProps = v.pipe(PlaceBase, localizedKeys<v.InferOutput<typeof PlaceBase>>('name', ['id', 'kind', 'name', 'name_native', 'country', 'source']));
export type PlaceProps = v.InferOutput<typeof PlaceBase>;

/** Properties of a highlighted area (countries, provinces), with `name_<lang>` for the other editions. */
export const AreaProps = v.looseObject({
	id: Slug,
	kind: v.picklist(['country', 'province']),
	name: v.pipe(v.string(), v.minLength(2)),
	source: v.pipe(v.string(), v.minLength(5))
});
export type AreaProps = v.InferOutput<typeof AreaProps>;

/** Properties of a basemap feature (land, coast, border). */
export const BasemapProps = v.object({
	id: v.string(),
	kind: v.picklist(['land', 'border'])
});

/**
 * A route or arc, generated by turf from a list of place ids, with `label_<lang>` for every
 * edition after the first.
 */
const ConnectionBase = v.looseObject({
		id: Slug,
		/** What the line means, which also sets how it is drawn: a key of the story's `settings.lineKinds`. */
		kind: Slug,
		/** Short label for screen readers, in the first edition's language. */
		label: v.pipe(v.string(), v.minLength(3)),
		/** Place ids the line passes through, in order (at least two). */
		via: v.pipe(v.array(Slug), v.minLength(2, 'must name at least two places')),
		/** True when the stops are reported but the path between them is not: the legend says "approximate". */
		approximate: v.optional(v.boolean()),
		/** Where the route comes from. */
		source: v.pipe(v.string(), v.minLength(5))
});
export const Connection = v.pipe(ConnectionBase, localizedKeys<v.InferOutput<typeof ConnectionBase>>('label', ['id', 'kind', 'label', 'via', 'approximate', 'source']));
export type Connection = v.InferOutput<typeof Connection>;

/** A language code of an edition (`en`, `fr`): the story's settings list them. */
export type Lang = string;

/** A scene in another language: the same scene id, its words translated. */
export const SceneTranslation = v.strictObject({
	title: v.pipe(v.string(), v.minLength(2), v.maxLength(120)),
	/** The text translated naturally, not word for word; paragraphs separated by a blank line. */
	text: v.pipe(v.string(), v.minLength(40)),
	/** The quote translated; speaker and publication stay as in English. Shown as a translation. */
	quote: v.optional(
		v.strictObject({
			text: v.pipe(v.string(), v.minLength(3)),
			role: v.optional(v.string())
		})
	),
	alt: v.pipe(v.string(), v.minLength(10)),
	/**
	 * The chart's words, where the English scene has a chart. Bars are keyed by id (a distance
	 * chart's bars by the id of the place they lead to), never by position: the build refuses a
	 * label or note for a bar that does not exist, and a bar without a label.
	 */
	chart: v.optional(
		v.strictObject({
			title: v.string(),
			/** Bar id → label. Every bar of the English chart needs one. */
			labels: v.record(Slug, v.pipe(v.string(), v.minLength(1))),
			/** Bar id → caveat, for every bar whose English version has a note. */
			notes: v.optional(v.record(Slug, v.pipe(v.string(), v.minLength(3)))),
			/** Where the figures come from, in this language. */
			source: v.pipe(v.string(), v.minLength(10))
		})
	)
});
export type SceneTranslation = v.InferOutput<typeof SceneTranslation>;

/** A translation of the story file (`i18n/<lang>.yaml` in the story folder). */
export const StoryTranslation = v.strictObject({
	/** The edition's language code, as in `settings.editions`. */
	lang: v.pipe(v.string(), v.regex(/^[a-z]{2,3}$/)),
	/** The story's settings in this language (chapters, line kinds, labels, credits). */
	settings: SettingsTranslation,
	/** The interface in this language: every key of the engine's strings (src/lib/i18n/ui.ts). */
	ui: v.record(v.string(), v.pipe(v.string(), v.minLength(1))),
	title: v.pipe(v.string(), v.minLength(3)),
	standfirst: v.string(),
	byline: v.string(),
	/** The articles' notes and credit lines in this language (their headlines stay as published). */
	articles: v.record(
		Slug,
		v.strictObject({
			note: v.optional(v.string()),
			/** The credit line, where the English article has an `author`. */
			author: v.optional(v.string()),
			/** The publication's name, where it is a description rather than a name ("Unknown outlet"). */
			publication: v.optional(v.string()),
			/** A translation of the print headline, shown after the headline itself. */
			printTitle: v.optional(v.string())
		})
	),
	/** Every scene of the English story, by id. */
	scenes: v.record(Slug, SceneTranslation),
	/** The timeline events' labels, by event id (never by position). */
	events: v.optional(v.record(Slug, v.pipe(v.string(), v.minLength(2)))),
	/** Every correction's text in this language, by correction id. */
	corrections: v.optional(v.record(Slug, v.pipe(v.string(), v.minLength(10))))
});
export type StoryTranslation = v.InferOutput<typeof StoryTranslation>;
