import type { Handle } from '@sveltejs/kit';

/** `<html lang>` matches the edition: /vi/… is Vietnamese, /ko/… Korean, the rest English. */
export const handle: Handle = ({ event, resolve }) => {
	const m = /^\/(vi|ko)(\/|$)/.exec(event.url.pathname);
	const lang = m ? m[1]! : 'en';
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', lang) });
};
