/**
 * Highlighted areas: the countries a scene names (the `countries` tile set, from the start) and its
 * provinces (the `provinces` tile set, drawn on the fine coast and added the first time a camera
 * comes close). Each scene shows exactly its own `areas`.
 */
import type { ExpressionSpecification, LayerSpecification, Map as MlMap, SourceSpecification } from 'maplibre-gl';
import { AREA, COLORS } from '../tokens';
import { tileSource, type KindContext, type KindRuntime, type LayerKind, type SvgContext } from './types';
import type { MapState } from '../../story/state';
import { prepare, type AnyFeature } from '../../static-map/geometry';
import { escapeXml } from '../../static-map/labels';

export function idIn(ids: readonly string[]): ExpressionSpecification {
	return ['in', ['get', 'id'], ['literal', [...ids]]];
}

/** The tile set each source reads (src/lib/data/tile-sets.ts). */
const LAYER = { areas: 'countries', provinces: 'provinces' } as const;

/** Highlight layers for a source of areas (`areas`: countries; `provinces`, added close up). */
export function areaLayers(source: 'areas' | 'provinces', ids: readonly string[] = []): LayerSpecification[] {
	return [
		{ id: `${source}-fill`, type: 'fill', source, 'source-layer': LAYER[source], filter: idIn(ids), paint: { 'fill-color': COLORS.area, 'fill-opacity': AREA.fillOpacity } },
		{
			id: `${source}-line`,
			type: 'line',
			source,
			'source-layer': LAYER[source],
			filter: idIn(ids),
			paint: { 'line-color': COLORS.areaLine, 'line-width': AREA.lineWidth, 'line-opacity': AREA.lineOpacity }
		}
	];
}

const LAYERS = ['areas-fill', 'areas-line', 'provinces-fill', 'provinces-line'] as const;

function create(ctx: KindContext): KindRuntime {
	let provinces = false;
	let current: readonly string[] = [];
	const filter = (map: MlMap) => {
		for (const id of LAYERS) if (map.getLayer(id)) map.setFilter(id, idIn(current));
	};
	return {
		sources: (): Record<string, SourceSpecification> => {
			const countries = tileSource(ctx.base, ctx.settings, 'countries');
			return countries ? { areas: countries } : {};
		},
		layers: () => (ctx.settings.tiles.countries ? areaLayers('areas') : []),
		ensure(map: MlMap, zoom: number) {
			if (provinces || zoom < ctx.settings.detailZoom - 1) return;
			provinces = true;
			const source = tileSource(ctx.base, ctx.settings, 'provinces');
			if (!source) return;
			map.addSource('provinces', source);
			for (const layer of areaLayers('provinces', current)) map.addLayer(layer, map.getLayer('areas-fill') ? 'areas-fill' : undefined);
		},
		apply(map: MlMap, state: MapState, prev: MapState | undefined) {
			if (prev?.sceneId === state.sceneId) return;
			current = state.areas;
			filter(map);
		},
		renderedLayers: (map) => ['areas-fill', 'provinces-fill'].filter((l) => map.getLayer(l)),
		legendKey: () => 'area'
	};
}

function svg(ctx: SvgContext): void {
	const byId = new Map(ctx.data.areas.features.map((f) => [f.properties.id, f]));
	for (const id of ctx.state.areas) {
		const f = byId.get(id);
		if (!f) continue;
		const p = ctx.path(prepare(f as AnyFeature));
		if (!p) continue;
		ctx.out.push(
			`<path data-area="${escapeXml(id)}" fill="${COLORS.area}" fill-opacity="${AREA.fillOpacity}" stroke="${COLORS.areaLine}" stroke-opacity="${AREA.lineOpacity}" stroke-width="${AREA.lineWidth}" stroke-linejoin="round" d="${p}"/>`
		);
	}
}

export const areas: LayerKind = {
	id: 'areas',
	legendRank: 1,
	create,
	legend: (state) =>
		state.areas.length > 0
			? [{ key: 'area', symbol: 'fill', color: COLORS.area, fillOpacity: AREA.fillOpacity, stroke: COLORS.areaLine, label: 'ui:legendArea' }]
			: [],
	svg
};
