import { describe, expect, it } from 'vitest';
import { ANCHORS, EDGE_SHARE, edgeAnchors, edgePlaces, radialOffset } from './places';

describe('radialOffset', () => {
	it('is MapLibre’s text-radial-offset: the whole offset beside or above and below, shared on a diagonal', () => {
		const h = 1 / Math.SQRT2;
		expect(radialOffset('left', 1)).toEqual([1, 0]);
		expect(radialOffset('right', 1)).toEqual([-1, 0]);
		expect(radialOffset('top', 1)).toEqual([0, 1]);
		expect(radialOffset('bottom', 1)).toEqual([0, -1]);
		expect(radialOffset('top-left', 1)).toEqual([h, h]);
		expect(radialOffset('bottom-right', 1)).toEqual([-h, -h]);
	});
});

describe('edgePlaces', () => {
	const at = (pos: Record<string, [number, number]>) => (id: string) => pos[id];
	const box = [100, 0, 200, 50];
	it('finds a place alone near the west or the east edge of the camera’s box', () => {
		const pos = at({ a: [100, 20], b: [150, 20], c: [200, 30] });
		expect(edgePlaces(['a', 'b', 'c'], pos, box)).toEqual({ west: ['a'], east: ['c'] });
	});
	it('leaves places that crowd an edge, and a place in a corner, free to put their labels on any side', () => {
		const pos = at({ a: [100, 20], b: [100 + 100 * EDGE_SHARE, 30], c: [200, 30] });
		expect(edgePlaces(['a', 'b', 'c'], pos, box)).toEqual({ west: [], east: ['c'] });
		const corners = at({ sw: [100, 0], ne: [200, 50], e: [200, 25] });
		expect(edgePlaces(['sw', 'ne'], corners, box)).toEqual({ west: [], east: [] });
		expect(edgePlaces(['sw', 'e'], corners, box)).toEqual({ west: [], east: ['e'] });
	});
	it('reads a box across the antimeridian, and skips a place it does not know', () => {
		// From 105.85° E east across the Pacific to 77.04° W (282.96°), up to 87.6° N: a place on
		// its west edge in the south corner, one on its east edge a quarter of the way up.
		const pos = at({ a: [105.85, 21], w: [-77.04, 38.9] });
		expect(edgePlaces(['a', 'w', 'x'], pos, [105.85, 21, 282.96, 87.6])).toEqual({ west: [], east: ['w'] });
	});
});

describe('edgeAnchors', () => {
	type Collection = ['literal', unknown[]];
	const anchorsOf = (c: Collection) => c[1].filter((v) => typeof v === 'string');
	it('gives a place at the west edge no anchor that runs west of it, one at the east edge none that runs east', () => {
		const e = edgeAnchors(['a'], ['c'], 0.9) as [string, unknown, string[], Collection, string[], Collection, Collection];
		expect(e.slice(0, 3)).toEqual(['match', ['get', 'id'], ['a']]);
		expect(anchorsOf(e[3])).toEqual(['top', 'bottom', 'left', 'top-left', 'bottom-left']);
		expect(e[4]).toEqual(['c']);
		expect(anchorsOf(e[5])).toEqual(['top', 'bottom', 'right', 'top-right', 'bottom-right']);
		expect(anchorsOf(e[6])).toEqual([...ANCHORS.centred]);
	});
	it('is every centred anchor with its offset when no place is at an edge', () => {
		const c = edgeAnchors([], [], 0.9) as Collection;
		expect(c[0]).toBe('literal');
		expect(c[1]).toEqual(ANCHORS.centred.flatMap((a) => [a, radialOffset(a, 0.9)]));
	});
});
