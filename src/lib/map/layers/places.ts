/**
 * The story's places (`/data/places.json`): a marker and a label in the edition's language for
 * each place a scene names, larger and bold for its focus. Labels use MapLibre's collision with
 * variable anchors; in the static map, a greedy placement that avoids markers, labels and lines.
 */
import type { ExpressionSpecification, LayerSpecification, Map as MlMap } from 'maplibre-gl';
import { COLORS, FONT_BOLD, FONT_REGULAR, PLACE } from '../tokens';
import { dataUrl, type KindContext, type KindRuntime, type LayerKind, type LegendItem, type SvgContext } from './types';
import type { MapState } from '../../story/state';
import type { Rect } from '../../static-map/projection';
import { fmt } from '../../static-map/path';
import { LINE_HEIGHT_EM, escapeXml, placeLabels, textWidth, wrapLabel, type LabelSpec } from '../../static-map/labels';
import { idIn } from './areas';
import { dotPixels } from '../dots';
import { across } from '../padding';

/** The label in the reader's language, from the geodata's `name` and `name_<lang>`. */
export function labelField(lang: string): ExpressionSpecification {
	return lang === 'en' ? ['get', 'name'] : ['coalesce', ['get', `name_${lang}`], ['get', 'name']];
}

/** A place's name in a language (the English `name` where it has none in that language). */
export function placeName(props: Record<string, unknown> & { name: string }, lang = 'en'): string {
	const own = props[`name_${lang}`];
	return lang !== 'en' && typeof own === 'string' && own ? own : props.name;
}

/**
 * A place's label, text only: its marker is drawn by `dotLayer`, above every label layer, because
 * MapLibre places symbols from the top layer down. The markers are in the collision grid before any
 * label is tried, so no label ever lands on another place's marker.
 */
/**
 * Where a label may sit around its dot, in order of preference: beside it on a wide map; on a
 * narrow one (a phone) above or below it first, centred, so a name near the edge is not cut off
 * (MapLibre places a label that runs off the map).
 */
export const ANCHORS = {
	beside: ['left', 'right', 'top', 'bottom', 'top-left', 'top-right', 'bottom-left', 'bottom-right'],
	centred: ['top', 'bottom', 'left', 'right', 'top-left', 'top-right', 'bottom-left', 'bottom-right']
} as const;
/** Maps narrower than this (CSS pixels) centre labels above or below their dots. */
export const NARROW_MAP = 600;

type Anchor = (typeof ANCHORS.beside)[number];
/** Anchors whose label runs east of its dot (the anchor is the label's side at the dot), and west. */
const RUNS_EAST: readonly Anchor[] = ['left', 'top-left', 'bottom-left'];
const RUNS_WEST: readonly Anchor[] = ['right', 'top-right', 'bottom-right'];
/**
 * On a narrow map, a place alone within this share of the camera box's width from its west or east
 * edge keeps its label from running out over that edge: centred above or below, or beside it
 * inwards. The camera then keeps room at that edge for half the name, not all of it (`labelReach`).
 * Places that crowd an edge, and a place in a corner (the edge above or below takes away one more
 * side, and a line that reaches it from inside often another), keep every side and the full room.
 */
export const EDGE_SHARE = 0.25;

/** The places (of `ids`, at `at`) whose labels keep off the west or the east edge of the camera's box. */
export function edgePlaces(ids: readonly string[], at: (id: string) => [number, number] | undefined, bounds: readonly number[]): { west: string[]; east: string[] } {
	const west: string[] = [];
	const east: string[] = [];
	for (const id of ids) {
		const p = at(id);
		if (!p) continue;
		const x = across(p[0], bounds[0]!, bounds[2]!);
		const [s, n] = [bounds[1]!, bounds[3]!];
		const y = n > s ? (p[1] - s) / (n - s) : 0.5;
		if (y <= EDGE_SHARE || y >= 1 - EDGE_SHARE) continue;
		if (x <= EDGE_SHARE && x < 0.5) west.push(id);
		else if (x >= 1 - EDGE_SHARE && x > 0.5) east.push(id);
	}
	return { west: west.length === 1 ? west : [], east: east.length === 1 ? east : [] };
}

/**
 * A label's offset from its dot for an anchor, in ems, as MapLibre derives it from
 * `text-radial-offset` (it adds its baseline shift to this form and to that one alike).
 */
export function radialOffset(anchor: Anchor, r: number): [number, number] {
	const h = r / Math.SQRT2;
	const x = anchor === 'left' ? r : anchor === 'right' ? -r : anchor.endsWith('-left') ? h : anchor.endsWith('-right') ? -h : 0;
	const y = anchor === 'top' ? r : anchor === 'bottom' ? -r : anchor.startsWith('top-') ? h : anchor.startsWith('bottom-') ? -h : 0;
	return [x, y];
}

/**
 * `text-variable-anchor-offset` for a label layer on a narrow map: the centred anchors, less those
 * that run over the edge a place is near.
 */
export function edgeAnchors(west: string[], east: string[], r: number): unknown {
	const collection = (skip: readonly Anchor[]) => ['literal', ANCHORS.centred.filter((a) => !skip.includes(a)).flatMap((a) => [a, radialOffset(a, r)])];
	const branches = [...(west.length ? [west, collection(RUNS_WEST)] : []), ...(east.length ? [east, collection(RUNS_EAST)] : [])];
	return branches.length ? ['match', ['get', 'id'], ...branches, collection([])] : collection([]);
}

export function placeLayer(id: string, focus: boolean, lang: string): LayerSpecification {
	const s = focus ? PLACE.focus : PLACE.plain;
	return {
		id,
		type: 'symbol',
		source: 'places',
		filter: idIn([]),
		layout: {
			'text-field': labelField(lang),
			'text-font': focus ? FONT_BOLD : FONT_REGULAR,
			'text-size': s.fontSize,
			'text-variable-anchor': [...ANCHORS.beside],
			'text-radial-offset': s.labelOffsetEm,
			'text-justify': 'auto',
			'text-max-width': PLACE.labelMaxWidthEm,
			'text-allow-overlap': false,
			'text-padding': PLACE.labelPadding
		},
		paint: {
			'text-color': s.color,
			'text-halo-color': COLORS.halo,
			'text-halo-width': PLACE.halo,
			'text-halo-blur': PLACE.haloBlur
		}
	};
}

/** A place's marker: always drawn, and an obstacle every label avoids. */
export function dotLayer(id: string, focus: boolean): LayerSpecification {
	return {
		id,
		type: 'symbol',
		source: 'places',
		filter: idIn([]),
		layout: {
			'icon-image': focus ? 'dot-focus' : 'dot',
			'icon-allow-overlap': true,
			'icon-ignore-placement': false
		}
	};
}

/** The label layer of each marker layer (their filters move together). */
const LAYERS = { places: 'places-dot', 'places-focus': 'places-focus-dot' } as const;

function create(ctx: KindContext): KindRuntime {
	/** Where each place is (the same file the map's source reads: the browser has it cached). */
	const at = new Map<string, [number, number]>();
	const names = new Map<string, string>();
	/** Whether the map was narrow when the scene was applied (labels centred, kept off the edges). */
	let narrow = false;
	return {
		sources: () => ({ places: { type: 'geojson', data: dataUrl(ctx.base, 'places') } }),
		layers: () => [placeLayer('places', false, ctx.lang), placeLayer('places-focus', true, ctx.lang)],
		overlays: () => [dotLayer(LAYERS.places, false), dotLayer(LAYERS['places-focus'], true)],
		images: () => ({
			dot: { pixels: dotPixels(PLACE.plain.radius, PLACE.plain.color, COLORS.halo, PLACE.dotStroke), pixelRatio: 2 },
			'dot-focus': { pixels: dotPixels(PLACE.focus.radius, PLACE.focus.color, COLORS.halo, PLACE.dotStroke), pixelRatio: 2 }
		}),
		async load(map: MlMap, report: (e: Error) => void) {
			// Known before the first scene applies: the camera frames the start scene with its labels' reach.
			narrow = map.getContainer().clientWidth < NARROW_MAP;
			try {
				const res = await fetch(dataUrl(ctx.base, 'places'));
				if (!res.ok) throw new Error(`places: HTTP ${res.status}`);
				const fc = (await res.json()) as { features: { properties: { id: string; name: string }; geometry: { coordinates: [number, number] } }[] };
				for (const f of fc.features) {
					at.set(f.properties.id, f.geometry.coordinates);
					names.set(f.properties.id, placeName(f.properties, ctx.lang));
				}
			} catch (e) {
				report(e as Error);
			}
		},
		places(s: MapState) {
			return s.places.flatMap((id) => {
				const p = at.get(id);
				return p ? [{ id, at: p, name: names.get(id) ?? id }] : [];
			});
		},
		subject(s: MapState) {
			const ids = s.focus.length > 0 ? s.focus : s.places;
			return ids.map((id) => at.get(id)).filter((p): p is [number, number] => !!p);
		},
		labelReach(s: MapState) {
			// Beside its dot a label reaches its offset and its widest line (the build's generous
			// estimate of a width) from it, and its collision padding beyond; centred above or below,
			// half its widest line. A place near an edge of a narrow map keeps it from running out there.
			const edges = narrow ? edgePlaces(s.places, (id) => at.get(id), s.camera.bounds) : { west: [], east: [] };
			return s.places.flatMap((id) => {
				const p = at.get(id);
				const name = names.get(id);
				if (!p || !name) return [];
				const { fontSize, weight, labelOffsetEm } = s.focus.includes(id) ? PLACE.focus : PLACE.plain;
				const bold = weight === 'bold';
				const w = Math.max(...wrapLabel(name, fontSize, bold).map((t) => textWidth(t, fontSize, bold)));
				const beside = Math.ceil(w + labelOffsetEm * fontSize + PLACE.labelPadding);
				const centred = Math.ceil(w / 2 + PLACE.labelPadding);
				return [{ at: p, west: edges.west.includes(id) ? centred : beside, east: edges.east.includes(id) ? centred : beside }];
			});
		},
		apply(map: MlMap, s: MapState, prev: MapState | undefined) {
			if (prev?.sceneId === s.sceneId) return;
			narrow = map.getContainer().clientWidth < NARROW_MAP;
			const anchors = narrow ? ANCHORS.centred : ANCHORS.beside;
			const edges = narrow ? edgePlaces(s.places, (id) => at.get(id), s.camera.bounds) : { west: [], east: [] };
			for (const [id, style] of [['places', PLACE.plain], ['places-focus', PLACE.focus]] as const) {
				if (!map.getLayer(id)) continue;
				if (String(map.getLayoutProperty(id, 'text-variable-anchor')) !== String(anchors)) map.setLayoutProperty(id, 'text-variable-anchor', [...anchors]);
				// On a narrow map the anchors with their offsets, per place (this wins over the two above).
				const offsets = narrow ? edgeAnchors(edges.west, edges.east, style.labelOffsetEm) : undefined;
				if (JSON.stringify(map.getLayoutProperty(id, 'text-variable-anchor-offset')) !== JSON.stringify(offsets)) {
					map.setLayoutProperty(id, 'text-variable-anchor-offset', offsets as never);
				}
			}
			const plain = s.places.filter((p) => !s.focus.includes(p));
			for (const [layer, ids] of [['places', plain], ['places-focus', s.focus]] as const) {
				for (const id of [layer, LAYERS[layer]]) if (map.getLayer(id)) map.setFilter(id, idIn(ids));
			}
		},
		renderedLayers: (map) => ['places', 'places-focus', ...Object.values(LAYERS)].filter((l) => map.getLayer(l)),
		legendKey: (layerId) => (layerId === 'places-focus' || layerId === LAYERS['places-focus'] ? 'focus' : 'place')
	};
}

function svg(ctx: SvgContext): void {
	const { out, width, height } = ctx;
	const byId = new Map(ctx.data.places.features.map((f) => [f.properties.id, f]));
	const focus = new Set(ctx.state.focus);
	const order = [...ctx.state.places.filter((id) => focus.has(id)), ...ctx.state.places.filter((id) => !focus.has(id))];
	const markers: { id: string; x: number; y: number; focus: boolean }[] = [];
	for (const id of order) {
		const f = byId.get(id);
		const xy = f && ctx.project(f.geometry.coordinates);
		if (xy) markers.push({ id, x: xy[0], y: xy[1], focus: focus.has(id) });
	}
	for (const m of [...markers].reverse()) {
		const s = m.focus ? PLACE.focus : PLACE.plain;
		out.push(
			`<circle data-place-dot="${escapeXml(m.id)}" cx="${fmt(m.x)}" cy="${fmt(m.y)}" r="${s.radius}" fill="${s.color}" stroke="${COLORS.halo}" stroke-width="${PLACE.dotStroke}"/>`
		);
	}
	const obstacles: Rect[] = [
		...ctx.obstacles,
		...markers.map((m) => {
			const r = (m.focus ? PLACE.focus : PLACE.plain).radius + PLACE.dotStroke / 2;
			return { x0: m.x - r, y0: m.y - r, x1: m.x + r, y1: m.y + r };
		})
	];
	const specs: LabelSpec[] = markers.map((m) => {
		const s = m.focus ? PLACE.focus : PLACE.plain;
		const props = byId.get(m.id)!.properties;
		const bold = s.weight === 'bold';
		return {
			id: m.id,
			x: m.x,
			y: m.y,
			lines: wrapLabel(placeName(props, ctx.lang), s.fontSize, bold),
			fontSize: s.fontSize,
			bold,
			color: s.color,
			offset: s.labelOffsetEm * s.fontSize
		};
	});
	const labels = placeLabels(specs, obstacles, width, height, ctx.drawnLines);
	ctx.labelBoxes.push(...labels.map((l) => l.box), ...obstacles.slice(ctx.obstacles.length));
	out.push(`<g xml:lang="${escapeXml(ctx.lang)}" stroke="${COLORS.halo}" stroke-width="${fmt(PLACE.halo * 2)}" stroke-linejoin="round" paint-order="stroke">`);
	for (const l of labels) {
		const weight = l.bold ? ' font-weight="bold"' : '';
		const body =
			l.lines.length === 1
				? escapeXml(l.lines[0] as string)
				: l.lines.map((t, i) => `<tspan x="${fmt(l.tx)}"${i > 0 ? ` dy="${fmt(LINE_HEIGHT_EM * l.fontSize)}"` : ''}>${escapeXml(t)}</tspan>`).join('');
		out.push(
			`<text data-place="${escapeXml(l.id)}" x="${fmt(l.tx)}" y="${fmt(l.ty)}" text-anchor="${l.anchor}" font-size="${l.fontSize}"${weight} fill="${l.color}">${body}</text>`
		);
	}
	out.push('</g>');
}

export const places: LayerKind = {
	id: 'places',
	legendRank: 2,
	create,
	legend(state): LegendItem[] {
		const items: LegendItem[] = [];
		if (state.focus.length > 0) items.push({ key: 'focus', symbol: 'dot', color: COLORS.focus, radius: 5.5, label: 'ui:legendFocus' });
		if (state.places.some((p) => !state.focus.includes(p))) items.push({ key: 'place', symbol: 'dot', color: COLORS.place, radius: 4, label: 'ui:legendPlace' });
		return items;
	},
	svg
};
