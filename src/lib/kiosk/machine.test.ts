import { describe, expect, it } from 'vitest';
import { initialState, progress, remainingMs, step, type KioskConfig, type KioskEvent, type KioskState } from './machine';

const cfg: KioskConfig = {
	count: 3,
	dwellMs: (i) => [1000, 2000, 3000][i]!,
	attractMs: 500,
	idleMs: 10_000,
	visitorDrawMs: 800
};

/** Run the machine on a fake clock: tick every `dt` ms until `until`, recording mode/index changes. */
function run(s: KioskState, from: number, until: number, dt = 10): { s: KioskState; log: string[] } {
	const log: string[] = [];
	for (let t = from; t <= until; t += dt) {
		const n = step(s, { type: 'tick' }, t, cfg);
		if (n !== s) log.push(`${t}:${n.mode}:${n.index}`);
		s = n;
	}
	return { s, log };
}

const send = (s: KioskState, e: KioskEvent, now: number) => step(s, e, now, cfg);

describe('autoplay', () => {
	it('starts on the first scene and advances after each scene’s dwell, then shows the attract title and loops', () => {
		const { log } = run(initialState(0, cfg), 0, 7000);
		expect(log).toEqual(['1000:autoplay:1', '3000:autoplay:2', '6000:attract:0', '6500:autoplay:0']);
	});
	it('returns the same object when nothing happens', () => {
		const s = initialState(0, cfg);
		expect(step(s, { type: 'tick' }, 999, cfg)).toBe(s);
	});
	it('never skips a scene after a long stall: one scene per tick', () => {
		const s = initialState(0, cfg);
		const a = send(s, { type: 'tick' }, 60_000);
		expect(a.index).toBe(1);
		expect(a.since).toBe(60_000);
		expect(send(a, { type: 'tick' }, 60_001)).toBe(a);
	});
	it('draws the routes over the dwell', () => {
		const s = initialState(0, cfg);
		expect(progress(s, 0)).toBe(0);
		expect(progress(s, 500)).toBeCloseTo(0.5);
		expect(progress(s, 5000)).toBe(1);
		const b = send(s, { type: 'tick' }, 1000);
		expect(progress(b, 1000)).toBe(0);
		expect(progress(b, 2000)).toBeCloseTo(0.5);
		expect(remainingMs(b, 1500, cfg)).toBe(1500);
	});
	it('works with a single scene', () => {
		const one = { ...cfg, count: 1 };
		let s = initialState(0, one);
		s = step(s, { type: 'tick' }, 1000, one);
		expect([s.mode, s.index]).toEqual(['attract', 0]);
		s = step(s, { type: 'next' }, 1100, one);
		expect([s.mode, s.index]).toEqual(['visitor', 0]);
	});
});

describe('visitor', () => {
	it('takes over on input: autoplay pauses on the current scene', () => {
		let s = send(initialState(0, cfg), { type: 'tick' }, 1000); // scene 1
		s = send(s, { type: 'input' }, 1500);
		expect([s.mode, s.index, s.lastInput]).toEqual(['visitor', 1, 1500]);
		// Paused: no scene change until the idle time (10 s after the last input) runs out.
		expect(run(s, 1500, 11_490).log).toEqual([]);
		expect(run(s, 1500, 11_500).log).toEqual(['11500:attract:0']);
	});
	it('keeps drawing the routes of the scene it paused on', () => {
		let s = send(initialState(0, cfg), { type: 'tick' }, 1000);
		s = send(s, { type: 'input' }, 1500);
		expect(progress(s, 2000)).toBeCloseTo(0.5);
	});
	it('moves with next, previous and goto, clamped to the story', () => {
		let s = send(initialState(0, cfg), { type: 'input' }, 100);
		s = send(s, { type: 'next' }, 200);
		expect([s.index, s.since, s.drawMs]).toEqual([1, 200, 800]);
		s = send(s, { type: 'next' }, 300);
		s = send(s, { type: 'next' }, 400);
		expect(s.index).toBe(2);
		expect(s.since).toBe(300);
		expect(s.lastInput).toBe(400);
		s = send(s, { type: 'goto', index: 0 }, 500);
		expect(s.index).toBe(0);
		s = send(s, { type: 'prev' }, 600);
		expect(s.index).toBe(0);
		s = send(s, { type: 'goto', index: 99 }, 700);
		expect(s.index).toBe(2);
		expect(progress(s, 1100)).toBeCloseTo(0.5);
	});
	it('jumping to a scene from autoplay takes over at once', () => {
		const s = send(initialState(0, cfg), { type: 'goto', index: 2 }, 50);
		expect([s.mode, s.index]).toEqual(['visitor', 2]);
	});
	it('returns to the attract title from the start after idle, then autoplays from the first scene', () => {
		let s = send(initialState(0, cfg), { type: 'goto', index: 2 }, 0);
		s = send(s, { type: 'input' }, 5000); // still here: the idle clock restarts
		let r = run(s, 5000, 14_990);
		expect(r.log).toEqual([]);
		r = run(r.s, 15_000, 15_600);
		expect(r.log).toEqual(['15000:attract:0', '15500:autoplay:0']);
		expect(r.s.drawMs).toBe(1000);
	});
	it('a touch on the attract title starts a visit at the first scene', () => {
		const attract: KioskState = { mode: 'attract', index: 0, since: 0, drawMs: 1000, lastInput: 0 };
		const s = send(attract, { type: 'input' }, 100);
		expect([s.mode, s.index, s.since]).toEqual(['visitor', 0, 100]);
		expect(progress(attract, 300)).toBe(0);
	});
	it('play hands the kiosk back to autoplay from the current scene', () => {
		let s = send(initialState(0, cfg), { type: 'goto', index: 1 }, 0);
		s = send(s, { type: 'play' }, 100);
		expect([s.mode, s.index, s.since, s.drawMs]).toEqual(['autoplay', 1, 100, 2000]);
		expect(run(s, 100, 2200).log).toEqual(['2100:autoplay:2']);
	});
});
