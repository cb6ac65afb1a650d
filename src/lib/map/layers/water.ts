/**
 * Rivers (the `rivers` tile set, cut from the story's `geodata/context/rivers.geojson`): river lines
 * and river-lakes (a wide river is a polygon), each drawn in its own zoom range. Added the first
 * time a camera comes close enough to show any of them.
 */
import type { ExpressionSpecification, LayerSpecification, Map as MlMap } from 'maplibre-gl';
import { RIVER } from '../tokens';
import { tileSource, type KindContext, type KindRuntime, type LayerKind, type SvgContext } from './types';
import { prepare, type AnyFeature } from '../../static-map/geometry';
import { fmt } from '../../static-map/path';

/** A feature is drawn from its `minzoom` up to (not including) its `maxzoom`. */
export const inZoomRange: ExpressionSpecification = ['all', ['>=', ['zoom'], ['get', 'minzoom']], ['<', ['zoom'], ['get', 'maxzoom']]];

/** Whether a feature's zoom range holds a zoom (as the live map's filters evaluate it, per whole zoom). */
export function shownAt(props: Record<string, unknown>, zoom: number): boolean {
	const z = Math.floor(zoom);
	return z >= Number(props.minzoom ?? 0) && z < Number(props.maxzoom ?? 24);
}

export function riverLayers(): LayerSpecification[] {
	return [
		{
			id: 'rivers-fill',
			type: 'fill',
			source: 'rivers',
			'source-layer': 'rivers',
			// A river cut at a tile's edge can come out of the tile in several parts (Multi*).
			filter: ['all', ['in', ['geometry-type'], ['literal', ['Polygon', 'MultiPolygon']]], inZoomRange],
			paint: { 'fill-color': RIVER.color, 'fill-outline-color': RIVER.color }
		},
		{
			id: 'rivers-line',
			type: 'line',
			source: 'rivers',
			'source-layer': 'rivers',
			filter: ['all', ['in', ['geometry-type'], ['literal', ['LineString', 'MultiLineString']]], inZoomRange],
			layout: { 'line-cap': 'round', 'line-join': 'round' },
			paint: {
				'line-color': RIVER.color,
				'line-width': ['interpolate', ['linear'], ['zoom'], RIVER.fromZoom, RIVER.minWidth, RIVER.toZoom, RIVER.maxWidth]
			}
		}
	];
}

function create(ctx: KindContext): KindRuntime {
	let added = false;
	return {
		sources: () => ({}),
		layers: () => [],
		ensure(map: MlMap, zoom: number, before: string | undefined) {
			if (added || zoom < ctx.settings.riversFromZoom - 0.5) return;
			added = true;
			const source = tileSource(ctx.base, ctx.settings, 'rivers');
			if (!source) return;
			map.addSource('rivers', source);
			for (const layer of riverLayers()) map.addLayer(layer, before && map.getLayer(before) ? before : undefined);
		},
		apply() {},
		renderedLayers: () => [],
		legendKey: () => undefined
	};
}

function svg(ctx: SvgContext): void {
	const rivers = ctx.data.context?.rivers;
	if (!rivers) return;
	const width = fmt(RIVER.minWidth + (RIVER.maxWidth - RIVER.minWidth) * Math.max(0, Math.min(1, (ctx.view.zoom - RIVER.fromZoom) / (RIVER.toZoom - RIVER.fromZoom))));
	const lines: string[] = [];
	const fills: string[] = [];
	for (const f of rivers.features) {
		if (!shownAt(f.properties ?? {}, ctx.view.zoom)) continue;
		const d = ctx.path(prepare(f as AnyFeature));
		if (!d) continue;
		(f.geometry.type === 'LineString' || f.geometry.type === 'MultiLineString' ? lines : fills).push(d);
	}
	if (fills.length) ctx.out.push(`<path data-rivers="fill" fill="${RIVER.color}" d="${fills.join('')}"/>`);
	if (lines.length) ctx.out.push(`<path data-rivers="line" fill="none" stroke="${RIVER.color}" stroke-width="${width}" stroke-linecap="round" stroke-linejoin="round" d="${lines.join('')}"/>`);
}

export const water: LayerKind = {
	id: 'water',
	basemap: true,
	legendRank: 9,
	create,
	legend: () => [],
	svg
};
