/**
 * Context labels (`/data/context.json`, the story's `geodata/context/labels.geojson`): countries,
 * oceans, seas, gulfs and bays, islands, rivers and a few reference cities, named in the edition's
 * language, each within its own zoom range so the world view stays clear and close-ups are named.
 * They are placed after the story's own places (lower in the symbol stack), so a story label
 * always wins a collision; every label keeps off the drawn lines (see `lines.ts`' obstacles).
 */
import type { ExpressionSpecification, LayerSpecification, Map as MlMap } from 'maplibre-gl';
import type { Feature, Point, Position } from 'geojson';
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

const GROUPS: { id: string; kinds: ContextKind[] }[] = [
	{ id: 'context-water', kinds: ['ocean', 'sea', 'gulf', 'bay', 'river'] },
	{ id: 'context-land', kinds: ['country', 'island'] },
	{ id: 'context-cities', kinds: ['city'] }
];

function textField(lang: string): ExpressionSpecification {
	return lang === 'en' ? ['get', 'name'] : ['coalesce', ['get', `name_${lang}`], ['get', 'name']];
}

/**
 * Which of a label's points is drawn: its own (features without `scene`), or, for the labels in
 * `moved`, the one the build made for `scene` (src/lib/data/scene-labels.ts).
 */
export function scenePointFilter(scene: string | undefined, moved: readonly string[]): ExpressionSpecification {
	const ids: ExpressionSpecification = ['literal', [...moved]];
	return [
		'any',
		['all', ['!', ['has', 'scene']], ['!', ['in', ['get', 'id'], ids]]],
		['all', ['==', ['get', 'scene'], scene ?? ''], ['in', ['get', 'id'], ids]]
	];
}

function groupFilter(kinds: ContextKind[], scene: string | undefined, moved: readonly string[]): ExpressionSpecification {
	return ['all', ['in', ['get', 'kind'], ['literal', kinds]], ['!=', ['get', 'label'], false], inZoomRange, scenePointFilter(scene, moved)];
}

export function contextLayers(lang: string): LayerSpecification[] {
	return GROUPS.map(({ id, kinds }) => {
		const s = contextStyle(kinds[0]!);
		const city = kinds[0] === 'city';
		return {
			id,
			type: 'symbol',
			source: 'context',
			filter: groupFilter(kinds, undefined, []),
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
 * The labels to draw at the scene's own point: those whose own point is off screen (or under the
 * page's controls, or on the far side of a globe) while the scene's point is on it.
 */
export function labelsToMove(
	points: { id: string; own: [number, number]; scene: [number, number] }[],
	shown: (lonLat: [number, number]) => boolean
): string[] {
	return [...new Set(points.filter((p) => !shown(p.own) && shown(p.scene)).map((p) => p.id))].sort();
}

function create(ctx: KindContext): KindRuntime {
	let scene: string | undefined;
	let moved: string[] = [];
	const setFilters = (map: MlMap) => {
		for (const { id, kinds } of GROUPS) if (map.getLayer(id)) map.setFilter(id, groupFilter(kinds, scene, moved));
	};
	return {
		sources: () => ({ context: { type: 'geojson', data: dataUrl(ctx.base, 'context') } }),
		layers: () => contextLayers(ctx.lang),
		// The small hollow dot of a reference city.
		images: () => ({ 'ref-dot': { pixels: dotPixels(CONTEXT.city.dot, undefined, CONTEXT.city.color, 1.2), pixelRatio: 2 } }),
		apply(map, state) {
			if (state.sceneId === scene) return;
			scene = state.sceneId;
			if (moved.length === 0) return;
			moved = [];
			setFilters(map);
		},
		settled(map, { covers }) {
			if (!scene || !map.getSource('context')) return false;
			const el = map.getContainer();
			const shown = (lonLat: [number, number]) => {
				const p = map.project(lonLat);
				// Off the globe's face a point projects, but unprojects elsewhere.
				const back = map.unproject(p);
				if (Math.abs(back.lng - lonLat[0]) > 1e-3 || Math.abs(back.lat - lonLat[1]) > 1e-3) return false;
				return onScreen([p.x, p.y], el.clientWidth, el.clientHeight, covers);
			};
			const points = map.querySourceFeatures('context', { filter: ['==', ['get', 'scene'], scene] }).flatMap((f) => {
				const { id, atLon, atLat } = f.properties as { id?: string; atLon?: number; atLat?: number };
				const g = f.geometry;
				if (typeof id !== 'string' || typeof atLon !== 'number' || typeof atLat !== 'number' || g.type !== 'Point') return [];
				return [{ id, own: [atLon, atLat] as [number, number], scene: g.coordinates as [number, number] }];
			});
			const next = labelsToMove(points, shown);
			if (next.join() === moved.join()) return false;
			moved = next;
			setFilters(map);
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
	ctx.defer(() => draw(ctx, labels.features as Feature<Point, LabelProps>[]));
}

type LabelProps = Record<string, unknown> & { name: string; kind: string; rank?: number; scene?: string; atLon?: number; atLat?: number };

function draw(ctx: SvgContext, features: Feature<Point, LabelProps>[]): string[] {
	const inView = (p: Position) => {
		const xy = ctx.project(p);
		return !!xy && xy[0] >= 0 && xy[1] >= 0 && xy[0] <= ctx.width && xy[1] <= ctx.height;
	};
	// A scene's own point for a label (scene-labels.ts) stands in when the label's own is out of view.
	const point = (f: Feature<Point, LabelProps>) => {
		const { scene, atLon, atLat } = f.properties;
		if (scene === undefined) return !features.some((o) => o.properties.scene === ctx.scene.id && o.properties.id === f.properties.id && !inView(f.geometry.coordinates));
		return scene === ctx.scene.id && !inView([Number(atLon), Number(atLat)]);
	};
	const shown = features
		.filter((f) => f.properties.label !== false && shownAt(f.properties, ctx.view.zoom) && point(f))
		.sort((a, b) => Number(a.properties.rank ?? 9) - Number(b.properties.rank ?? 9));
	const specs = [];
	for (const f of shown) {
		const xy = ctx.project(f.geometry.coordinates);
		if (!xy || xy[0] < 0 || xy[1] < 0 || xy[0] > ctx.width || xy[1] > ctx.height) continue;
		const s = contextStyle(f.properties.kind);
		const size = Math.round(s.size + 2 - ((Math.min(5, Math.max(1, Number(f.properties.rank ?? 3))) - 1) * 3) / 4);
		let text = placeName(f.properties, ctx.lang);
		if (s.upper) text = text.toUpperCase();
		const city = f.properties.kind === 'city';
		specs.push({
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
		});
	}
	const placed = placeOptionalLabels(specs, [...ctx.obstacles, ...ctx.labelBoxes], ctx.width, ctx.height, ctx.drawnLines);
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
