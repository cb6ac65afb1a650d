/**
 * Where the publishing pages and files of each edition live, derived from the editions list like
 * every other path (`$lib/editions`): paths without the site's base, which the caller adds.
 *
 * - share page of a scene: `/scenes/<id>/` (first edition), `/<lang>/scenes/<id>/`
 * - embed: `/embed/`, `/<lang>/embed/` (a scene: `#<id>`)
 * - share cards: `/og/story[.<lang>].png`, `/og/scenes/<id>[.<lang>].png`
 */
import { editionPath, type Langs } from '../editions';

export function sharePath(langs: Langs, lang: string, sceneId: string): string {
	return `${editionPath(langs, lang)}scenes/${sceneId}/`;
}

export function embedPath(langs: Langs, lang: string): string {
	return `${editionPath(langs, lang)}embed/`;
}

/** The card's path under `/og/`: the story's (no scene) or a scene's, with the edition's code after the first. */
export function cardFile(langs: Langs, sceneId: string | undefined, lang: string): string {
	const suffix = lang === langs[0] ? '' : `.${lang}`;
	return sceneId === undefined ? `story${suffix}.png` : `scenes/${sceneId}${suffix}.png`;
}

export function cardPath(langs: Langs, sceneId: string | undefined, lang: string): string {
	return `/og/${cardFile(langs, sceneId, lang)}`;
}

/** Which card a path under `/og/` asks for, or undefined. */
export function parseCardFile(langs: Langs, file: string): { sceneId?: string; lang: string } | undefined {
	const m = /^(?:story|scenes\/([a-z0-9]+(?:-[a-z0-9]+)*))(?:\.([a-z]{2,3}))?\.png$/.exec(file);
	if (!m) return undefined;
	const lang = m[2] ?? langs[0];
	if (!lang || (m[2] !== undefined && !langs.slice(1).includes(m[2]))) return undefined;
	return m[1] === undefined ? { lang } : { sceneId: m[1], lang };
}
