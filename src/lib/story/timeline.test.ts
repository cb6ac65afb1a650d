import { describe, expect, it } from 'vitest';
import { cursorX, decimalYear, placeMarks, railX, ticks } from './timeline';
import type { ResolvedScene } from './types';

const scene = (id: string, date: string) => ({ id, date, title: id }) as unknown as ResolvedScene;

describe('the timeline scale', () => {
	it('turns ISO dates into decimal years', () => {
		expect(decimalYear('1957')).toBe(1957);
		expect(decimalYear('2019-02-27')).toBeCloseTo(2019.156, 2);
		expect(decimalYear('2018-11')).toBeCloseTo(2018.833, 2);
	});
	it('runs from 1950 to early 2019 in order, clamped outside', () => {
		expect(railX('1950')).toBe(0);
		expect(railX('1940')).toBe(0);
		expect(railX('2030')).toBe(1);
		const dates = ['1953-07-27', '1957-07-08', '1978-12-25', '1995-07-11', '2017-02-13', '2018-06-12', '2019-02-28'];
		const xs = dates.map(railX);
		for (let i = 1; i < xs.length; i++) expect(xs[i]!).toBeGreaterThan(xs[i - 1]!);
	});
	it('gives the last two years room: Singapore and Hanoi are far apart', () => {
		expect(railX('2019-02-27') - railX('2018-06-12')).toBeGreaterThan(0.1);
	});
	it('has ticks in order inside the rail', () => {
		const t = ticks();
		expect(t[0]!.x).toBe(0);
		for (let i = 1; i < t.length; i++) expect(t[i]!.x).toBeGreaterThan(t[i - 1]!.x);
	});
});

describe('marks and cursor', () => {
	it('dodges marks that would touch into separate rows', () => {
		const marks = placeMarks([scene('a', '2019-02-25'), scene('b', '2019-02-26'), scene('c', '1957')], []);
		const a = marks.find((m) => m.sceneId === 'a')!;
		const b = marks.find((m) => m.sceneId === 'b')!;
		expect(a.row).not.toBe(b.row);
		expect(marks.find((m) => m.sceneId === 'c')!.row).toBe(0);
	});
	it('glides from the active scene towards the next one only near the end of the scene', () => {
		const scenes = [scene('a', '1957'), scene('b', '1958')];
		expect(cursorX(scenes, 0, 0)).toBe(railX('1957'));
		expect(cursorX(scenes, 0, 0.5)).toBe(railX('1957'));
		expect(cursorX(scenes, 0, 1)).toBeCloseTo(railX('1958'));
		expect(cursorX(scenes, 0, 0.85)).toBeGreaterThan(railX('1957'));
		expect(cursorX(scenes, 1, 1)).toBe(railX('1958'));
	});
});
