/**
 * Connections (routes and arcs): each scene draws its lines up to the fraction its state asks for,
 * with a head marking the moving end while a line is being drawn. The geometry comes once from
 * `/data/lines.json`; the drawn part is pushed to the map at most once per frame (the controller's
 * frame). One layer per kind of connection, styled from the story's `lineKinds`.
 */
import type { GeoJSONSource, LayerSpecification, Map as MlMap } from 'maplibre-gl';
import type { Feature, FeatureCollection, LineString, MultiLineString, Point, Position } from 'geojson';
import { COLORS, HEAD, LINE, lineWidthAt } from '../tokens';
import { dataUrl, type KindContext, type KindRuntime, type LayerKind, type LegendItem, type SvgContext } from './types';
import { MERCATOR_MAX_LAT, measure, sliceAt, withinMercator } from '../../geo/lines';
import type { MapState } from '../../story/state';
import type { LineKind } from '../../story/settings';
import { cumulative } from '../../static-map/geometry';
import { OBSTACLE, obstacleLayer } from '../dots';
import { fmt } from '../../static-map/path';
import { escapeXml } from '../../static-map/labels';

const empty = (): FeatureCollection => ({ type: 'FeatureCollection', features: [] });

/** A line as the map can draw it: cut at Web Mercator's edge (over a pole it leaves a gap). */
const drawable = (coords: Position[]): MultiLineString => ({ type: 'MultiLineString', coordinates: withinMercator(coords) });

/** One line layer per connection kind, drawing the `lines-drawn` source. */
export function lineLayers(kinds: Record<string, LineKind>): LayerSpecification[] {
	return Object.entries(kinds).map(([kind, s]) => ({
		id: `lines-${kind}`,
		type: 'line',
		source: 'lines-drawn',
		filter: ['==', ['get', 'kind'], kind],
		layout: { 'line-cap': 'round', 'line-join': 'round' },
		paint: {
			'line-color': s.color,
			'line-width': ['interpolate', ['linear'], ['zoom'], LINE.fromZoom, LINE.minWidth, LINE.toZoom, LINE.maxWidth],
			...(s.dash ? { 'line-dasharray': s.dash } : {})
		}
	}));
}

interface LineGeom {
	kind: string;
	coords: Position[];
	cum: number[];
}

function create(ctx: KindContext): KindRuntime {
	const geoms = new Map<string, LineGeom>();
	const kinds = ctx.settings.lineKinds;
	/**
	 * The scene's lines as far as the scene draws them, as obstacles: labels keep off a line before
	 * it is drawn, so none jumps; the rest of a line (a later scene's leg) does not push labels away.
	 */
	const obstruct = (map: MlMap, s: MapState) => {
		const features: Feature<MultiLineString>[] = [];
		for (const l of s.lines) {
			const g = geoms.get(l.id);
			const coords = g && sliceAt(g.coords, g.cum, l.end);
			if (coords && coords.length >= 2) features.push({ type: 'Feature', properties: {}, geometry: drawable(coords) });
		}
		(map.getSource('lines-obstacles') as GeoJSONSource | undefined)?.setData({ type: 'FeatureCollection', features });
	};
	const draw = (map: MlMap, s: MapState) => {
		const drawn: Feature<MultiLineString>[] = [];
		const heads: Feature<Point>[] = [];
		for (const l of s.lines) {
			const g = geoms.get(l.id);
			if (!g) continue;
			const coords = sliceAt(g.coords, g.cum, l.fraction);
			if (coords.length < 2) continue;
			const props = { id: l.id, kind: g.kind, color: kinds[g.kind]?.color ?? COLORS.line };
			drawn.push({ type: 'Feature', properties: props, geometry: drawable(coords) });
			// The moving end, unless it is beyond the map's edge (crossing the polar cap).
			const end = coords[coords.length - 1] as Position;
			if (l.fraction < 1 && Math.abs(end[1] as number) <= MERCATOR_MAX_LAT) {
				heads.push({ type: 'Feature', properties: props, geometry: { type: 'Point', coordinates: end } });
			}
		}
		(map.getSource('lines-drawn') as GeoJSONSource | undefined)?.setData({ type: 'FeatureCollection', features: drawn });
		(map.getSource('lines-head') as GeoJSONSource | undefined)?.setData({ type: 'FeatureCollection', features: heads });
	};
	return {
		sources: () => ({
			'lines-drawn': { type: 'geojson', data: empty() },
			'lines-head': { type: 'geojson', data: empty() },
			'lines-obstacles': { type: 'geojson', data: empty() }
		}),
		// Invisible, on top: every label below keeps clear of the scene's lines.
		overlays: () => [obstacleLayer('lines-obstacles', 'lines-obstacles')],
		layers: () => [
			...lineLayers(kinds),
			{
				id: 'lines-head',
				type: 'circle',
				source: 'lines-head',
				paint: {
					'circle-radius': HEAD.radius,
					'circle-color': ['get', 'color'],
					'circle-stroke-color': COLORS.halo,
					'circle-stroke-width': HEAD.strokeWidth
				}
			}
		],
		images: () => ({ [OBSTACLE.image]: { pixels: OBSTACLE.pixels(), pixelRatio: OBSTACLE.pixelRatio } }),
		async load(_map: MlMap, report: (e: Error) => void) {
			try {
				const res = await fetch(dataUrl(ctx.base, 'lines'));
				if (!res.ok) throw new Error(`lines: HTTP ${res.status}`);
				const fc = (await res.json()) as FeatureCollection<LineString, { id: string; kind: string }>;
				for (const f of fc.features) {
					geoms.set(f.properties.id, { kind: f.properties.kind, coords: f.geometry.coordinates, cum: measure(f.geometry.coordinates) });
				}
			} catch (e) {
				// Without lines the scenes still frame their places: degrade, do not fail.
				report(e as Error);
			}
		},
		apply(map: MlMap, s: MapState, prev: MapState | undefined) {
			const changed =
				prev?.sceneId !== s.sceneId ||
				prev.lines.length !== s.lines.length ||
				s.lines.some((l, i) => prev.lines[i]?.fraction !== l.fraction || prev.lines[i]?.id !== l.id);
			if (prev?.sceneId !== s.sceneId) obstruct(map, s);
			if (changed) draw(map, s);
		},
		renderedLayers: (map) => Object.keys(kinds).map((k) => `lines-${k}`).filter((l) => map.getLayer(l)),
		legendKey: (layerId) => layerId.replace(/^lines-/, 'line-')
	};
}

function svg(ctx: SvgContext): void {
	const { view, out, width, height } = ctx;
	const byId = new Map(ctx.data.lines.features.map((f) => [f.properties.id, f]));
	const lw = lineWidthAt(view.zoom);
	const heads: string[] = [];
	const halfWorld = Math.PI * view.projection.scale();
	for (const l of ctx.state.lines) {
		const f = byId.get(l.id);
		if (!f) continue;
		const coords = sliceAt(f.geometry.coordinates, cumulative(f), l.fraction);
		if (coords.length < 2) continue;
		const p = ctx.path({ type: 'LineString', coordinates: coords });
		if (!p) continue;
		const style: { color: string; dash?: number[] } = ctx.settings.lineKinds[f.properties.kind] ?? { color: COLORS.line };
		const dash = style.dash ? ` stroke-dasharray="${style.dash.map((x) => fmt(x * lw)).join(' ')}" stroke-linecap="butt"` : ' stroke-linecap="round"';
		out.push(
			`<path data-line="${escapeXml(l.id)}" data-kind="${escapeXml(f.properties.kind)}" fill="none" stroke="${style.color}" stroke-width="${fmt(lw)}" stroke-linejoin="round"${dash} d="${p}"/>`
		);
		// In image coordinates, for label placement (a jump of half the world is a wrap, not a segment).
		const screen: [number, number][] = [];
		for (const c of coords) {
			const xy = ctx.project(c);
			const prev = screen[screen.length - 1];
			if (!xy) continue;
			if (prev && Math.abs(xy[0] - prev[0]) > halfWorld) ctx.drawnLines.push(screen.splice(0));
			screen.push(xy);
		}
		ctx.drawnLines.push(screen);
		const end = coords[coords.length - 1];
		const at = l.fraction < 1 && end ? ctx.project(end) : null;
		if (at && at[0] >= 0 && at[0] <= width && at[1] >= 0 && at[1] <= height) {
			heads.push(
				`<circle data-line-head="${escapeXml(l.id)}" cx="${fmt(at[0])}" cy="${fmt(at[1])}" r="${HEAD.radius}" fill="${style.color}" stroke="${COLORS.halo}" stroke-width="${HEAD.strokeWidth}"/>`
			);
		}
	}
	out.push(...heads);
}

export const lines: LayerKind = {
	id: 'lines',
	legendRank: 0,
	create,
	legend(state, info): LegendItem[] {
		const drawn = new Set<string>();
		const approximate = new Set<string>();
		for (const l of state.lines) {
			const kind = info.lineKinds[l.id];
			if (!kind || l.fraction <= 0) continue;
			drawn.add(kind);
			if (info.approximate?.includes(l.id)) approximate.add(kind);
		}
		return Object.entries(info.settings.lineKinds)
			.filter(([kind]) => drawn.has(kind))
			.map(([kind, s]) => ({ key: `line-${kind}`, symbol: 'line', color: s.color, dash: s.dash, label: `line:${kind}${approximate.has(kind) ? ':approximate' : ''}` }));
	},
	svg
};
