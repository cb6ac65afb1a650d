/**
 * The offline basemap: land files filled, border files dashed, each drawn only in its zoom range
 * (the story's `basemap` settings), each a vector tile set cut at build (`/data/tiles/<id>/`, see
 * src/lib/data/tile-sets.ts) added the first time a camera needs its range: the map then fetches
 * only the tiles in view. In the
 * static map, the live map's choice for the scale, with coarser land underneath where a regional
 * file has no data.
 */
import type { LayerSpecification, Map as MlMap } from 'maplibre-gl';
import type { FeatureCollection, Geometry } from 'geojson';
import { BORDER, COLORS } from '../tokens';
import { tileSource, type KindContext, type KindRuntime, type LayerKind, type SvgContext } from './types';
import type { BasemapFile } from '../../story/settings';
import type { Dataset } from '../../data/dataset';
import { contains, overlapArea, projectBox, type Rect, type SceneView } from '../../static-map/projection';
import { coverageOf, prepare } from '../../static-map/geometry';
import { fmt } from '../../static-map/path';
import { escapeXml } from '../../static-map/labels';

/**
 * Whether a basemap file is needed at a zoom: its range, widened a little so the data is there
 * before the camera crosses into it.
 */
export function basemapNeeded(b: BasemapFile, zoom: number): boolean {
	return zoom >= b.minzoom - 0.5 && zoom < b.maxzoom + 0.5;
}

/** The layers drawing one basemap file, within its zoom range. */
export function basemapLayers(b: BasemapFile): LayerSpecification[] {
	if (b.kind === 'land') {
		// Fill only: the land files are cut along shared edges (the fine box, the regional clip), and an
		// outline would draw those cuts as lines across the land.
		return [
			{
				id: `${b.id}-fill`,
				type: 'fill',
				source: b.id,
				'source-layer': b.id,
				minzoom: b.minzoom,
				maxzoom: b.maxzoom,
				paint: { 'fill-color': COLORS.land, 'fill-antialias': true, 'fill-outline-color': COLORS.land }
			}
		];
	}
	return [
		{
			id: `${b.id}-line`,
			type: 'line',
			source: b.id,
			'source-layer': b.id,
			minzoom: b.minzoom,
			maxzoom: b.maxzoom,
			paint: { 'line-color': COLORS.border, 'line-width': BORDER.width, 'line-dasharray': [...BORDER.dash] }
		}
	];
}

function create(ctx: KindContext): KindRuntime {
	const added = new Set<string>();
	const files = ctx.settings.basemap;
	return {
		sources: () => ({}),
		layers: () => [{ id: 'water', type: 'background', paint: { 'background-color': COLORS.water } }],
		ensure(map: MlMap, zoom: number, before: string | undefined) {
			for (const b of files) {
				if (added.has(b.id) || !basemapNeeded(b, zoom)) continue;
				added.add(b.id);
				// Land below borders, both below the story's own layers.
				const firstBorder = files.find((x) => x.kind === 'border' && added.has(x.id) && x.id !== b.id);
				const under = b.kind === 'land' && firstBorder && map.getLayer(`${firstBorder.id}-line`) ? `${firstBorder.id}-line` : before;
				const source = tileSource(ctx.base, ctx.settings, b.id);
				if (!source) continue;
				map.addSource(b.id, source);
				for (const layer of basemapLayers(b)) map.addLayer(layer, under && map.getLayer(under) ? under : undefined);
			}
		},
		apply() {},
		renderedLayers: () => [],
		legendKey: () => undefined
	};
}

/** The basemap files the live map draws at a zoom (zoom ranges are [min, max)). */
export function basemapAt(files: readonly BasemapFile[], zoom: number, kind: 'land' | 'border'): string[] {
	return files.filter((b) => b.kind === kind && zoom >= b.minzoom && zoom < b.maxzoom).map((b) => b.id);
}

/**
 * The basemap levels to draw, finest first. The live map's choice comes first; where its regional
 * land files do not cover the whole view (a close-up outside their box) the next coarser land is
 * added underneath, masked to where the finer files have no data, so no scene shows land as sea.
 */
export function basemapLevels(
	files: readonly BasemapFile[],
	view: SceneView,
	data: Dataset,
	kind: 'land' | 'border'
): { ids: string[]; exclude: Rect[] }[] {
	const levels = [...new Set(files.filter((b) => b.kind === kind).map((b) => b.minzoom))].sort((a, b) => b - a);
	// Zoom ranges tile: the live map's level is the finest one that starts at or below the zoom.
	const found = levels.findIndex((z) => z <= view.zoom);
	const start = found < 0 ? levels.length - 1 : found;
	const out: { ids: string[]; exclude: Rect[] }[] = [];
	const covered: Rect[] = [];
	const whole: Rect = { x0: 0, y0: 0, x1: view.width, y1: view.height };
	for (const z of levels.slice(start)) {
		const ids = basemapAt(files, z, kind).filter((id) => data.basemap[id]);
		if (ids.length === 0) continue;
		out.push({ ids, exclude: [...covered] });
		// Borders are lines: a view without them loses nothing essential, so borders never fall back.
		if (kind === 'border') break;
		const rects = ids.map((id) => projectBox(view, coverageOf(data.basemap[id] as FeatureCollection)));
		covered.push(...rects);
		// Files of one level tile each other; their combined box is what they cover.
		const union = rects.reduce((a, r) => ({ x0: Math.min(a.x0, r.x0), y0: Math.min(a.y0, r.y0), x1: Math.max(a.x1, r.x1), y1: Math.max(a.y1, r.y1) }));
		if (contains(union, whole)) break;
	}
	return out;
}

function svg(ctx: SvgContext): void {
	const { width, height, out } = ctx;
	const draw = (kind: 'land' | 'border') => {
		const levels = basemapLevels(ctx.settings.basemap, ctx.view, ctx.data, kind);
		for (const { ids, exclude } of [...levels].reverse()) {
			const visible = exclude.filter((r) => overlapArea(r, { x0: 0, y0: 0, x1: width, y1: height }) > 0);
			let mask = '';
			if (visible.length > 0) {
				const id = ctx.uid('mask');
				const holes = visible
					.map((r) => {
						const x0 = Math.max(r.x0, -2);
						const y0 = Math.max(r.y0, -2);
						return `<rect x="${fmt(x0)}" y="${fmt(y0)}" width="${fmt(Math.min(r.x1, width + 2) - x0)}" height="${fmt(Math.min(r.y1, height + 2) - y0)}" fill="#000"/>`;
					})
					.join('');
				out.push(`<mask id="${escapeXml(id)}"><rect x="-2" y="-2" width="${width + 4}" height="${height + 4}" fill="#fff"/>${holes}</mask>`);
				mask = ` mask="url(#${escapeXml(id)})"`;
			}
			for (const id of ids) {
				const fc = ctx.data.basemap[id] as FeatureCollection;
				const paths = fc.features.map((f) => ctx.path(prepare(f))).filter(Boolean);
				if (paths.length === 0) continue;
				const attrs =
					kind === 'land'
						? // Fill only, as the live map: files are cut along shared edges that must not show.
							// A hairline of the land colour hides the seams where they meet.
							`fill="${COLORS.land}" stroke="${COLORS.land}" stroke-width="0.5"`
						: `fill="none" stroke="${COLORS.border}" stroke-width="${BORDER.width}" stroke-dasharray="${BORDER.dash.map((x) => fmt(x * BORDER.width)).join(' ')}"`;
				out.push(`<path data-basemap="${escapeXml(id)}" ${attrs} stroke-linejoin="round"${mask} d="${paths.join('')}"/>`);
			}
		}
	};
	if (ctx.view.globe) {
		// A world scene: the globe's sea on the space around it, as the live map draws it.
		out.push(`<rect width="${width}" height="${height}" fill="${COLORS.space}"/>`, `<path data-globe="" fill="${COLORS.water}" d="${ctx.path({ type: 'Sphere' } as unknown as Geometry)}"/>`);
	} else out.push(`<rect width="${width}" height="${height}" fill="${COLORS.water}"/>`);
	draw('land');
	draw('border');
}

export const basemap: LayerKind = {
	id: 'basemap',
	basemap: true,
	legendRank: 0,
	create,
	legend: () => [],
	svg
};
