/**
 * The timeline's scale: 1950 to early 2019, piecewise linear so that the crowded last two years
 * (the Singapore summit, Ri Yong-ho's visit, the run-up to Hanoi) get room of their own.
 */
import type { ResolvedScene, TimelineMark } from './types';

export const START_YEAR = 1950;
export const BREAK_YEAR = 2017;
export const END_YEAR = 2019.25;
/** Share of the rail given to 1950–2017; the rest is 2017 to March 2019. */
export const BREAK_AT = 0.45;

/** "2019-02-27" → 2019.16; "1957" → 1957.0; "2018-11" → 2018.83. */
export function decimalYear(iso: string): number {
	const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
	const start = Date.UTC(y, 0, 1);
	const end = Date.UTC(y + 1, 0, 1);
	return y + (Date.UTC(y, m - 1, d) - start) / (end - start);
}

/** Position along the rail, 0..1. */
export function railX(iso: string): number {
	const t = decimalYear(iso);
	if (t <= START_YEAR) return 0;
	if (t >= END_YEAR) return 1;
	if (t < BREAK_YEAR) return ((t - START_YEAR) / (BREAK_YEAR - START_YEAR)) * BREAK_AT;
	return BREAK_AT + ((t - BREAK_YEAR) / (END_YEAR - BREAK_YEAR)) * (1 - BREAK_AT);
}

export interface PlacedMark extends TimelineMark {
	x: number;
	/** Row, so marks closer than `minGap` do not sit on top of each other. */
	row: number;
}

/** Every scene and event on the rail, dodged into rows where they would touch. */
export function placeMarks(scenes: ResolvedScene[], events: TimelineMark[], minGap = 0.012): PlacedMark[] {
	const marks: TimelineMark[] = [
		...scenes.map((s) => ({ date: s.date, label: s.title, sceneId: s.id, isScene: true })),
		...events
	];
	const sorted = marks.map((m) => ({ ...m, x: railX(m.date), row: 0 })).sort((a, b) => a.x - b.x);
	const lastInRow: number[] = [];
	for (const m of sorted) {
		let row = 0;
		while (lastInRow[row] !== undefined && m.x - (lastInRow[row] as number) < minGap) row++;
		m.row = row;
		lastInRow[row] = m.x;
	}
	return sorted;
}

/**
 * Where the "now" marker sits: at the active scene's date, gliding towards the next scene's date
 * over the last third of the scene so it moves smoothly as the reader scrolls.
 */
export function cursorX(scenes: ResolvedScene[], index: number, progress: number): number {
	const cur = scenes[index];
	if (!cur) return 0;
	const from = railX(cur.date);
	const next = scenes[index + 1];
	if (!next) return from;
	const t = Math.min(1, Math.max(0, (progress - 2 / 3) * 3));
	const eased = t * t * (3 - 2 * t);
	return from + (railX(next.date) - from) * eased;
}

/** Ticks for the rail's axis; minor ones are hidden where the rail is narrow. */
export function ticks(): { year: number; x: number; minor: boolean }[] {
	const major = new Set([1950, 1970, 1990, 2017, 2019]);
	return [1950, 1960, 1970, 1980, 1990, 2000, 2010, 2017, 2018, 2019].map((year) => ({
		year,
		x: railX(String(year)),
		minor: !major.has(year)
	}));
}
