/**
 * Highlighted areas: the countries a scene names (`/data/countries.json`, from the start) and its
 * provinces (`/data/provinces.json`, drawn on the fine coast and fetched the first time a camera
 * comes close). Each scene shows exactly its own `areas`.
 */
import type { ExpressionSpecification, LayerSpecification, Map as MlMap } from 'maplibre-gl';
import { AREA, COLORS } from '../tokens';
import { dataUrl, type KindContext, type KindRuntime, type LayerKind, type SvgContext } from './types';
import type { MapState } from '../../story/state';
import { prepare, type AnyFeature } from '../../static-map/geometry';
import { escapeXml } from '../../static-map/labels';

export function idIn(ids: readonly string[]): ExpressionSpecification {
	return ['in', ['get', 'id'], ['literal', [...ids]]];
}

/** Highlight layers for a source of areas (`areas`: countries; `provinces`, added close up). */
export function areaLayers(source: 'areas' | 'provinces', ids: readonly string[] = []): LayerSpecification[] {
	return [
		{ id: `${source}-fill`, type: 'fill', source, filter: idIn(ids), paint: { 'fill-color': COLORS.area, 'fill-opacity': AREA.fillOpacity } },
		{
			id: `${source}-line`,
			type: 'line',
			source,
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
		sources: () => ({ areas: { type: 'geojson', data: dataUrl(ctx.base, 'countries') } }),
		layers: () => areaLayers('areas'),
		ensure(map: MlMap, zoom: number) {
			if (provinces || zoom < ctx.settings.detailZoom - 1) return;
			provinces = true;
			map.addSource('provinces', { type: 'geojson', data: dataUrl(ctx.base, 'provinces') });
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
