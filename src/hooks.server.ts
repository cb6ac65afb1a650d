import type { Handle } from '@sveltejs/kit';
import { langs } from 'virtual:story/langs';
import { langOfPath } from '$lib/editions';
import { resolve as resolvePath } from '$app/paths';

/**
 * The fonts the first screen is set in. Preloading them lets the text appear in its own face
 * instead of swapping from a fallback a moment later, which would move every line below it.
 * An edition's own fonts (settings.editions[].fonts, e.g. a Hangul face) are preloaded on its
 * pages only; Latin Extended is a fallback nothing needs. The 1 KB face of the editions' names
 * (a Hangul name, in the language switch on every page) is preloaded everywhere.
 */
const FIRST_SCREEN_FONTS = /(noto-sans-(latin|vietnamese)-(400|700)-normal|noto-sans-kr-names-400)\.[\w-]+\.woff2$/;
/** `Noto Sans KR` → files named `noto-sans-kr-400.<hash>.woff2`. */
const fontFile = (family: string) => new RegExp(`${family.toLowerCase().replace(/\s+/g, '-')}-(400|700)\\.[\\w-]+\\.woff2$`);

export const handle: Handle = async ({ event, resolve }) => {
	// Under a base path (BASE_PATH) the edition's segment comes after it: /stories/x/vi/.
	const base = new URL(resolvePath('/'), event.url).pathname.replace(/\/$/, '');
	const lang = langOfPath(langs, event.url.pathname, base);
	const { editionFonts } = await import('$lib/editions/fonts.server');
	const own = editionFonts(lang).map(fontFile);
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', lang),
		preload: ({ type, path }) =>
			type === 'js' || type === 'css' || (type === 'font' && (FIRST_SCREEN_FONTS.test(path) || own.some((re) => re.test(path))))
	});
};
