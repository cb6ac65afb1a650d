/** The story's settings the browser needs, from the story plugin (src/lib/build/story-plugin.ts). */
declare module 'virtual:story/langs' {
	import type { ClientSettings } from '$lib/build/story-plugin';
	export const langs: ClientSettings['langs'];
}
declare module 'virtual:story/map' {
	import type { ClientSettings } from '$lib/build/story-plugin';
	export const map: ClientSettings['map'];
}
declare module 'virtual:story/timeline' {
	import type { ClientSettings } from '$lib/build/story-plugin';
	export const timeline: ClientSettings['timeline'];
}
declare module 'virtual:story/locator' {
	import type { ClientSettings } from '$lib/build/story-plugin';
	export const locator: ClientSettings['locator'];
}
