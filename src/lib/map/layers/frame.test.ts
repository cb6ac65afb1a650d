import { describe, expect, it } from 'vitest';
import { FRAME_INSET, frameRing } from './frame';

describe('frameRing', () => {
	it('runs all the way round, just inside the map', () => {
		const ring = frameRing(200, 100, (x, y) => [x, y]);
		expect(ring.coordinates).toHaveLength(1);
		const line = ring.coordinates[0]!;
		expect(line[0]).toEqual(line[line.length - 1]);
		const xs = line.map((p) => p[0]!);
		const ys = line.map((p) => p[1]!);
		expect([Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)]).toEqual([FRAME_INSET, 200 - FRAME_INSET, FRAME_INSET, 100 - FRAME_INSET]);
		// Close enough together that the obstacles along it leave no gap a label could cross.
		for (let i = 1; i < line.length; i++) expect(Math.hypot(line[i]![0]! - line[i - 1]![0]!, line[i]![1]! - line[i - 1]![1]!)).toBeLessThanOrEqual(24);
	});

	it('breaks where the view is off the map, and where it would cross the antimeridian', () => {
		// Off the globe: the left half of the view has no map.
		const half = frameRing(200, 100, (x, y) => (x < 100 ? null : [x, y]));
		expect(half.coordinates.length).toBeGreaterThanOrEqual(1);
		expect(half.coordinates.flat().every(([x]) => x! >= 100)).toBe(true);
		// Across the Pacific: longitude runs 170…190 on screen, wrapped to −170 past 180.
		const pacific = frameRing(200, 100, (x, y) => [170 + x / 10 > 180 ? 170 + x / 10 - 360 : 170 + x / 10, -y / 10]);
		for (const line of pacific.coordinates) for (let i = 1; i < line.length; i++) expect(Math.abs(line[i]![0]! - line[i - 1]![0]!)).toBeLessThan(180);
		expect(pacific.coordinates.length).toBeGreaterThan(1);
	});

	it('is empty for a map too small to hold one', () => {
		expect(frameRing(4, 4, (x, y) => [x, y]).coordinates).toEqual([]);
	});
});

describe('frameRing around what covers the map', () => {
	it('rings each cover just outside and fills it with rows, clipped to the map', () => {
		const ring = frameRing(200, 100, (x, y) => [x, y], [{ left: 150, top: -10, right: 260, bottom: 30 }]);
		const cover = ring.coordinates[1]!;
		const xs = cover.map((p) => p[0]!);
		const ys = cover.map((p) => p[1]!);
		expect([Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)]).toEqual([150 - FRAME_INSET, 200, 0, 30 + FRAME_INSET]);
		// Rows across it, no more than 7 px apart, from its top to its bottom: no label fits between.
		const rows = ring.coordinates.slice(2).map((l) => l[0]![1]!);
		expect(rows.length).toBeGreaterThanOrEqual(4);
		for (const l of ring.coordinates.slice(2)) expect([l[0]![0], l[l.length - 1]![0]]).toEqual([150 - FRAME_INSET, 200]);
		const ysAll = [0, ...rows, 30 + FRAME_INSET];
		for (let i = 1; i < ysAll.length; i++) expect(ysAll[i]! - ysAll[i - 1]!).toBeLessThanOrEqual(7);
	});

	it('leaves out a cover that is off the map', () => {
		expect(frameRing(200, 100, (x, y) => [x, y], [{ left: 300, top: 0, right: 400, bottom: 50 }]).coordinates).toHaveLength(1);
	});
});
