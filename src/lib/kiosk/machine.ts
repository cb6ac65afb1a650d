/**
 * The kiosk's state machine, pure and driven by an injected clock:
 *
 *   autoplay ──last scene's dwell over──► attract ──attractMs over──► autoplay (first scene)
 *      │                                     │
 *      └──────── touch, click, key ──────────┴──► visitor ──idleMs without input──► attract
 *                                                    └── play ──► autoplay (from this scene)
 *
 * Autoplay advances at most one scene per tick, so a slow frame delays the show but never skips a
 * scene. `progress` is how far the current scene's routes are drawn (0..1).
 */

export type KioskMode = 'attract' | 'autoplay' | 'visitor';

export interface KioskConfig {
	/** Number of scenes (≥ 1). */
	count: number;
	/** How long autoplay stays on scene `index`, ms. */
	dwellMs: (index: number) => number;
	/** How long the attract title shows between loops, ms. */
	attractMs: number;
	/** Inactivity after which a visitor session ends, ms. */
	idleMs: number;
	/** How long routes take to draw when a visitor opens a scene, ms. */
	visitorDrawMs: number;
}

export interface KioskState {
	mode: KioskMode;
	/** The scene shown (the first scene while the attract title is up). */
	index: number;
	/** When the current scene (or the attract title) started, ms on the injected clock. */
	since: number;
	/** Duration over which the scene's routes draw from 0 to 1, ms. */
	drawMs: number;
	/** When the visitor last touched, clicked or pressed a key, ms. */
	lastInput: number;
}

export type KioskEvent =
	| { type: 'tick' }
	/** Any touch, click, key or mouse movement: takes over from autoplay, keeps a visitor session alive. */
	| { type: 'input' }
	| { type: 'goto'; index: number }
	| { type: 'next' }
	| { type: 'prev' }
	/** Hand the kiosk back to autoplay, from the current scene. */
	| { type: 'play' };

/** The state on start: autoplay from the first scene. */
export function initialState(now: number, cfg: KioskConfig): KioskState {
	return { mode: 'autoplay', index: 0, since: now, drawMs: cfg.dwellMs(0), lastInput: now };
}

function clampIndex(i: number, cfg: KioskConfig): number {
	return Math.min(cfg.count - 1, Math.max(0, Math.trunc(i)));
}

function visit(s: KioskState, index: number, now: number, cfg: KioskConfig): KioskState {
	const i = clampIndex(index, cfg);
	if (i === s.index && s.mode === 'visitor') return { ...s, lastInput: now };
	if (i === s.index && s.mode === 'autoplay') return { ...s, mode: 'visitor', lastInput: now };
	return { mode: 'visitor', index: i, since: now, drawMs: cfg.visitorDrawMs, lastInput: now };
}

/** The next state. Returns the same object when nothing changes (cheap to call every frame). */
export function step(s: KioskState, e: KioskEvent, now: number, cfg: KioskConfig): KioskState {
	switch (e.type) {
		case 'tick':
			if (s.mode === 'autoplay' && now - s.since >= cfg.dwellMs(s.index)) {
				if (s.index + 1 < cfg.count) return { ...s, index: s.index + 1, since: now, drawMs: cfg.dwellMs(s.index + 1) };
				return { ...s, mode: 'attract', index: 0, since: now, drawMs: cfg.dwellMs(0) };
			}
			if (s.mode === 'attract' && now - s.since >= cfg.attractMs) {
				return { ...s, mode: 'autoplay', index: 0, since: now, drawMs: cfg.dwellMs(0) };
			}
			if (s.mode === 'visitor' && now - s.lastInput >= cfg.idleMs) {
				return { ...s, mode: 'attract', index: 0, since: now, drawMs: cfg.dwellMs(0) };
			}
			return s;
		case 'input':
			if (s.mode === 'attract') return { mode: 'visitor', index: 0, since: now, drawMs: cfg.visitorDrawMs, lastInput: now };
			// Autoplay pauses where it is; the routes keep drawing to the end of the scene.
			return { ...s, mode: 'visitor', lastInput: now };
		case 'goto':
			return visit(s, e.index, now, cfg);
		case 'next':
			return visit(s, s.index + 1, now, cfg);
		case 'prev':
			return visit(s, s.index - 1, now, cfg);
		case 'play':
			return { ...s, mode: 'autoplay', since: now, drawMs: cfg.dwellMs(s.index), lastInput: now };
	}
}

/** How far the current scene's routes are drawn, 0..1 (0 under the attract title). */
export function progress(s: KioskState, now: number): number {
	if (s.mode === 'attract') return 0;
	if (s.drawMs <= 0) return 1;
	return Math.min(1, Math.max(0, (now - s.since) / s.drawMs));
}

/** Seconds left before the kiosk moves on by itself (for the progress bar), or undefined. */
export function remainingMs(s: KioskState, now: number, cfg: KioskConfig): number | undefined {
	if (s.mode === 'autoplay') return Math.max(0, cfg.dwellMs(s.index) - (now - s.since));
	if (s.mode === 'attract') return Math.max(0, cfg.attractMs - (now - s.since));
	return Math.max(0, cfg.idleMs - (now - s.lastInput));
}
