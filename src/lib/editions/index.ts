/**
 * The editions of a story, derived from one list (the story's `settings.editions`): where each is
 * served, the language of a path, the prerendered routes, the alternates, the static maps' file
 * names, the fonts to preload. Adding an edition is one entry in that list plus its translation
 * file and its place names; nothing here names a language.
 */

export interface EditionInfo {
	lang: string;
	locale: string;
	name: string;
	fonts?: string[];
}

/** The editions' language codes, the first (the story's own language, served at `/`) first. */
export type Langs = readonly string[];

/** The first edition is the story's own language, at `/`; every other one at `/<lang>/`. */
export function editionPath(langs: Langs, lang: string): string {
	return lang === langs[0] ? '/' : `/${lang}/`;
}

/** The edition a path belongs to (`/fr/…` → `fr`), the first one for any other path. */
export function langOfPath(langs: Langs, pathname: string, base = ''): string {
	const rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
	const seg = /^\/([a-z]{2,3})(?:\/|$)/.exec(rest)?.[1];
	return seg && langs.slice(1).includes(seg) ? seg : (langs[0] ?? 'en');
}


/** The prerender entries of an edition-prefixed route: the first edition has no segment. */
export function editionEntries(langs: Langs): { lang: string | undefined }[] {
	return langs.map((l, i) => ({ lang: i === 0 ? undefined : l }));
}

export function editionOf(editions: readonly EditionInfo[], lang: string): EditionInfo {
	return editions.find((e) => e.lang === lang) ?? (editions[0] as EditionInfo);
}

/** `<scene-id>.svg` for the first edition, `<scene-id>.<lang>.svg` for the others. */
export function staticMapFile(langs: Langs, sceneId: string, lang: string): string {
	return lang === langs[0] ? `${sceneId}.svg` : `${sceneId}.${lang}.svg`;
}

/** The scene id and edition a static map's file name asks for, or undefined. */
export function parseStaticMapFile(langs: Langs, file: string): { id: string; lang: string } | undefined {
	const m = /^([a-z0-9]+(?:-[a-z0-9]+)*)(?:\.([a-z]{2,3}))?\.svg$/.exec(file);
	if (!m) return undefined;
	if (m[2] === undefined) return { id: m[1] as string, lang: langs[0] ?? 'en' };
	return langs.slice(1).includes(m[2]) ? { id: m[1] as string, lang: m[2] } : undefined;
}

/** Absolute URLs of every edition's page, for `hreflang` alternates. */
export function alternates(langs: Langs, origin: string, base = ''): { lang: string; href: string }[] {
	return langs.map((l) => ({ lang: l, href: new URL(`${base}${editionPath(langs, l)}`, origin).href }));
}

export function langsOf(editions: readonly EditionInfo[]): string[] {
	return editions.map((e) => e.lang);
}
