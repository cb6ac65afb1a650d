/**
 * Where a highlighted country's name goes in a scene that frames only part of it. A country's
 * context label sits at one point (the pole of inaccessibility of the whole country), and a scene
 * framed on part of the country often has that point off the map or under the page's controls, and
 * a country filling half the map went unnamed. For every scene and every country
 * label whose point lies well outside the scene's framed box while the country itself reaches into
 * it, the build adds a second point for that scene: the pole of inaccessibility (in Web Mercator, as
 * the labels themselves) of the country's polygon cut to the box and its margin. The live map shows
 * it only when the label's own point is not on screen and this one is (`layers/context.ts`); the
 * static map the same way. Derived from the story's own polygons, with the derivation as its source.
 */
import bboxClip from '@turf/bbox-clip';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import polylabel from 'polylabel';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { MERCATOR_MAX_LAT, fromMercator, toMercator } from '../geo/mercator.ts';
import type { ResolvedScene } from '../story/types.ts';

/** How far beyond the framed box, as a share of its size on each side, a label still counts as near. */
export const SCENE_LABEL_MARGIN = 0.5;
/** A cut piece thinner than this share of the box (its pole's distance to the edge) holds no label. */
const MIN_DEPTH = 0.06;

type BBox = [number, number, number, number];
type Area = Feature<Polygon | MultiPolygon, { id: string; kind?: string; name?: string }>;

const round = (n: number) => Math.round(n * 1e5) / 1e5;

/** The box with `share` of its width and height added on every side. */
export function grow([w, s, e, n]: BBox, share: number): BBox {
	const dx = (e - w) * share;
	const dy = (n - s) * share;
	return [w - dx, Math.max(-MERCATOR_MAX_LAT, s - dy), e + dx, Math.min(MERCATOR_MAX_LAT, n + dy)];
}

const inside = ([lon, lat]: Position, [w, s, e, n]: BBox) => lon! >= w && lon! <= e && lat! >= s && lat! <= n;

/**
 * The pole of inaccessibility of the part of `area` inside `box` (Web Mercator), or undefined when
 * none of it is there or every piece is a sliver (thinner than MIN_DEPTH of the box).
 */
export function poleWithin(area: Area, box: BBox): [number, number] | undefined {
	const clipped = bboxClip(area, box).geometry as Polygon | MultiPolygon;
	const polygons: Position[][][] = clipped.type === 'Polygon' ? [clipped.coordinates] : clipped.coordinates;
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
 * they stand for, with `scene` (the scene's id) and `atLon`, `atLat` (the label's own point; plain
 * numbers, as MapLibre's tiles keep them).
 * Globe scenes are left out: they show whole countries.
 */
export function sceneLabels(
	labels: FeatureCollection,
	areas: FeatureCollection<Polygon | MultiPolygon>,
	scenes: Pick<ResolvedScene, 'id' | 'map'>[],
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
			if (cam.projection === 'globe') continue;
			// The box a wide screen frames, and the one a phone frames when the scene gives its own.
			const boxes = [cam.bounds, ...(cam.small ? [cam.small.bounds] : [])] as BBox[];
			if (boxes.some((b) => b[2] > 180 || inside(at, grow(b, SCENE_LABEL_MARGIN)))) continue;
			const box = grow(cam.bounds as BBox, SCENE_LABEL_MARGIN);
			const pole = poleWithin(country, box);
			if (!pole) continue;
			out.push({
				type: 'Feature',
				properties: {
					...label.properties,
					scene: scene.id,
					atLon: at[0],
					atLat: at[1],
					source: `Pole of inaccessibility (npm polylabel, Web Mercator) of "${country.properties.id}" in ${fileOf(country.properties.id)} cut to scene "${scene.id}"'s framed box and ${SCENE_LABEL_MARGIN * 100}% around it, made at build time (src/lib/data/scene-labels.ts); shown in that scene when the label's own point is not on screen`
				},
				geometry: { type: 'Point', coordinates: pole }
			});
		}
	}
	return out;
}
