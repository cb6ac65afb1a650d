import { describe, expect, it } from 'vitest';
import { sameState, sceneState } from './state';
import type { ResolvedScene } from './types';

const scene: ResolvedScene = {
	chapterLabel: 'A journey',
	id: 'harbour-scene',
	index: 4,
	chapter: 'journey',
	title: 'The harbour',
	date: '1901-02',
	paragraphs: ['x'],
	sources: [],
	afterArticles: false,
	alt: 'map',
	map: {
		places: ['capital', 'harbour'],
		focus: ['harbour'],
		areas: [],
		lines: [{ id: 'road-trip', from: 0.1, to: 0.6 }],
		camera: { bounds: [105, 20, 107, 21.5], maxZoom: 11, bearing: 0, pitch: 0, projection: 'mercator' }
	}
};

describe('sceneState', () => {
	it('draws more of the route as progress grows', () => {
		const fractions = [0, 0.25, 0.5, 0.75, 1].map((p) => sceneState(scene, p).lines[0]!.fraction);
		expect(fractions[0]).toBeCloseTo(0.1);
		expect(fractions[4]).toBeCloseTo(0.6);
		for (let i = 1; i < fractions.length; i++) expect(fractions[i]!).toBeGreaterThan(fractions[i - 1]!);
	});
	it('gives the same state for the same input, whatever came before', () => {
		const a = sceneState(scene, 0.42);
		sceneState(scene, 0.9);
		const b = sceneState(scene, 0.42);
		expect(b).toEqual(a);
		expect(sameState(a, b)).toBe(true);
		expect(sameState(a, sceneState(scene, 0.9))).toBe(false);
	});
	it('clamps progress and shows the final line without animation', () => {
		expect(sceneState(scene, -3).lines[0]!.fraction).toBeCloseTo(0.1);
		expect(sceneState(scene, 7).lines[0]!.fraction).toBeCloseTo(0.6);
		expect(sceneState(scene, 0, { animateLines: false }).lines[0]!.fraction).toBeCloseTo(0.6);
	});
	it('carries the scene camera and filters unchanged', () => {
		const s = sceneState(scene, 0.5);
		expect(s.camera).toEqual(scene.map.camera);
		expect(s.places).toEqual(['capital', 'harbour']);
		expect(s.focus).toEqual(['harbour']);
	});
});
