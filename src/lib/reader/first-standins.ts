import { escapeHtml as attr } from '../publish/meta';

/**
 * A deep link's static map, in the prerendered page: every scene's static map is in the map column,
 * hidden, and CSS shows the one whose scene is the `:target` (the `#scene` of the address) before any
 * script has run. It is the first screen's largest picture (its LCP); the live map's container covers
 * it once the map has loaded. `loading="lazy"`: only the one shown is fetched. Built at prerender
 * (HTML, not page JavaScript: it weighs nothing in the JavaScript before the map).
 */
export function firstStandinsHtml(scenes: readonly { id: string; src: string }[]): string {
	const imgs = scenes.map((s) => `<img src="${attr(s.src)}" alt="" width="800" height="560" loading="lazy" decoding="async" data-first-standin="${attr(s.id)}">`).join('');
	const show = scenes.map((s) => `.scrolly:has([id="${attr(s.id)}"]:target) [data-first-standin="${attr(s.id)}"]`).join(',');
	return `<div class="first-standins" aria-hidden="true">${imgs}</div>${scenes.length ? `<style>${show}{display:block}</style>` : ''}`;
}
