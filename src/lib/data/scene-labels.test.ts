import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { SCENE_LABEL_MARGIN, grow, placeRoom, poleWithin, sceneLabels } from './scene-labels';

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
	const placeAt = (id: string) => ({ capital: [105, 15], corner: [108.5, 18.5] })[id];
	it('gives each scene a point for a country’s name inside the country, near the framed box and clear of the scene’s places', () => {
		const [f, ...rest] = sceneLabels(labels, areas, [scene('corner', [108, 18, 109, 19])], placeAt, () => 'countries.geojson');
		expect(rest).toEqual([]);
		expect(f!.properties).toMatchObject({ id: 'aa-label', kind: 'country', scene: 'corner', name: 'aa-label' });
		expect(String(f!.properties!.source)).toContain('"aa" (countries.geojson)');
		const at = f!.geometry.coordinates as [number, number];
		expect(booleanPointInPolygon(at, country)).toBe(true);
		const [w, s, e, n] = grow([108, 18, 109, 19], SCENE_LABEL_MARGIN);
		expect(at[0]).toBeGreaterThanOrEqual(w);
		expect(at[0]).toBeLessThanOrEqual(e);
		expect(at[1]).toBeGreaterThanOrEqual(s);
		expect(at[1]).toBeLessThanOrEqual(n);
		// A scene whose place sits on the country's pole: the name goes beside the place's room.
		const [g] = sceneLabels(labels, areas, [{ ...scene('capital', [100, 10, 110, 20]), map: { ...scene('capital', [100, 10, 110, 20]).map, places: ['capital'] } }], placeAt);
		const [x, y] = g!.geometry.coordinates as [number, number];
		const [rw, rs, re, rn] = placeRoom([105, 15], [100, 10, 110, 20]);
		expect(x >= rw && x <= re && y >= rs && y <= rn).toBe(false);
		expect(booleanPointInPolygon([x, y], country)).toBe(true);
	});
	it('adds nothing where the country is out of the box, on a globe, across the antimeridian, or for other kinds', () => {
		const scenes = [scene('away', [130, 40, 131, 41]), scene('globe', [108, 18, 109, 19], { projection: 'globe' }), scene('pacific', [105, 10, 283, 40])];
		expect(sceneLabels(labels, areas, scenes, placeAt)).toEqual([]);
	});
});

describe('poleWithin', () => {
	it('is the middle of what of the country lies in the box, and nothing for a sliver', () => {
		const [lon, lat] = poleWithin(country, [108, 10, 120, 20])!;
		expect(lon).toBeCloseTo(109, 0);
		expect(lat).toBeGreaterThan(11);
		expect(lat).toBeLessThan(19);
		expect(poleWithin(country, [109.99, 10, 130, 20])).toBeUndefined();
		// Less a room in its middle, the pole moves out of the room.
		const [x] = poleWithin(country, [100, 10, 110, 20], [[103, 10, 107, 20]])!;
		expect(x < 103 || x > 107).toBe(true);
		expect(poleWithin(country, [120, 10, 130, 20])).toBeUndefined();
	});
});
