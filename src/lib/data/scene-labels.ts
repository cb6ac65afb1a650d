/**
 * Where a country's name goes in a scene when its own point will not do. A country's context label
 * sits at one point, the pole of inaccessibility of the whole country. In a scene that point is
 * often off the map or under the page's controls (a scene framed on part of the country), or taken
 * by a story place's name (a capital next to the pole wins the collision): the country the reader
 * sees highlighted goes unnamed. For every scene and every country of the areas file that reaches
 * into the scene's framed box, the build adds a second point for that scene: the pole of
 * inaccessibility (in Web Mercator, as the labels themselves) of the country cut to the box and a
 * margin around it, less a box around each of the scene's places where their names go. The live
 * map draws the name there only when MapLibre could not place it at its own point and this one is
 * on screen (`layers/context.ts`); the static map does the same. Derived from the story's own
 * polygons and places, with the derivation as its source.
 */
import bboxClip from '@turf/bbox-clip';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import difference from '@turf/difference';
import { featureCollection, polygon } from '@turf/helpers';
import polylabel from 'polylabel';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { MERCATOR_MAX_LAT, fromMercator, toMercator } from '../geo/mercator.ts';
import type { ResolvedScene } from '../story/types.ts';

/** How far beyond the framed box, as a share of its size on each side, a scene's point may lie. */
export const SCENE_LABEL_MARGIN = 0.25;
/**
 * The room kept around each of the scene's places for its dot and name, as shares of the framed
 * box's longer side: half its width, half its height.
 */
export const PLACE_ROOM = { halfWidth: 0.15, halfHeight: 0.07 } as const;
/** A piece thinner than this share of the box (its pole's distance to the edge) holds no label. */
const MIN_DEPTH = 0.01;

type BBox = [number, number, number, number];
type Area = Feature<Polygon | MultiPolygon, { id: string; kind?: string; name?: string }>;

const round = (n: number) => Math.round(n * 1e5) / 1e5;

/** The box with `share` of its width and height added on every side. */
export function grow([w, s, e, n]: BBox, share: number): BBox {
	const dx = (e - w) * share;
	const dy = (n - s) * share;
	return [w - dx, Math.max(-MERCATOR_MAX_LAT, s - dy), e + dx, Math.min(MERCATOR_MAX_LAT, n + dy)];
}

/** The room around a place (PLACE_ROOM), as a lon/lat box: a box in Web Mercator is one in degrees. */
export function placeRoom(at: Position, box: BBox): BBox {
	const [x0, y0] = toMercator([box[0], box[1]]);
	const [x1, y1] = toMercator([box[2], box[3]]);
	const side = Math.max(x1 - x0, y1 - y0);
	const [x, y] = toMercator(at);
	const [w, s] = fromMercator([x - PLACE_ROOM.halfWidth * side, y - PLACE_ROOM.halfHeight * side]);
	const [e, n] = fromMercator([x + PLACE_ROOM.halfWidth * side, y + PLACE_ROOM.halfHeight * side]);
	return [w, s, e, n];
}

const boxPolygon = ([w, s, e, n]: BBox) =>
	polygon([
		[
			[w, s],
			[e, s],
			[e, n],
			[w, n],
			[w, s]
		]
	]);

/**
 * The pole of inaccessibility (Web Mercator) of the part of `area` inside `box` and outside every
 * box of `keepClear`, or undefined when none of it is left or every piece is a sliver (thinner than
 * MIN_DEPTH of the box).
 */
export function poleWithin(area: Area, box: BBox, keepClear: BBox[] = []): [number, number] | undefined {
	const cut = bboxClip(area, box).geometry as Polygon | MultiPolygon;
	// The clip leaves empty rings where a part lies outside the box.
	const parts = (cut.type === 'Polygon' ? [cut.coordinates] : cut.coordinates)
		.map((rings) => rings.filter((r) => r.length >= 4))
		.filter((rings) => rings.length > 0);
	if (parts.length === 0) return undefined;
	const clipped: Feature<MultiPolygon> = { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: parts } };
	const rest = keepClear.length ? difference(featureCollection<Polygon | MultiPolygon>([clipped, ...keepClear.map(boxPolygon)])) : clipped;
	if (!rest) return undefined;
	const polygons: Position[][][] = rest.geometry.type === 'Polygon' ? [rest.geometry.coordinates] : rest.geometry.coordinates;
	const [bx0, by0] = toMercator([box[0], box[1]]);
	const [bx1, by1] = toMercator([box[2], box[3]]);
	const size = Math.min(bx1 - bx0, by1 - by0);
	let best: { at: [number, number]; depth: number } | undefined;
	for (const rings of polygons) {
		if (!rings[0] || rings[0].length < 4) continue;
		const p = polylabel(
			rings.map((r) => r.map(toMercator)),
			size / 1000
		);
		if (!best || p.distance > best.depth) best = { at: [p[0], p[1]], depth: p.distance };
	}
	if (!best || best.depth < size * MIN_DEPTH) return undefined;
	return fromMercator(best.at).map(round) as [number, number];
}

/**
 * The scenes' own points for country labels (see the file's comment): features like the label
 * they stand for, with `scene` (the scene's id). Globe scenes and boxes across the antimeridian
 * are left out: they show whole countries.
 */
export function sceneLabels(
	labels: FeatureCollection,
	areas: FeatureCollection<Polygon | MultiPolygon>,
	scenes: Pick<ResolvedScene, 'id' | 'map'>[],
	/** Where each of the story's places is. */
	placeAt: (id: string) => Position | undefined = () => undefined,
	/** The file each area comes from, for the source. */
	fileOf: (id: string) => string = () => 'areas'
): Feature<Point>[] {
	const countries = (areas.features as Area[]).filter((a) => a.properties?.kind === 'country');
	const out: Feature<Point>[] = [];
	for (const label of labels.features as Feature<Point, Record<string, unknown>>[]) {
		if (label.properties.kind !== 'country' || label.properties.label === false) continue;
		const at = label.geometry.coordinates;
		const country = countries.find((c) => booleanPointInPolygon(at, c));
		if (!country) continue;
		for (const scene of scenes) {
			const cam = scene.map.camera;
			const framed = cam.bounds as BBox;
			if (cam.projection === 'globe' || framed[2] > 180) continue;
			const keepClear = scene.map.places.flatMap((id) => {
				const p = placeAt(id);
				return p ? [placeRoom(p, framed)] : [];
			});
			const pole = poleWithin(country, grow(framed, SCENE_LABEL_MARGIN), keepClear);
			if (!pole) continue;
			const { source: _source, ...props } = label.properties;
			out.push({
				type: 'Feature',
				properties: {
					...props,
					scene: scene.id,
					source: `scene-labels.ts: pole of "${country.properties.id}" (${fileOf(country.properties.id)}) in the box of scene "${scene.id}", clear of its places`
				},
				geometry: { type: 'Point', coordinates: pole }
			});
		}
	}
	return out;
}
