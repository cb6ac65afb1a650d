/** The story's languages (no dependencies, safe for the smallest client bundle). */
export const LANGS = ['en', 'vi', 'ko'] as const;
export type Lang = (typeof LANGS)[number];

/** Each language's own name, for language switches. */
export const LANGUAGE_NAMES: Record<Lang, string> = { en: 'English', vi: 'Tiếng Việt', ko: '한국어' };
