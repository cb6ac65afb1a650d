import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import { greatCirclePath, MERCATOR_MAX_LAT, withinMercator } from './lines';

const HANOI: Position = [105.8542, 21.0285];
const WASHINGTON: Position = [-77.0369, 38.9072];

describe('withinMercator', () => {
	it('cuts a great circle over the pole where it leaves the map, each piece ending on the edge', () => {
		const { coordinates } = greatCirclePath([HANOI, WASHINGTON]);
		expect(Math.max(...coordinates.map((p) => p[1]!))).toBeGreaterThan(87);
		const pieces = withinMercator(coordinates);
		expect(pieces).toHaveLength(2);
		// Nothing beyond the edge, where MapLibre would pull it onto the 85th parallel.
		for (const p of pieces.flat()) expect(Math.abs(p[1]!)).toBeLessThanOrEqual(MERCATOR_MAX_LAT);
		const [out, back] = pieces as [Position[], Position[]];
		expect(out[0]).toEqual(coordinates[0]);
		expect(back.at(-1)).toEqual(coordinates.at(-1));
		expect(out.at(-1)![1]).toBeCloseTo(MERCATOR_MAX_LAT, 9);
		expect(back[0]![1]).toBeCloseTo(MERCATOR_MAX_LAT, 9);
		// Every point inside the map is kept, in order.
		const kept = coordinates.filter((p) => Math.abs(p[1]!) <= MERCATOR_MAX_LAT);
		expect([...out.slice(0, -1), ...back.slice(1)]).toEqual(kept);
	});

	it('leaves a line inside the map as it is', () => {
		const { coordinates } = greatCirclePath([HANOI, [125.7625, 39.0392]]);
		expect(withinMercator(coordinates)).toEqual([coordinates]);
	});

	it('starts a line that begins beyond the edge on the edge, in the south too', () => {
		const pieces = withinMercator([
			[0, -88],
			[0, -84],
			[1, -80]
		]);
		expect(pieces).toEqual([
			[
				[0, -MERCATOR_MAX_LAT],
				[0, -84],
				[1, -80]
			]
		]);
	});
});
