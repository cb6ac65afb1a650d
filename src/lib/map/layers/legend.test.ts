import { describe, expect, it } from 'vitest';
import { legendItems } from './index';
import { MAP_SETTINGS } from '../story-defaults';
import type { MapState } from '../../story/state';

const LINE_STYLES = MAP_SETTINGS.lineKinds;

const base: MapState = {
	sceneId: 's',
	camera: { bounds: [0, 0, 1, 1], maxZoom: 10, bearing: 0, pitch: 0 },
	places: ['hanoi', 'pyongyang'],
	focus: ['hanoi'],
	areas: [],
	lines: []
};
const kinds = { tour: 'tour', 'visit-1957': 'visit', 'flight-1': 'flight' };

describe('legendItems', () => {
	it('lists exactly the line kinds drawn, with the colours the map uses', () => {
		const items = legendItems({ ...base, lines: [{ id: 'visit-1957', fraction: 0.4 }, { id: 'flight-1', fraction: 1 }] }, { lineKinds: kinds, settings: MAP_SETTINGS });
		expect(items.filter((i) => i.symbol === 'line').map((i) => i.key)).toEqual(['line-visit', 'line-flight']);
		expect(items.find((i) => i.key === 'line-flight')!.color).toBe(LINE_STYLES.flight!.color);
	});
	it('leaves out a line not yet drawn', () => {
		const items = legendItems({ ...base, lines: [{ id: 'tour', fraction: 0 }] }, { lineKinds: kinds, settings: MAP_SETTINGS });
		expect(items.some((i) => i.key === 'line-tour')).toBe(false);
	});
	it('shows areas, the focus place and other places only when the scene has them', () => {
		expect(legendItems(base, { lineKinds: kinds, settings: MAP_SETTINGS }).map((i) => i.key)).toEqual(['focus', 'place']);
		expect(legendItems({ ...base, areas: ['vnm'], focus: [], places: ['hanoi'] }, { lineKinds: kinds, settings: MAP_SETTINGS }).map((i) => i.key)).toEqual(['area', 'place']);
		expect(legendItems({ ...base, places: ['hanoi'], focus: ['hanoi'] }, { lineKinds: kinds, settings: MAP_SETTINGS }).map((i) => i.key)).toEqual(['focus']);
	});
});
