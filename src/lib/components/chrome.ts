/**
 * The map and its chrome (timeline rail, legend, scene menu, explore and motion controls), loaded
 * after first paint: like the map, it is progressive enhancement and stays out of the
 * JavaScript the story's text needs.
 */
export { default as Timeline } from './Timeline.svelte';
export { default as Legend } from './Legend.svelte';
export { default as MapTools } from './MapTools.svelte';
export { default as SceneSelect } from './SceneSelect.svelte';
export { legendItems } from '../map/layers';
export { default as StoryMap } from '../map/StoryMap.svelte';
export { map as mapSettings } from 'virtual:story/map';
export { ReaderNav } from '../reader/nav.svelte';
export { readingTop, storyPadding } from '../reader/layout';
export { followScroll } from '../reader/bar';
export { holdAnchor } from '../reader/anchor';
// A Share control in every scene's card, mounted when this chunk loads (src/lib/publish/share-controls.ts).
import '../publish/share-controls';
export { showTriggerLine } from '../scroll/trigger-line';
