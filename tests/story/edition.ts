/** The default story as the unit tests see it: its dataset, its editions, each edition's page data. */
import { loadDataset } from '$lib/data/read';
import { langsOf, parseStaticMapFile as parse, staticMapFile as file } from '$lib/editions';
import { editionData } from '$lib/editions/page-data';
import { mapSettings } from '$lib/editions/map-settings';
import type { UiStrings } from '$lib/i18n/ui';

export const d = loadDataset();
export const LANGS = langsOf(d.settings.editions) as StoryLang[];
export const MAP_SETTINGS = mapSettings(d);
/** The default story's editions (these tests are about it). */
export type StoryLang = 'en' | 'vi' | 'ko';
export const UI = Object.fromEntries(LANGS.map((l) => [l, editionData(d, l).ui])) as Record<StoryLang, UiStrings>;
export const LOCALES = Object.fromEntries(d.settings.editions.map((e) => [e.lang, e.locale])) as Record<StoryLang, string>;
export const STATIC_MAP_LANGS = LANGS;
export type StaticMapLang = string;
export const staticMapFile = (id: string, lang = LANGS[0]!) => file(LANGS, id, lang);
export const parseStaticMapFile = (f: string) => parse(LANGS, f);
