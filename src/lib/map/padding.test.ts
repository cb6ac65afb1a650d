import { describe, expect, it } from 'vitest';
import { across, cameraPadding, labelSides, largestFreeRect, type Rect } from './padding';

const rect = (left: number, top: number, right: number, bottom: number): Rect => ({ left, top, right, bottom });

describe('largestFreeRect', () => {
	it('is the whole screen without obstacles', () => {
		expect(largestFreeRect(1920, 1080, [])).toEqual(rect(0, 0, 1920, 1080));
	});
	it('goes right of a tall card at the bottom left (landscape)', () => {
		expect(largestFreeRect(1920, 1080, [rect(40, 140, 1080, 1040)])).toEqual(rect(1080, 0, 1920, 1080));
	});
	it('goes above a wide card at the bottom (portrait)', () => {
		expect(largestFreeRect(1080, 1920, [rect(40, 1000, 1040, 1880)])).toEqual(rect(0, 0, 1080, 1000));
	});
	it('avoids several obstacles at once and ignores parts off screen', () => {
		const card = rect(40, 300, 1080, 1040);
		const toolbar = rect(1600, 24, 1896, 104);
		const buttons = rect(1120, 960, 1880, 1040);
		const free = largestFreeRect(1920, 1080, [card, toolbar, buttons, rect(-500, -500, -10, -10)]);
		expect(free).toEqual(rect(1080, 104, 1920, 960));
	});
});

describe('cameraPadding', () => {
	it('pads to the free part of the screen plus a margin', () => {
		expect(cameraPadding(1920, 1080, [rect(40, 140, 1080, 1040)], 40)).toEqual({ left: 1120, top: 40, right: 40, bottom: 40 });
		expect(cameraPadding(1080, 1920, [rect(40, 1000, 1040, 1880)], 48)).toEqual({ left: 48, top: 48, right: 48, bottom: 968 });
	});
	it('keeps only the margin when the obstacles leave too little room', () => {
		expect(cameraPadding(800, 600, [rect(0, 0, 700, 600)], 40)).toEqual({ top: 40, right: 40, bottom: 40, left: 40 });
	});
});

describe('across', () => {
	it('is where a longitude lies from the west edge of a box to its east edge', () => {
		expect(across(100, 100, 120)).toBe(0);
		expect(across(110, 100, 120)).toBe(0.5);
		expect(across(120, 100, 120)).toBe(1);
	});
	it('follows a box across the antimeridian (east past 180°)', () => {
		// A box from 105.85° E eastwards across the Pacific to 77.04° W, written 282.96°.
		expect(across(-77.04, 105.85, 282.96)).toBeCloseTo(1, 3);
		expect(across(180, 105.85, 282.96)).toBeCloseTo((180 - 105.85) / (282.96 - 105.85), 6);
	});
	it('keeps a point outside the box at its nearest edge, and a point box in the middle', () => {
		expect(across(90, 100, 120)).toBe(0);
		expect(across(100, 100, 100)).toBe(0.5);
	});
});

describe('labelSides', () => {
	const margin = 22;
	const most = 86;
	it('keeps a label at the west edge its whole reach on the left, and the east side only what its labels need', () => {
		// A short name at the west edge, a long one at the east edge, a width of 174 px between.
		const sides = labelSides([{ x: 0, west: 59, east: 59 }, { x: 1, west: 80, east: 80 }], 174, margin, most);
		expect(sides).toEqual({ left: 59 + 8 - margin, right: 80 + 8 - margin });
	});
	it('reads each side from the reach towards it (a label kept from running outwards needs little there)', () => {
		const sides = labelSides([{ x: 0, west: 25, east: 59 }, { x: 1, west: 101, east: 46 }], 174, margin, most);
		expect(sides).toEqual({ left: 25 + 8 - margin, right: 46 + 8 - margin });
	});
	it('needs less for a label further in, and nothing once its distance from the edge is enough', () => {
		const near = labelSides([{ x: 0.1, west: 60, east: 60 }], 200, margin, most);
		expect(near.left).toBe(60 - 20 + 8 - margin);
		expect(near.right).toBe(0);
		expect(labelSides([{ x: 0.5, west: 60, east: 60 }], 200, margin, most)).toEqual({ left: 0, right: 0 });
	});
	it('gives no side more than the most room', () => {
		expect(labelSides([{ x: 0, west: 300, east: 300 }, { x: 1, west: 300, east: 300 }], 174, margin, most)).toEqual({ left: most, right: most });
	});
	it('keeps only the margin when the scene has no labels', () => {
		expect(labelSides([], 174, margin, most)).toEqual({ left: 0, right: 0 });
	});
});
