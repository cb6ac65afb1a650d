/**
 * The timeline's scale, from the story's `settings.timeline`: its range, and an optional break
 * that runs the rail faster before it and slower after it, so that crowded recent years get room
 * of their own. Pure.
 */
import type { SceneSummary, TimelineMark } from './types';

export interface TimelineScale {
	start: string;
	end: string;
	break?: string;
	breakAt?: number;
	ticks: string[];
	major?: string[];
}

/** "1901-02-27" → 1901.16; "1899" → 1899.0; "1900-11" → 1900.83. */
export function decimalYear(iso: string): number {
	const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
	const start = Date.UTC(y, 0, 1);
	const end = Date.UTC(y + 1, 0, 1);
	return y + (Date.UTC(y, m - 1, d) - start) / (end - start);
}

/** Position along the rail, 0..1. */
export function railX(iso: string, tl: TimelineScale): number {
	const t = decimalYear(iso);
	const start = decimalYear(tl.start);
	const end = decimalYear(tl.end);
	if (t <= start) return 0;
	if (t >= end) return 1;
	const brk = tl.break !== undefined ? decimalYear(tl.break) : undefined;
	if (brk === undefined || brk <= start || brk >= end) return (t - start) / (end - start);
	const at = tl.breakAt ?? (brk - start) / (end - start);
	if (t < brk) return ((t - start) / (brk - start)) * at;
	return at + ((t - brk) / (end - brk)) * (1 - at);
}

export interface PlacedMark extends TimelineMark {
	x: number;
	/** Row, so marks closer than `minGap` do not sit on top of each other. */
	row: number;
}

/** Every scene and event on the rail, dodged into rows where they would touch. */
export function placeMarks(scenes: SceneSummary[], events: TimelineMark[], tl: TimelineScale, minGap = 0.012): PlacedMark[] {
	const marks: TimelineMark[] = [
		...scenes.map((s) => ({ date: s.date, label: s.title, sceneId: s.id, isScene: true })),
		...events
	];
	const sorted = marks.map((m) => ({ ...m, x: railX(m.date, tl), row: 0 })).sort((a, b) => a.x - b.x);
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
export function cursorX(scenes: SceneSummary[], index: number, progress: number, tl: TimelineScale): number {
	const cur = scenes[index];
	if (!cur) return 0;
	const from = railX(cur.date, tl);
	const next = scenes[index + 1];
	if (!next) return from;
	const t = Math.min(1, Math.max(0, (progress - 2 / 3) * 3));
	const eased = t * t * (3 - 2 * t);
	return from + (railX(next.date, tl) - from) * eased;
}

/** Ticks for the rail's axis (`settings.timeline.ticks`); minor ones are hidden where the rail is narrow. */
export function ticks(tl: TimelineScale): { iso: string; year: number; x: number; minor: boolean }[] {
	const major = new Set(tl.major ?? tl.ticks);
	return tl.ticks.map((iso) => ({ iso, year: Number(iso.slice(0, 4)), x: railX(iso, tl), minor: !major.has(iso) }));
}
