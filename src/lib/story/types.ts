/** The shapes the page and the map receive after the build has validated and resolved everything. */
import type { BBox } from '../geo/lines.ts';
import type { Quote } from './schema.ts';

/**
 * A source as the page cites it: its parts kept apart, so each edition can word and date the
 * citation in its own language while the title stays in the language it was published in.
 */
export interface ResolvedSource {
	/** Whether it is one of the two source articles or an outside source. */
	kind: 'article' | 'outside';
	/** For an article: its key in the story's `articles` table. */
	article?: string;
	/** Who published it, as written (a proper name, or for an article the edition's wording). */
	publisher: string;
	/** The language of `publisher` when it differs from `lang` (an edition's own wording of it). */
	publisherLang?: string;
	/** The title as published. */
	title: string;
	/** The language of the title (and of the publisher's name as given): BCP 47, `en` by default. */
	lang: string;
	/** The print edition's headline, where it differs (articles only). */
	printTitle?: string;
	/** The print headline in the edition's language, when the edition gives one. */
	printTitleTranslation?: string;
	/** Byline or credit line, in the edition's language. */
	author?: string;
	/** The outlet that carried the publisher's report. */
	via?: string;
	/** ISO date (YYYY, YYYY-MM or YYYY-MM-DD). */
	date?: string;
	/** True when the date comes from what the source itself says, not from a known publication date. */
	datedFromContent?: boolean;
	/** The date written in the edition's language: set at build time (see `labelSourceDates`). */
	dateLabel?: string;
	/** Optional address, shown as text; never fetched. */
	url?: string;
	/** The citation as this edition words it, in pieces (set at build time by `withCitations`). */
	cite?: CitationPiece[];
}

/** A piece of a citation: text in the edition's language, or, with `lang`, in that language. */
export interface CitationPiece {
	text: string;
	lang?: string;
}

/** A line drawn in a scene: which connection, and which fractions of it are drawn at progress 0 and 1. */
export interface SceneLineSpec {
	id: string;
	from: number;
	to: number;
}

/** The camera a scene asks for: a box to frame plus optional limits. */
export interface CameraSpec {
	/** [west, south, east, north]; east may exceed 180 for views across the Pacific. */
	bounds: BBox;
	maxZoom: number;
	bearing: number;
	pitch: number;
	/** Framing for small screens (narrower than 600 px), when the story gives one. */
	small?: { bounds: BBox; maxZoom: number };
	/** A globe for views that span oceans, Mercator closer in. */
	projection: 'globe' | 'mercator';
	/** An explicit camera (the scene's `camera.center` and `zoom`): used instead of framing `bounds`. */
	center?: [number, number];
	zoom?: number;
}

export interface SceneMapSpec {
	places: string[];
	focus: string[];
	areas: string[];
	lines: SceneLineSpec[];
	camera: CameraSpec;
}

/** A scene ready for the page: validated, references resolved, camera computed. */
export interface ResolvedScene {
	id: string;
	index: number;
	/** Id of the scene's chapter (`settings.chapters`). */
	chapter: string;
	/** The chapter's label in the edition's language. */
	chapterLabel: string;
	title: string;
	date: string;
	dateEnd?: string;
	paragraphs: string[];
	/** The date (or range) written in the edition's language, set at build time for pages that cannot look it up. */
	dateLabel?: string;
	/** The quote; `translated` when shown in another language than it was spoken or reported in. */
	quote?: Quote & { translated?: boolean };
	sources: ResolvedSource[];
	afterArticles: boolean;
	alt: string;
	chart?: ResolvedChart;
	/** The chart as HTML, written at build time for the edition (the page inserts it as it is). */
	chartHtml?: string;
	map: SceneMapSpec;
}

/** A chart ready to draw: bars with values and a unit. */
export interface ResolvedChart {
	title: string;
	unit: 'km' | 'usd' | 'percent';
	/**
	 * `id`: stable key of the bar (for a distance chart, the id of the place it leads to);
	 * `note`: a caveat shown under the chart; `valueLabel`: the figure formatted for the edition (at build time).
	 */
	bars: { id: string; label: string; value: number; note?: string; valueLabel?: string }[];
	source: string;
}

/** A dated mark on the timeline. */
export interface TimelineMark {
	/** The event's id (events only; a scene's mark is known by `sceneId`). */
	id?: string;
	date: string;
	label: string;
	/** The scene the mark leads to. */
	sceneId: string;
	/** True for scenes, false for events without a scene of their own. */
	isScene: boolean;
}

export interface StoryMeta {
	title: string;
	standfirst: string;
	byline: string;
	/** The articles, cited like any source, with the story's note on each. */
	articles: (ResolvedSource & { key: string; note?: string })[];
	/** Dated events without a scene of their own, for the timeline. */
	events: TimelineMark[];
	/** The day the story was first published (ISO), when the story says. */
	published?: string;
	/** The last day the story changed: the latest correction, else the publication day. */
	modified?: string;
	/** Corrections and updates, newest first, in the edition's words. */
	corrections: ResolvedCorrection[];
}

export interface ResolvedCorrection {
	id: string;
	/** ISO day. */
	date: string;
	/** The day written in the edition's language (set at build time). */
	dateLabel?: string;
	kind: 'correction' | 'update';
	text: string;
}

/** The part of a scene the map, the timeline, the menus and the announcer use. */
export type SceneSummary = Pick<ResolvedScene, 'id' | 'index' | 'title' | 'date' | 'dateEnd' | 'alt' | 'map' | 'chapter' | 'chapterLabel' | 'afterArticles'> & {
	dateLabel?: string;
};

/** A scene as the story page gets it: its words come written as HTML for its edition (scene-html.ts). */
export type PageScene = SceneSummary & {
	/** Paragraphs, quotation, chart and what the map shows. */
	bodyHtml: string;
	/** The list of sources. */
	sourcesHtml: string;
};
