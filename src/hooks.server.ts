import type { Handle } from '@sveltejs/kit';

/**
 * The fonts the first screen is set in. Preloading them lets the text appear in its own face
 * instead of swapping from a fallback a moment later, which would move every line below it.
 * Korean is preloaded only on the Korean edition; Latin Extended is a fallback nothing needs.
 */
const FIRST_SCREEN_FONTS = /noto-sans-(latin|vietnamese)-(400|700)-normal\.[\w-]+\.woff2$/;
const KOREAN_FONT = /noto-sans-kr-(400|700)\.[\w-]+\.woff2$/;

/** `<html lang>` matches the edition: /vi/… is Vietnamese, /ko/… Korean, the rest English. */
export const handle: Handle = ({ event, resolve }) => {
	const m = /^\/(vi|ko)(\/|$)/.exec(event.url.pathname);
	const lang = m ? m[1]! : 'en';
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', lang),
		preload: ({ type, path }) =>
			type === 'js' ||
			type === 'css' ||
			(type === 'font' && (FIRST_SCREEN_FONTS.test(path) || (lang === 'ko' && KOREAN_FONT.test(path))))
	});
};
