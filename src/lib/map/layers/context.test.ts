import { describe, expect, it } from 'vitest';
import { featureFilter, type FilterSpecification } from '@maplibre/maplibre-gl-style-spec';
import { contextLayers, labelsToMove, onScreen, scenePointFilter } from './context';

describe('scenePointFilter', () => {
	// Evaluated as MapLibre evaluates a layer's filter.
	const shows = (filter: unknown, properties: Record<string, unknown>) =>
		featureFilter(filter as FilterSpecification, 'filter').filter({ zoom: 5 }, { type: 1, properties, geometry: [] } as never);
	const own = { id: 'aa-label', kind: 'country', minzoom: 1, maxzoom: 8 };
	const scenes = { ...own, scene: 's1' };
	const other = { ...own, scene: 's2' };
	it('draws each label at its own point until the label is moved, then only at the scene’s point', () => {
		expect([shows(scenePointFilter('s1', []), own), shows(scenePointFilter('s1', []), scenes)]).toEqual([true, false]);
		expect([shows(scenePointFilter('s1', ['aa-label']), own), shows(scenePointFilter('s1', ['aa-label']), scenes)]).toEqual([false, true]);
		expect(shows(scenePointFilter('s1', ['aa-label']), other)).toBe(false);
		expect(shows(scenePointFilter('s1', ['bb-label']), own)).toBe(true);
	});
	it('is part of every context layer’s filter from the start: no scene’s point is drawn before its scene', () => {
		const kindOf = { 'context-water': 'sea', 'context-land': 'country', 'context-cities': 'city' } as Record<string, string>;
		const layers = contextLayers('en');
		expect(layers.map((l) => l.id).sort()).toEqual(Object.keys(kindOf).sort());
		for (const layer of layers) {
			const filter = (layer as { filter: unknown }).filter;
			const kind = kindOf[layer.id];
			expect(shows(filter, { ...own, kind })).toBe(true);
			expect(shows(filter, { ...scenes, kind })).toBe(false);
		}
	});
});

describe('labelsToMove', () => {
	const visible = (lonLat: [number, number]) => lonLat[0] > 0;
	it('moves a label whose own point is off screen to the scene’s point when that one is on screen', () => {
		const points = [
			{ id: 'off-on', own: [-1, 0] as [number, number], scene: [1, 0] as [number, number] },
			{ id: 'on-on', own: [1, 0] as [number, number], scene: [2, 0] as [number, number] },
			{ id: 'off-off', own: [-1, 0] as [number, number], scene: [-2, 0] as [number, number] },
			// A GeoJSON source hands a feature back once per tile it crosses.
			{ id: 'off-on', own: [-1, 0] as [number, number], scene: [1, 0] as [number, number] }
		];
		expect(labelsToMove(points, visible)).toEqual(['off-on']);
	});
});

describe('onScreen', () => {
	it('needs a point clear of the map’s edges and of what covers the map', () => {
		const covers = [{ left: 0, top: 0, right: 300, bottom: 100 }];
		expect(onScreen([500, 400], 800, 800, covers)).toBe(true);
		expect(onScreen([10, 400], 800, 800, covers)).toBe(false);
		expect(onScreen([500, 790], 800, 800, covers)).toBe(false);
		expect(onScreen([200, 50], 800, 800, covers)).toBe(false);
		expect(onScreen([200, 120], 800, 800, covers)).toBe(false);
		expect(onScreen([200, 140], 800, 800, covers)).toBe(true);
	});
});
