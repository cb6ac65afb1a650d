/**
 * The engine's interface strings, in English. A story's other editions give theirs in the `ui:`
 * section of their translation file (every key, checked at build); the strings that belong to a
 * story (the eyebrow, the timeline's and the locator's names) come from its settings.
 */

export const ENGINE_UI = {
	skipToStory: "Skip to the story",
	startReading: "Start reading ↓",
	onTheMap: "On the map:",
	sources: "Sources",
	sourceVia: "via {name}",
	printHeadline: "print headline",
	datedFromContent: "dated from its own words",
	afterArticles: "After the source articles: reported later, from the sources named below.",
	quoteTranslated: "Translated from English.",
	quoteIn: "in",
	mapFailed: "The interactive map could not start. The story’s text is complete without it.",
	mapLabel: "Map",
	creditsTitle: "Sources and credits",
	creditsArticles: "The articles",
	creditsMapData: "Map data",
	legendTitle: "Legend",
	legendApproximate: "approximate route",
	legendArea: "Highlighted country or province",
	legendPlace: "Place in this scene",
	legendFocus: "Place in focus",
	language: "Language",
	mapTools: "Map controls",
	exploreMap: "Explore the map",
	placeScenes: "In the story:",
	backToStory: "Back to the story",
	motionOff: "Turn animation off",
	motionOn: "Turn animation on",
	printMap: "Map of this scene",
	barMore: "Timeline and map controls",
	goToScene: "Go to a scene",
	kioskTouch: "Touch to explore",
	kioskAttractHint: "Or wait: the story plays by itself.",
	kioskPrevious: "Previous",
	kioskNext: "Next",
	kioskPlay: "Play",
	kioskScenes: "All scenes",
	kioskClose: "Close",
	kioskFullscreen: "Full screen",
	kioskSceneOf: "Scene {n} of {total}",
	kioskExplore: "Drag or pinch the map to explore it.",
	kioskError: "Something went wrong. The display restarts in {s} s.",
	share: "Share",
	shareScene: "Share this scene",
	shareLink: "Link to this scene",
	copyLink: "Copy link",
	copied: "Copied",
	copyByHand: "Select the text and copy it.",
	embed: "Embed",
	embedHint: "To show the story in an article, paste this code into the page:",
	copyCode: "Copy code",
	shareTitle: "Share or embed this story",
	storyLink: "Link to the story",
	correctionsTitle: "Corrections and updates",
	correction: "Correction",
	update: "Update",
	openStory: "Read the full story",
	readScene: "Read this scene in the story",
	notFoundTitle: "Page not found",
	notFoundText: "There is nothing at this address. The story is here:"
};

export type EngineUiKey = keyof typeof ENGINE_UI;
export const ENGINE_UI_KEYS = Object.keys(ENGINE_UI) as EngineUiKey[];

/** What a page gets: the engine's strings in the edition's language, and the story's own. */
export type UiStrings = Record<EngineUiKey, string> & {
	/** The line above the title (settings.eyebrow). */
	eyebrow: string;
	/** The timeline rail's name (settings.timeline.label). */
	timelineLabel: string;
	/** The locator inset's name (settings.locator.label). */
	locatorLabel: string;
	/** The edition's own language name (settings.editions). */
	languageName: string;
};
export type UiKey = keyof UiStrings;
