/**
 * The provinces are right where the story needs them: sourced points (geodata/known-points.json,
 * each with its source) fall in their province and in no other: Cat Ba and Cat Hai islands, Dinh
 * Vu and the VinFast plant in Hai Phong; Ha Long's centre and Van Don in Quang Ninh.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkKnownPoints, pointInGeometry } from '../../geodata/scripts/check-known-points.mjs';
import { d } from './edition';

const known = JSON.parse(readFileSync('geodata/known-points.json', 'utf8')) as { points: { id: string; coordinates: [number, number]; province: string; source: string }[] };
const provinces = { type: 'FeatureCollection', features: d.areas.features.filter((f) => f.properties.kind === 'province') };

describe('provinces', () => {
	it('hold every sourced known point in its own province, and in no other', () => {
		expect(known.points.length).toBeGreaterThanOrEqual(8);
		for (const p of known.points) expect(p.source, p.id).toMatch(/\w{5}/);
		expect(checkKnownPoints(provinces, known)).toEqual([]);
	});

	it('would fail if the provinces were swapped (the check can fail)', () => {
		const swapped = {
			...provinces,
			features: provinces.features.map((f, i) => ({ ...f, properties: { ...f.properties, id: provinces.features[(i + 1) % provinces.features.length]!.properties.id } }))
		};
		expect(checkKnownPoints(swapped, known).length).toBeGreaterThan(0);
	});

	it('hold the story’s own places where its scenes highlight them', () => {
		const place = (id: string) => d.places.features.find((f) => f.properties.id === id)!.geometry.coordinates as [number, number];
		const inside = (pid: string, area: string) => pointInGeometry(place(pid), provinces.features.find((f) => f.properties.id === area)!.geometry);
		expect(inside('vinfast-dinh-vu', 'hai-phong-province')).toBe(true);
		expect(inside('vinfast-dinh-vu', 'quang-ninh-province')).toBe(false);
		expect(inside('hai-phong', 'hai-phong-province')).toBe(true);
		expect(inside('ha-long', 'quang-ninh-province')).toBe(true);
		expect(inside('van-don-airport', 'quang-ninh-province')).toBe(true);
	});
});
