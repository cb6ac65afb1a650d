/** The shapes the page and the map receive after the build has validated and resolved everything. */
import type { BBox } from '../geo/lines';
import type { Quote } from './schema';

export interface ResolvedSource {
	/** Display text: publication, title and date. */
	text: string;
	/** Optional address, shown as text; never fetched. */
	url?: string;
	/** Whether it is one of the two source articles or an outside source. */
	kind: 'article' | 'outside';
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
	chapter: 'summit' | 'tour' | 'history' | 'future' | 'epilogue';
	title: string;
	date: string;
	dateEnd?: string;
	paragraphs: string[];
	/** The quote; `translated` when shown in another language than it was spoken or reported in. */
	quote?: Quote & { translated?: boolean };
	sources: ResolvedSource[];
	afterArticles: boolean;
	alt: string;
	chart?: ResolvedChart;
	map: SceneMapSpec;
}

/** A chart ready to draw: bars with values and a unit. */
export interface ResolvedChart {
	title: string;
	unit: 'km' | 'usd' | 'percent';
	/** `valueLabel`: the figure formatted for the edition (at build time). */
	bars: { label: string; value: number; note?: string; valueLabel?: string }[];
	source: string;
}

/** A dated mark on the timeline. */
export interface TimelineMark {
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
	articles: { key: string; text: string; note?: string }[];
	/** Dated events without a scene of their own, for the timeline. */
	events: TimelineMark[];
}
