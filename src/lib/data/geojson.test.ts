import { describe, expect, it } from 'vitest';
import { checkFeatureCollection, decodeUtf8, parseJson } from './geojson';

const FILE = 'geodata/test.geojson';
const point = (coordinates: unknown, id = 'p') => ({ type: 'Feature', properties: { id }, geometry: { type: 'Point', coordinates } });
const poly = (rings: unknown, id = 'a') => ({ type: 'Feature', properties: { id }, geometry: { type: 'Polygon', coordinates: rings } });
const fc = (...features: unknown[]) => ({ type: 'FeatureCollection', features });
const reasons = (doc: unknown) => checkFeatureCollection(FILE, doc).issues.map((i) => `${i.where ?? ''} ${i.reason}`);

const ccw = [[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]];

describe('checkFeatureCollection', () => {
	it('accepts a valid collection', () => {
		const r = checkFeatureCollection(FILE, fc(point([105.85, 21.03]), poly([ccw])));
		expect(r.issues).toEqual([]);
		expect(r.features).toHaveLength(2);
	});
	it('names a latitude out of range and suggests a lon/lat swap', () => {
		const [msg] = reasons(fc(point([21.03, 105.85], 'old-town')));
		expect(msg).toContain('feature "old-town" (#0)');
		expect(msg).toContain('latitude 105.85 is out of range');
		expect(msg).toContain('swapped');
	});
	it('rejects latitude 95 and longitude 200', () => {
		expect(reasons(fc(point([10, 95])))[0]).toContain('latitude 95');
		expect(reasons(fc(point([200, 10])))[0]).toContain('longitude 200');
	});
	it('rejects empty and missing geometries', () => {
		expect(reasons(fc({ type: 'Feature', properties: { id: 'x' }, geometry: { type: 'Polygon', coordinates: [] } }))[0]).toContain('empty Polygon');
		expect(reasons(fc({ type: 'Feature', properties: { id: 'x' }, geometry: null }))[0]).toContain('no geometry');
	});
	it('rejects unclosed rings, short rings and wrong winding', () => {
		expect(reasons(fc(poly([[[0, 0], [1, 0], [1, 1], [0, 1]]])))[0]).toContain('not closed');
		expect(reasons(fc(poly([[[0, 0], [1, 1], [0, 0]]])))[0]).toContain('at least 4');
		expect(reasons(fc(poly([[...ccw].reverse()])))[0]).toContain('clockwise');
		const hole = [[0.2, 0.2], [0.4, 0.2], [0.4, 0.4], [0.2, 0.2]]; // counter-clockwise: wrong for a hole
		expect(reasons(fc(poly([ccw, hole])))[0]).toContain('holes clockwise');
	});
	it('rejects rings with no area', () => {
		expect(reasons(fc(poly([[[0, 0], [1, 0], [2, 0], [0, 0]]])))[0]).toContain('no area');
	});
	it('rejects a crs member and non-collections', () => {
		expect(reasons({ ...fc(), crs: { type: 'name' } })[0]).toContain('crs');
		expect(reasons({ type: 'Feature' })[0]).toContain('FeatureCollection');
	});
	it('rejects lines with one position and unknown geometry types', () => {
		expect(reasons(fc({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [[0, 0]] } }))[0]).toContain('at least 2');
		expect(reasons(fc({ type: 'Feature', properties: {}, geometry: { type: 'Circle', coordinates: [0, 0] } }))[0]).toContain('unknown geometry type');
	});
});

describe('decoding', () => {
	it('rejects bytes that are not UTF-8', () => {
		const r = decodeUtf8(FILE, new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]));
		expect(r.issue?.reason).toContain('not valid UTF-8');
	});
	it('reports invalid JSON with the file', () => {
		const r = parseJson(FILE, '{"type": "FeatureCollection",');
		expect(r.issue?.file).toBe(FILE);
		expect(r.issue?.reason).toContain('not valid JSON');
	});
});
