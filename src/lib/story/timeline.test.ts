import { describe, expect, it } from 'vitest';
import { cursorX, decimalYear, placeMarks, railX as rail, ticks as tickList, type TimelineScale } from './timeline';

/** A scale of seventy years with a break that gives the last two room. */
const TL: TimelineScale = {
	start: '1800',
	end: '1869-04-01',
	break: '1867',
	breakAt: 0.45,
	ticks: ['1800', '1810', '1820', '1830', '1840', '1850', '1860', '1867', '1868', '1869'],
	major: ['1800', '1820', '1840', '1867', '1869']
};
const railX = (iso: string) => rail(iso, TL);
const ticks = () => tickList(TL);
import type { ResolvedScene } from './types';

const scene = (id: string, date: string) => ({ id, date, title: id }) as unknown as ResolvedScene;

describe('the timeline scale', () => {
	it('turns ISO dates into decimal years', () => {
		expect(decimalYear('1807')).toBe(1807);
		expect(decimalYear('1869-02-27')).toBeCloseTo(1869.156, 2);
		expect(decimalYear('1868-11')).toBeCloseTo(1868.833, 2);
	});
	it('runs from 1800 to early 1869 in order, clamped outside', () => {
		expect(railX('1800')).toBe(0);
		expect(railX('1790')).toBe(0);
		expect(railX('1880')).toBe(1);
		const dates = ['1803-07-27', '1807-07-08', '1828-12-25', '1845-07-11', '1867-02-13', '1868-06-12', '1869-02-28'];
		const xs = dates.map(railX);
		for (let i = 1; i < xs.length; i++) expect(xs[i]!).toBeGreaterThan(xs[i - 1]!);
	});
	it('gives the last two years room: two events eight months apart are far apart on the rail', () => {
		expect(railX('1869-02-27') - railX('1868-06-12')).toBeGreaterThan(0.1);
	});
	it('has ticks in order inside the rail', () => {
		const t = ticks();
		expect(t[0]!.x).toBe(0);
		for (let i = 1; i < t.length; i++) expect(t[i]!.x).toBeGreaterThan(t[i - 1]!.x);
	});
});

describe('marks and cursor', () => {
	it('dodges marks that would touch into separate rows', () => {
		const marks = placeMarks([scene('a', '1869-02-25'), scene('b', '1869-02-26'), scene('c', '1807')], [], TL);
		const a = marks.find((m) => m.sceneId === 'a')!;
		const b = marks.find((m) => m.sceneId === 'b')!;
		expect(a.row).not.toBe(b.row);
		expect(marks.find((m) => m.sceneId === 'c')!.row).toBe(0);
	});
	it('glides from the active scene towards the next one only near the end of the scene', () => {
		const scenes = [scene('a', '1807'), scene('b', '1808')];
		expect(cursorX(scenes, 0, 0, TL)).toBe(railX('1807'));
		expect(cursorX(scenes, 0, 0.5, TL)).toBe(railX('1807'));
		expect(cursorX(scenes, 0, 1, TL)).toBeCloseTo(railX('1808'));
		expect(cursorX(scenes, 0, 0.85, TL)).toBeGreaterThan(railX('1807'));
		expect(cursorX(scenes, 1, 1, TL)).toBe(railX('1808'));
	});
});
