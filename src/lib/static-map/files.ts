/** Static map file names: `<scene-id>.svg` for the first edition, `<scene-id>.<lang>.svg` for the others. */
import { LANGS, type Lang } from '../i18n/langs';

export type StaticMapLang = Lang;
export const STATIC_MAP_LANGS: readonly StaticMapLang[] = LANGS;

export function staticMapFile(sceneId: string, lang: StaticMapLang = 'en'): string {
	return lang === 'en' ? `${sceneId}.svg` : `${sceneId}.${lang}.svg`;
}

/** The scene id and language a static map file name asks for, or undefined. */
export function parseStaticMapFile(file: string): { id: string; lang: StaticMapLang } | undefined {
	const m = /^([a-z0-9]+(?:-[a-z0-9]+)*)(?:\.([a-z]{2,3}))?\.svg$/.exec(file);
	if (!m) return undefined;
	const lang = (m[2] ?? 'en') as StaticMapLang;
	if (m[2] === 'en' || !STATIC_MAP_LANGS.includes(lang)) return undefined;
	return { id: m[1] as string, lang };
}
