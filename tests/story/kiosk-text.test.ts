import { describe, expect, it } from 'vitest';
import { LANGS, UI } from './edition';
import { fill } from '$lib/kiosk/text';

describe('fill', () => {
	it('replaces named placeholders and leaves unknown ones', () => {
		expect(fill('Scene {n} of {total}', { n: 3, total: 21 })).toBe('Scene 3 of 21');
		expect(fill('{total}개 장면 중 {n}번째', { n: 3, total: 21 })).toBe('21개 장면 중 3번째');
		expect(fill('restarts in {s} s {x}', { s: 30 })).toBe('restarts in 30 s {x}');
	});
	it('every language’s kiosk strings carry the placeholders the kiosk fills', () => {
		for (const l of LANGS) {
			expect(UI[l].kioskSceneOf).toMatch(/\{n\}/);
			expect(UI[l].kioskSceneOf).toMatch(/\{total\}/);
			expect(UI[l].kioskError).toMatch(/\{s\}/);
			expect(UI[l].kioskTouch.length).toBeGreaterThan(3);
		}
	});
});
