/**
 * The kiosk's URL parameters (`/kiosk?lang=fr&dwell=12&idle=90&reload=30&attract=6&update=600`), parsed
 * leniently: a missing or malformed value falls back to its default, so a typo on a kiosk box never
 * stops the show. Pure.
 */

export interface KioskParams {
	/** Seconds on every scene, overriding the per-scene dwell (`?dwell=`, decimals allowed). */
	dwellS: number | undefined;
	/** Seconds without input before a visitor session ends and the attract loop starts again (`?idle=`). */
	idleS: number;
	/** Language the kiosk starts in and returns to after a visitor leaves (`?lang=`). */
	lang: string;
	/** Seconds between an uncaught error and the page reloading itself (`?reload=`). */
	reloadS: number;
	/** Seconds the attract title ("Touch to explore") stays between loops (`?attract=`). */
	attractS: number;
	/** At most this often, at an attract title, the kiosk asks the server for a new deploy (`?update=`). */
	updateS: number;
}

export const DEFAULTS = { idleS: 90, reloadS: 30, attractS: 6, updateS: 600 } as const;

/** Longest accepted value for any duration: one day. */
const MAX_S = 86_400;

function seconds(raw: string | null, min: number): number | undefined {
	if (raw === null || raw.trim() === '') return undefined;
	const n = Number(raw);
	return Number.isFinite(n) && n >= min && n <= MAX_S ? n : undefined;
}

/** `langs`: the story's editions, the first one the default language. */
export function parseKioskParams(search: string | URLSearchParams, langs: readonly string[] = ['en']): KioskParams {
	const q = typeof search === 'string' ? new URLSearchParams(search) : search;
	const dwellS = seconds(q.get('dwell'), 0.05);
	const rawLang = q.get('lang');
	const lang = rawLang && langs.includes(rawLang) ? rawLang : (langs[0] ?? 'en');
	// With a short test dwell the attract title is short too (twice the dwell, at most the default).
	const attractDefault = dwellS !== undefined ? Math.min(DEFAULTS.attractS, 2 * dwellS) : DEFAULTS.attractS;
	return {
		dwellS,
		idleS: seconds(q.get('idle'), 0.5) ?? DEFAULTS.idleS,
		lang,
		reloadS: seconds(q.get('reload'), 0) ?? DEFAULTS.reloadS,
		attractS: seconds(q.get('attract'), 0.05) ?? attractDefault,
		updateS: seconds(q.get('update'), 0) ?? DEFAULTS.updateS
	};
}
