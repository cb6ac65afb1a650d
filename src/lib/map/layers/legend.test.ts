import { describe, expect, it } from 'vitest';
import { legendItems } from './index';
import { TEST_SETTINGS as MAP_SETTINGS } from '../test-settings';
import type { MapState } from '../../story/state';

const LINE_STYLES = MAP_SETTINGS.lineKinds;

const base: MapState = {
	sceneId: 's',
	camera: { bounds: [0, 0, 1, 1], maxZoom: 10, bearing: 0, pitch: 0, projection: 'mercator' },
	places: ['a', 'b'],
	focus: ['a'],
	areas: [],
	lines: []
};
const kinds = { 'hike-1': 'hike', 'ride-1': 'ride', 'sail-1': 'sail' };

describe('legendItems', () => {
	it('lists exactly the line kinds drawn, with the colours the map uses', () => {
		const items = legendItems({ ...base, lines: [{ id: 'ride-1', fraction: 0.4 }, { id: 'sail-1', fraction: 1 }] }, { lineKinds: kinds, settings: MAP_SETTINGS });
		expect(items.filter((i) => i.symbol === 'line').map((i) => i.key)).toEqual(['line-ride', 'line-sail']);
		expect(items.find((i) => i.key === 'line-sail')!.color).toBe(LINE_STYLES.sail!.color);
	});
	it('leaves out a line not yet drawn', () => {
		const items = legendItems({ ...base, lines: [{ id: 'hike-1', fraction: 0 }] }, { lineKinds: kinds, settings: MAP_SETTINGS });
		expect(items.some((i) => i.key === 'line-hike')).toBe(false);
	});
	it('shows areas, the focus place and other places only when the scene has them', () => {
		expect(legendItems(base, { lineKinds: kinds, settings: MAP_SETTINGS }).map((i) => i.key)).toEqual(['focus', 'place']);
		expect(legendItems({ ...base, areas: ['x'], focus: [], places: ['a'] }, { lineKinds: kinds, settings: MAP_SETTINGS }).map((i) => i.key)).toEqual(['area', 'place']);
		expect(legendItems({ ...base, places: ['a'], focus: ['a'] }, { lineKinds: kinds, settings: MAP_SETTINGS }).map((i) => i.key)).toEqual(['focus']);
	});
});
