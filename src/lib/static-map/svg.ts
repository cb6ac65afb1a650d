/**
 * Static maps: one standalone SVG per scene and edition, drawn at build time with d3-geo from the
 * same validated dataset, tokens and layer kinds as the live map, showing what the live map shows
 * when the reader reaches the end of the scene. For readers without WebGL or JavaScript, for
 * sharing and for print. Pure: no DOM, no Svelte, no maplibre-gl at run time.
 *
 * This file only orchestrates: `projection.ts` frames the camera, each layer kind
 * (`$lib/map/layers`) draws its own part, `labels.ts` places labels, `path.ts` writes path data.
 */
import { geoDistance, geoPath } from 'd3-geo';
import type { Geometry, Position } from 'geojson';
import type { Dataset } from '../data/dataset';
import { KINDS } from '../map/layers';
import type { SvgContext } from '../map/layers/types';
import type { MapSettings } from '../story/settings';
import { COLORS } from '../map/tokens';
import { sceneState } from '../story/state';
import type { ResolvedScene } from '../story/types';
import { sceneView } from './projection';
import { CompactPathContext } from './path';
import { escapeXml, textWidth } from './labels';

export interface StaticMapOptions {
	width: number;
	height: number;
	/** Language of the labels (default English). */
	lang?: string;
	settings: MapSettings;
}

/** The attribution printed in the corner (labels keep clear of it). */
export const ATTRIBUTION = 'Natural Earth · GSHHG';
const ATTRIBUTION_SIZE = 10;

/** The scene's text alternative in a language: its translation where there is one, else English. */
export function sceneAlt(scene: ResolvedScene, data: Dataset, lang = 'en'): string {
	return (lang === 'en' ? undefined : (data.translations as Record<string, { scenes: Record<string, { alt?: string }> } | undefined>)[lang]?.scenes[scene.id]?.alt) ?? scene.alt;
}

/**
 * The scene as the live map shows it at the scene's end, as a standalone SVG document: every layer
 * kind in drawing order (basemap, areas, lines, places), then the attribution.
 */
export function renderSceneSvg(scene: ResolvedScene, data: Dataset, opts: StaticMapOptions): string {
	const { width, height } = opts;
	const lang = opts.lang ?? 'en';
	const view = sceneView(scene.map.camera, width, height);
	const context = new CompactPathContext();
	const path = geoPath(view.projection, context);
	const titleId = `static-map-${scene.id}-title`;
	let uids = 0;
	const attrWidth = textWidth(ATTRIBUTION, ATTRIBUTION_SIZE);
	const attrX = width - 6;
	const attrY = height - 6;
	const ctx: SvgContext = {
		scene,
		state: sceneState(scene, 1, { animateLines: false }),
		data,
		lang,
		settings: opts.settings,
		view,
		width,
		height,
		path: (g: Geometry) => {
			path(g);
			return context.result();
		},
		// On a globe a point on the far side projects too (d3 clips paths, not points): none there.
		project: (p: Position) => {
			if (view.globe) {
				const [rl, rp] = view.projection.rotate();
				if (geoDistance(p as [number, number], [-rl, -rp]) > Math.PI / 2) return null;
			}
			return view.projection(p as [number, number]);
		},
		uid: (prefix) => `static-map-${scene.id}-${prefix}-${++uids}`,
		out: [],
		drawnLines: [],
		obstacles: [{ x0: attrX - attrWidth, y0: attrY - ATTRIBUTION_SIZE, x1: attrX, y1: attrY + 3 }],
		labelBoxes: [],
		defer: (draw) => {
			const slot = ctx.out.length;
			ctx.out.push('');
			deferred.push({ slot, draw });
		}
	};
	const deferred: { slot: number; draw: () => string[] }[] = [];
	ctx.out.push(
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${escapeXml(titleId)}" font-family="Noto Sans, sans-serif" data-scene="${escapeXml(scene.id)}" data-zoom="${view.zoom.toFixed(2)}">`,
		`<title id="${escapeXml(titleId)}">${escapeXml(sceneAlt(scene, data, lang))}</title>`
	);
	for (const kind of KINDS) kind.svg(ctx);
	for (const { slot, draw } of deferred) ctx.out[slot] = draw().join('\n');
	ctx.out.push(
		`<text x="${attrX}" y="${attrY}" text-anchor="end" font-size="${ATTRIBUTION_SIZE}" fill="#6b6b6b" stroke="${COLORS.halo}" stroke-width="2" stroke-linejoin="round" paint-order="stroke">${escapeXml(ATTRIBUTION)}</text>`,
		'</svg>'
	);
	return ctx.out.filter((e) => e !== '').join('\n');
}
