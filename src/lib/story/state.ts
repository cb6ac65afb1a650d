/**
 * sceneState: the map's complete target state for a scene at a given progress (0..1 through the
 * scene's text). Pure and deterministic: the same scene and progress always give an equal state,
 * whatever came before, so jumps, reloads and deep links land right.
 */
import type { CameraSpec, SceneSummary } from './types';

export interface LineState {
	id: string;
	/** Fraction of the line drawn, 0..1, quantised so tiny scroll moves do not redraw. */
	fraction: number;
}

export interface MapState {
	sceneId: string;
	camera: CameraSpec;
	places: string[];
	focus: string[];
	areas: string[];
	lines: LineState[];
}

/** Steps per line: the drawn end moves in 1/200ths of the line's length. */
export const DRAW_STEPS = 200;

export function clamp01(x: number): number {
	return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0;
}

export function sceneState(
	scene: Pick<SceneSummary, 'id' | 'map'>,
	progress: number,
	opts: { animateLines?: boolean; small?: boolean } = {}
): MapState {
	const p = clamp01(progress);
	const animate = opts.animateLines ?? true;
	const cam = scene.map.camera;
	return {
		sceneId: scene.id,
		// Small screens use the scene's own small-screen framing when the story gives one.
		camera: opts.small && cam.small ? { ...cam, bounds: cam.small.bounds, maxZoom: cam.small.maxZoom } : cam,
		places: scene.map.places,
		focus: scene.map.focus,
		areas: scene.map.areas,
		lines: scene.map.lines.map((l) => {
			// Without animation (reduced motion) a line appears in its final state for the scene.
			const f = animate ? l.from + (l.to - l.from) * p : l.to;
			return { id: l.id, fraction: Math.round(f * DRAW_STEPS) / DRAW_STEPS };
		})
	};
}

/** True when two states would draw the same map (used to skip redundant updates). */
export function sameState(a: MapState | undefined, b: MapState): boolean {
	if (!a || a.sceneId !== b.sceneId || a.lines.length !== b.lines.length) return false;
	return a.lines.every((l, i) => l.id === b.lines[i]?.id && l.fraction === b.lines[i]?.fraction);
}
