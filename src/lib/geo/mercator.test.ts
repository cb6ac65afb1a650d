import { describe, expect, it } from 'vitest';
import { MERCATOR_MAX_LAT, fromMercator, toMercator } from './mercator';

describe('toMercator', () => {
	it('puts the equator at 0 and Web Mercator’s edge at π, and fromMercator undoes it', () => {
		const [x0, y0] = toMercator([0, 0]);
		expect(x0).toBe(0);
		expect(y0).toBeCloseTo(0, 12);
		expect(toMercator([180, MERCATOR_MAX_LAT])[0]).toBeCloseTo(Math.PI, 12);
		expect(toMercator([180, MERCATOR_MAX_LAT])[1]).toBeCloseTo(Math.PI, 9);
		expect(toMercator([0, 89.9])[1]).toBeCloseTo(Math.PI, 9);
		const [lon, lat] = fromMercator(toMercator([126.5, 38.9]));
		expect(lon).toBeCloseTo(126.5, 9);
		expect(lat).toBeCloseTo(38.9, 9);
	});
});
