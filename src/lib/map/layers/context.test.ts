import { describe, expect, it } from 'vitest';
import { featureFilter, type FilterSpecification } from '@maplibre/maplibre-gl-style-spec';
import { SCENE_LAYER, contextLayers, labelsToMove, onScreen, scenePointFilter } from './context';

describe('scenePointFilter', () => {
	// Evaluated as MapLibre evaluates a layer's filter.
	const shows = (filter: unknown, properties: Record<string, unknown>) =>
		featureFilter(filter as FilterSpecification, 'filter').filter({ zoom: 5 }, { type: 1, properties, geometry: [] } as never);
	const point = { id: 'aa-label', kind: 'country', minzoom: 1, maxzoom: 8, scene: 's1' };
	it('draws a scene’s point only in its scene, for a moved label, in the label’s zoom range', () => {
		expect(shows(scenePointFilter('s1', []), point)).toBe(false);
		expect(shows(scenePointFilter('s1', ['aa-label']), point)).toBe(true);
		expect(shows(scenePointFilter('s2', ['aa-label']), point)).toBe(false);
		expect(shows(scenePointFilter('s1', ['bb-label']), point)).toBe(false);
		expect(shows(scenePointFilter('s1', ['aa-label']), { ...point, minzoom: 6 })).toBe(false);
	});
	it('is a layer of its own, after the countries, drawing nothing before a scene moves a label', () => {
		const layers = contextLayers('en');
		const ids = layers.map((l) => l.id);
		expect(ids.indexOf(SCENE_LAYER)).toBe(ids.indexOf('context-land') + 1);
		const scene = layers.find((l) => l.id === SCENE_LAYER) as { source: string; filter: unknown };
		expect(scene.source).not.toBe((layers.find((l) => l.id === 'context-land') as { source: string }).source);
		expect(shows(scene.filter, point)).toBe(false);
	});
});

describe('labelsToMove', () => {
	const shown = (lonLat: [number, number]) => lonLat[0] > 0;
	const at = (id: string, x: number) => ({ id, scene: [x, 0] as [number, number] });
	it('moves a label MapLibre did not place at its own point to the scene’s point, when that one is on screen', () => {
		// A GeoJSON source hands a feature back once per tile it crosses.
		const points = [at('beaten', 1), at('placed', 1), at('beaten-off', -1), at('beaten', 1)];
		expect(labelsToMove(points, { placed: new Set(['placed']), shown })).toEqual(['beaten']);
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
