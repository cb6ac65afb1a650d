/**
 * Context labels (`/data/context.json`, the story's `geodata/context/labels.geojson`): countries,
 * oceans, seas, gulfs and bays, islands, rivers and a few reference cities, named in the edition's
 * language, each within its own zoom range so the world view stays clear and close-ups are named.
 * They are placed after the story's own places (lower in the symbol stack), so a story label
 * always wins a collision; every label keeps off the drawn lines (see `lines.ts`' obstacles).
 * A country's name that does not fit at its own point moves to the scene's point for it
 * (`/data/context-scenes.json`, made by `$lib/data/scene-labels`) once the camera settles.
 */
import type { ExpressionSpecification, LayerSpecification, Map as MlMap } from 'maplibre-gl';
import type { Feature, Point } from 'geojson';
import { COLORS, CONTEXT, FONT_BOLD, FONT_REGULAR } from '../tokens';
import { dataUrl, type KindContext, type KindRuntime, type LayerKind, type SettledView, type SvgContext } from './types';
import { inZoomRange, shownAt } from './water';
import { dotPixels } from '../dots';
import { placeName } from './places';
import { fmt } from '../../static-map/path';
import { escapeXml, placeOptionalLabels, wrapLabel } from '../../static-map/labels';

export type ContextKind = 'country' | 'ocean' | 'sea' | 'gulf' | 'bay' | 'island' | 'city' | 'river';

/** How each kind of context label looks, from the tokens. */
export function contextStyle(kind: string): { color: string; size: number; spacing: number; bold: boolean; upper: boolean } {
	switch (kind) {
		case 'country':
			return { ...CONTEXT.country, bold: true, upper: true };
		case 'ocean':
		case 'sea':
		case 'gulf':
		case 'bay':
			return { ...CONTEXT.water, bold: false, upper: false };
		case 'river':
			return { ...CONTEXT.river, bold: false, upper: false };
		case 'island':
			return { ...CONTEXT.island, bold: false, upper: false };
		default:
			return { ...CONTEXT.city, bold: false, upper: false };
	}
}

/** The layer and source of the scenes' own points for country names. */
export const SCENE_LAYER = 'context-land-scene';
const SCENE_SOURCE = 'context-scenes';

const GROUPS: { id: string; kinds: ContextKind[] }[] = [
	{ id: 'context-water', kinds: ['ocean', 'sea', 'gulf', 'bay', 'river'] },
	{ id: 'context-land', kinds: ['country', 'island'] },
	{ id: 'context-cities', kinds: ['city'] }
];

function textField(lang: string): ExpressionSpecification {
	return lang === 'en' ? ['get', 'name'] : ['coalesce', ['get', `name_${lang}`], ['get', 'name']];
}

/** The scene's own points shown (scene-labels.ts): those of `scene` for the labels in `moved`. */
export function scenePointFilter(scene: string | undefined, moved: readonly string[]): ExpressionSpecification {
	return ['all', ['==', ['get', 'scene'], scene ?? ''], ['in', ['get', 'id'], ['literal', [...moved]]], inZoomRange];
}

export function contextLayers(lang: string): LayerSpecification[] {
	return GROUPS.flatMap(({ id, kinds }) => {
		const s = contextStyle(kinds[0]!);
		const city = kinds[0] === 'city';
		const layer = {
			id,
			type: 'symbol',
			source: 'context',
			filter: ['all', ['in', ['get', 'kind'], ['literal', kinds]], ['!=', ['get', 'label'], false], inZoomRange],
			layout: {
				'text-field': textField(lang),
				'text-font': s.bold ? FONT_BOLD : FONT_REGULAR,
				'text-size': ['interpolate', ['linear'], ['get', 'rank'], 1, s.size + 2, 5, s.size - 1],
				'text-letter-spacing': s.spacing,
				// Scripts without case (Hangul, CJK) are left as they are by the upper-casing.
				'text-transform': s.upper ? 'uppercase' : 'none',
				'text-max-width': 8,
				'symbol-sort-key': ['get', 'rank'],
				'text-padding': 3,
				'text-allow-overlap': false,
				'text-optional': city,
				...(city
					? {
							'icon-image': 'ref-dot',
							'icon-allow-overlap': false,
							'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
							'text-radial-offset': 0.6
						}
					: {})
			},
			paint: {
				'text-color': s.color,
				'text-halo-color': COLORS.halo,
				'text-halo-width': CONTEXT.halo
			}
		} satisfies LayerSpecification;
		// Country names at the scene's own points, drawn only for the labels moved there (its own
		// source: a filter change re-lays that source's tiles, here a few points, not every label).
		if (id !== 'context-land') return [layer];
		return [layer, { ...layer, id: SCENE_LAYER, source: SCENE_SOURCE, filter: scenePointFilter(undefined, []) } satisfies LayerSpecification];
	});
}

/** How far inside the map's edges (CSS pixels) a label's point must be to count as on screen. */
const ON_SCREEN_INSET = 24;

/** Whether a screen point is on the map, clear of its edges and of what covers it. */
export function onScreen([x, y]: [number, number], width: number, height: number, covers: SettledView['covers']): boolean {
	const i = ON_SCREEN_INSET;
	if (!(x >= i && y >= i && x <= width - i && y <= height - i)) return false;
	return !covers.some((c) => x >= c.left - i && x <= c.right + i && y >= c.top - i && y <= c.bottom + i);
}

/**
 * The labels to draw at the scene's own point: those MapLibre did not place at their own point (off
 * screen, under the page's controls, or beaten by a story place's name) whose scene point is on
 * screen. The own point stays in its layer, so a label that fits there again (the reader moved the
 * map) goes back to it.
 */
export function labelsToMove(
	points: { id: string; scene: [number, number] }[],
	{ placed, shown }: { placed: ReadonlySet<string>; shown: (lonLat: [number, number]) => boolean }
): string[] {
	return [...new Set(points.filter((p) => shown(p.scene) && !placed.has(p.id)).map((p) => p.id))].sort();
}

function create(ctx: KindContext): KindRuntime {
	let scene: string | undefined;
	let moved: string[] = [];
	const setFilter = (map: MlMap) => {
		if (map.getLayer(SCENE_LAYER)) map.setFilter(SCENE_LAYER, scenePointFilter(scene, moved));
	};
	return {
		sources: () => ({
			context: { type: 'geojson', data: dataUrl(ctx.base, 'context') },
			[SCENE_SOURCE]: { type: 'geojson', data: dataUrl(ctx.base, SCENE_SOURCE) }
		}),
		layers: () => contextLayers(ctx.lang),
		// The small hollow dot of a reference city.
		images: () => ({ 'ref-dot': { pixels: dotPixels(CONTEXT.city.dot, undefined, CONTEXT.city.color, 1.2), pixelRatio: 2 } }),
		apply(map, state) {
			if (state.sceneId === scene) return;
			scene = state.sceneId;
			if (moved.length === 0) return;
			moved = [];
			setFilter(map);
		},
		settled(map, { covers }) {
			// Only once every tile is in and placed: a label not yet placed is not a label beaten.
			if (!scene || !map.getSource(SCENE_SOURCE) || !map.getLayer('context-land') || !map.areTilesLoaded()) return false;
			const el = map.getContainer();
			const zoom = map.getZoom();
			const shown = (lonLat: [number, number]) => {
				const p = map.project(lonLat);
				// Off the globe's face a point projects, but unprojects elsewhere.
				const back = map.unproject(p);
				if (Math.abs(back.lng - lonLat[0]) > 1e-3 || Math.abs(back.lat - lonLat[1]) > 1e-3) return false;
				return onScreen([p.x, p.y], el.clientWidth, el.clientHeight, covers);
			};
			const points = map.querySourceFeatures(SCENE_SOURCE, { filter: ['==', ['get', 'scene'], scene] }).flatMap((f) => {
				const id = (f.properties as { id?: unknown }).id;
				const g = f.geometry;
				if (typeof id !== 'string' || g.type !== 'Point' || !shownAt(f.properties, zoom)) return [];
				return [{ id, scene: g.coordinates as [number, number] }];
			});
			if (points.length === 0 && moved.length === 0) return false;
			const placed = new Set(map.queryRenderedFeatures(undefined, { layers: ['context-land'] }).map((f) => String(f.properties.id)));
			const next = labelsToMove(points, { placed, shown });
			if (next.join() === moved.join()) return false;
			moved = next;
			setFilter(map);
			return true;
		},
		renderedLayers: () => [],
		legendKey: () => undefined
	};
}

/** Context labels of the static map: those in the view's zoom range, placed where they fit. */
function svg(ctx: SvgContext): void {
	const labels = ctx.data.context?.labels;
	if (!labels) return;
	const scenes = (ctx.data.context?.scenes.features ?? []) as Feature<Point, LabelProps>[];
	ctx.defer(() => draw(ctx, labels.features as Feature<Point, LabelProps>[], scenes));
}

type LabelProps = Record<string, unknown> & { name: string; kind: string; rank?: number; scene?: string };

function draw(ctx: SvgContext, features: Feature<Point, LabelProps>[], scenePoints: Feature<Point, LabelProps>[]): string[] {
	const spec = (f: Feature<Point, LabelProps>) => {
		const xy = ctx.project(f.geometry.coordinates);
		if (!xy || xy[0] < 0 || xy[1] < 0 || xy[0] > ctx.width || xy[1] > ctx.height) return [];
		const s = contextStyle(f.properties.kind);
		const size = Math.round(s.size + 2 - ((Math.min(5, Math.max(1, Number(f.properties.rank ?? 3))) - 1) * 3) / 4);
		let text = placeName(f.properties, ctx.lang);
		if (s.upper) text = text.toUpperCase();
		const city = f.properties.kind === 'city';
		return [
			{
				id: String(f.properties.id),
				x: xy[0],
				y: xy[1],
				lines: wrapLabel(text, size, s.bold, 8 * size),
				fontSize: size,
				bold: s.bold,
				color: s.color,
				offset: city ? 0.6 * size : 0,
				centred: !city,
				kind: f.properties.kind
			}
		];
	};
	const byRank = (a: Feature<Point, LabelProps>, b: Feature<Point, LabelProps>) => Number(a.properties.rank ?? 9) - Number(b.properties.rank ?? 9);
	const shown = features.filter((f) => f.properties.label !== false && shownAt(f.properties, ctx.view.zoom));
	const obstacles = [...ctx.obstacles, ...ctx.labelBoxes];
	const own = placeOptionalLabels(shown.sort(byRank).flatMap(spec), obstacles, ctx.width, ctx.height, ctx.drawnLines);
	// As on the live map: a label that did not fit at its own point goes to the scene's (scene-labels.ts).
	const placedIds = new Set(own.map((l) => l.id));
	const moved = scenePoints
		.filter((f) => f.properties.scene === ctx.scene.id && shownAt(f.properties, ctx.view.zoom) && !placedIds.has(String(f.properties.id)))
		.sort(byRank)
		.flatMap(spec);
	const placed = [...own, ...placeOptionalLabels(moved, [...obstacles, ...own.map((l) => l.box)], ctx.width, ctx.height, ctx.drawnLines)];
	if (placed.length === 0) return [];
	const out: string[] = [];
	for (const l of placed) {
		if (l.kind === 'city') {
			out.push(`<circle cx="${fmt(l.x)}" cy="${fmt(l.y)}" r="${CONTEXT.city.dot}" fill="${COLORS.halo}" stroke="${CONTEXT.city.color}" stroke-width="1.2"/>`);
		}
		const weight = l.bold ? ' font-weight="bold"' : '';
		const body =
			l.lines.length === 1
				? escapeXml(l.lines[0] as string)
				: l.lines.map((t, i) => `<tspan x="${fmt(l.tx)}"${i > 0 ? ` dy="${fmt(1.2 * l.fontSize)}"` : ''}>${escapeXml(t)}</tspan>`).join('');
		out.push(
			`<text data-context="${escapeXml(l.id)}" x="${fmt(l.tx)}" y="${fmt(l.ty)}" text-anchor="${l.anchor}" font-size="${l.fontSize}"${weight} fill="${l.color}">${body}</text>`
		);
	}
	return [
		`<g xml:lang="${escapeXml(ctx.lang)}" stroke="${COLORS.halo}" stroke-width="${fmt(CONTEXT.halo * 2)}" stroke-linejoin="round" paint-order="stroke">`,
		...out,
		'</g>'
	];
}

export const context: LayerKind = {
	id: 'context',
	basemap: true,
	legendRank: 9,
	create,
	legend: () => [],
	svg
};
