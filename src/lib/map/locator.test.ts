import { describe, expect, it } from 'vitest';
import { WIDTH, inset, landPath as land, viewBox as box } from './locator';

const EXT = { west: 88, east: 150, south: -12, north: 52 };
const { project, height: HEIGHT } = inset(EXT);
const viewBox = (b: [number, number, number, number]) => box(EXT, b);
const landPath = (fc: Parameters<typeof land>[1]) => land(EXT, fc);

describe('the locator inset', () => {
	it('puts a point of the region inside the inset, west and south of another', () => {
		const [hx, hy] = project(105.85, 21.03);
		const [px, py] = project(125.74, 39.02);
		expect(hx).toBeGreaterThan(0);
		expect(hx).toBeLessThan(WIDTH);
		expect(hy).toBeGreaterThan(0);
		expect(hy).toBeLessThan(HEIGHT);
		expect(px).toBeGreaterThan(hx);
		expect(py).toBeLessThan(hy);
	});
	it('draws a small box for a zoomed-in view', () => {
		const b = viewBox([106.5, 20.6, 107.1, 21.0])!;
		expect(b.w).toBeGreaterThan(0);
		expect(b.w).toBeLessThan(5);
		const [x] = project(106.7, 20.8);
		expect(b.x).toBeLessThanOrEqual(x);
		expect(b.x + b.w).toBeGreaterThanOrEqual(x);
	});
	it('has no box for a view outside the region', () => {
		expect(viewBox([-80, 30, -70, 40])).toBeUndefined();
	});
	it('outlines land as closed SVG paths', () => {
		const d = landPath({
			type: 'FeatureCollection',
			features: [{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[100, 10], [110, 10], [110, 20], [100, 10]]] } }]
		});
		expect(d).toMatch(/^M[\d.]+ [\d.]+(L[\d.]+ [\d.]+)+Z$/);
	});
});
