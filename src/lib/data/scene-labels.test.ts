import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { grow, poleWithin, sceneLabels } from './scene-labels';

// A country 10° square, its label at the pole in the middle, and one square-ish province.
const square = (w: number, s: number, e: number, n: number): Polygon => ({
	type: 'Polygon',
	coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]]
});
const country: Feature<Polygon, { id: string; kind: string }> = { type: 'Feature', properties: { id: 'aa', kind: 'country' }, geometry: square(100, 10, 110, 20) };
const province: Feature<Polygon, { id: string; kind: string }> = { type: 'Feature', properties: { id: 'aa-p', kind: 'province' }, geometry: square(100, 10, 110, 20) };
const areas: FeatureCollection<Polygon | MultiPolygon> = { type: 'FeatureCollection', features: [province, country] };
const label = (id: string, kind: string, at: [number, number]): Feature<Point> => ({
	type: 'Feature',
	properties: { id, kind, name: id, source: 'test', minzoom: 1, maxzoom: 8, rank: 1 },
	geometry: { type: 'Point', coordinates: at }
});
const labels: FeatureCollection = { type: 'FeatureCollection', features: [label('aa-label', 'country', [105, 15]), label('sea', 'sea', [120, 15])] };
const scene = (id: string, bounds: [number, number, number, number], extra: object = {}) => ({
	id,
	map: { places: [], focus: [], areas: [], lines: [], camera: { bounds, maxZoom: 9, bearing: 0, pitch: 0, projection: 'mercator' as const, ...extra } }
});

describe('sceneLabels', () => {
	it('gives a scene framed on a corner of a country a point of its own for the name, inside the country and near the box', () => {
		const [f, ...rest] = sceneLabels(labels, areas, [scene('corner', [108, 18, 109, 19])], () => 'countries.geojson');
		expect(rest).toEqual([]);
		expect(f!.properties).toMatchObject({ id: 'aa-label', kind: 'country', scene: 'corner', atLon: 105, atLat: 15, name: 'aa-label' });
		expect(String(f!.properties!.source)).toContain('"aa" in countries.geojson');
		const at = f!.geometry.coordinates as [number, number];
		expect(booleanPointInPolygon(at, country)).toBe(true);
		const [w, s, e, n] = grow([108, 18, 109, 19], 0.5);
		expect(at[0]).toBeGreaterThanOrEqual(w);
		expect(at[0]).toBeLessThanOrEqual(e);
		expect(at[1]).toBeGreaterThanOrEqual(s);
		expect(at[1]).toBeLessThanOrEqual(n);
	});
	it('adds nothing where the label’s own point is near the box, the country is out of it, on a globe, or for other kinds', () => {
		const scenes = [
			scene('near', [104, 14, 106, 16]),
			scene('away', [130, 40, 131, 41]),
			scene('globe', [108, 18, 109, 19], { projection: 'globe' }),
			// The phone's box reaches the label: the wide screen's own point would not be needed there.
			scene('small', [108, 18, 109, 19], { small: { bounds: [104.5, 14.5, 109, 19], maxZoom: 9 } })
		];
		expect(sceneLabels(labels, areas, scenes)).toEqual([]);
	});
});

describe('poleWithin', () => {
	it('is the middle of what of the country lies in the box, and nothing for a sliver', () => {
		const [lon, lat] = poleWithin(country, [108, 10, 120, 20])!;
		expect(lon).toBeCloseTo(109, 0);
		expect(lat).toBeGreaterThan(11);
		expect(lat).toBeLessThan(19);
		expect(poleWithin(country, [109.9, 10, 130, 20])).toBeUndefined();
		expect(poleWithin(country, [120, 10, 130, 20])).toBeUndefined();
	});
});
