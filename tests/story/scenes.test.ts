import { describe, expect, it } from 'vitest';
import { loadDataset } from '$lib/data/read';

const d = loadDataset();
const placeAt = new Map(d.places.features.map((f) => [f.properties.id, f.geometry.coordinates as [number, number]]));

function inBounds([lon, lat]: [number, number], [w, s, e, n]: number[]): boolean {
	const eps = 1e-6;
	const lonIn = (l: number) => l >= w! - eps && l <= e! + eps;
	return lat >= s! - eps && lat <= n! + eps && (lonIn(lon) || lonIn(lon + 360) || lonIn(lon - 360));
}

describe('buildScenes', () => {
	it('has at least 14 scenes with unique ids, in both threads of the story', () => {
		const ids = d.scenes.map((s) => s.id);
		expect(new Set(ids).size).toBe(ids.length);
		expect(ids.length).toBeGreaterThanOrEqual(14);
		const chapters = new Set(d.scenes.map((s) => s.chapter));
		for (const c of ['summit', 'tour', 'history', 'epilogue']) expect(chapters).toContain(c);
	});
	it("frames every place each scene shows inside that scene's camera box", () => {
		for (const s of d.scenes) {
			for (const id of s.map.places) {
				expect(inBounds(placeAt.get(id)!, s.map.camera.bounds), `${s.id}: ${id}`).toBe(true);
			}
		}
	});
	it('frames Hanoi and Washington across the Pacific, not across Africa', () => {
		const s = d.scenes.find((x) => x.map.places.includes('washington') && x.map.places.includes('hanoi'));
		expect(s).toBeDefined();
		const [w, , e] = s!.map.camera.bounds;
		expect(w).toBeGreaterThan(90);
		expect(e).toBeGreaterThan(180);
	});
	it('draws the tour route progressively across its scenes, never backwards', () => {
		const tour = d.scenes.filter((s) => s.map.lines.some((l) => l.id === 'tour'));
		expect(tour.length).toBeGreaterThanOrEqual(2);
		let reached = 0;
		for (const s of tour) {
			const l = s.map.lines.find((x) => x.id === 'tour')!;
			expect(l.from).toBeGreaterThanOrEqual(reached - 1e-9);
			expect(l.to).toBeGreaterThanOrEqual(l.from);
			reached = l.to;
		}
		expect(reached).toBe(1);
	});
	it('marks the epilogue as coming after the articles, with outside sources', () => {
		const epi = d.scenes.filter((s) => s.chapter === 'epilogue');
		expect(epi.length).toBeGreaterThan(0);
		for (const s of epi) {
			expect(s.afterArticles).toBe(true);
			expect(s.sources.some((x) => x.kind === 'outside')).toBe(true);
		}
	});
	it('generates every route and arc as a great circle through its stops', () => {
		for (const f of d.lines.features) {
			const coords = f.geometry.coordinates;
			const first = placeAt.get(f.properties.via[0]!)!;
			expect(coords[0]![0]).toBeCloseTo(first[0], 4);
			expect(coords[0]![1]).toBeCloseTo(first[1], 4);
			expect(coords.length).toBeGreaterThanOrEqual(f.properties.via.length);
			for (let i = 1; i < coords.length; i++) expect(Math.abs(coords[i]![0]! - coords[i - 1]![0]!)).toBeLessThan(180);
		}
	});
});
