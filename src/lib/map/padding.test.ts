import { describe, expect, it } from 'vitest';
import { cameraPadding, largestFreeRect, type Rect } from './padding';

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
