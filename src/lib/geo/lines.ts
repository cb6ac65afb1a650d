/** Geometry helpers shared by the build (scene building) and the map (progressive drawing). */
import greatCircle from '@turf/great-circle';
import distance from '@turf/distance';
import type { Position } from 'geojson';
import { MERCATOR_MAX_LAT } from './mercator';

export type BBox = [west: number, south: number, east: number, north: number];

/**
 * A great-circle path through the given [lon, lat] stops, with longitudes unwrapped so the line is
 * continuous across the antimeridian (longitudes may leave [-180, 180]; MapLibre draws them on the
 * neighbouring world copy). Also returns the cumulative length (km) at each stop.
 */
export function greatCirclePath(stops: Position[]): { coordinates: Position[]; stopKm: number[] } {
	const coordinates: Position[] = [];
	const stopKm: number[] = [0];
	let total = 0;
	for (let i = 0; i < stops.length - 1; i++) {
		const a = stops[i] as Position;
		const b = stops[i + 1] as Position;
		const km = distance(a, b, { units: 'kilometers' });
		const npoints = Math.max(2, Math.min(200, Math.ceil(km / 40)));
		let leg: Position[];
		if (km < 1) {
			leg = [a, b];
		} else {
			const gc = greatCircle(a, b, { npoints });
			leg =
				gc.geometry.type === 'LineString'
					? gc.geometry.coordinates
					: gc.geometry.coordinates.flat();
		}
		for (const p of leg) {
			const last = coordinates[coordinates.length - 1];
			if (last && last[0] === p[0] && last[1] === p[1]) continue;
			coordinates.push([round5(p[0] as number), round5(p[1] as number)]);
		}
		total += km;
		stopKm.push(total);
	}
	return { coordinates: unwrap(coordinates), stopKm };
}

function round5(n: number): number {
	return Math.round(n * 1e5) / 1e5;
}

/** Make consecutive longitudes differ by at most 180° by adding or subtracting 360°. */
export function unwrap(coords: Position[]): Position[] {
	const out: Position[] = [];
	let offset = 0;
	let prev: number | undefined;
	for (const p of coords) {
		const lon = (p[0] as number) + offset;
		let adj = lon;
		if (prev !== undefined) {
			while (adj - prev > 180) {
				adj -= 360;
				offset -= 360;
			}
			while (prev - adj > 180) {
				adj += 360;
				offset += 360;
			}
		}
		// Drop duplicate points created where turf split the line at the antimeridian.
		const last = out[out.length - 1];
		if (!(last && last[0] === adj && last[1] === p[1])) out.push([adj, p[1] as number]);
		prev = adj;
	}
	return out;
}

/**
 * The bounding box of a set of positions, choosing the narrower of the two ways round the globe:
 * east Asia with the east of North America frames the Pacific, not Africa. East may exceed 180 then.
 */
export function bboxOf(points: Position[]): BBox {
	if (points.length === 0) throw new Error('bboxOf needs at least one position');
	const lats = points.map((p) => p[1] as number);
	const lons = points.map((p) => p[0] as number);
	const south = Math.min(...lats);
	const north = Math.max(...lats);
	const plain: [number, number] = [Math.min(...lons), Math.max(...lons)];
	const shifted = lons.map((l) => (l < 0 ? l + 360 : l));
	const alt: [number, number] = [Math.min(...shifted), Math.max(...shifted)];
	const [west, east] = alt[1] - alt[0] < plain[1] - plain[0] ? alt : plain;
	return [west, south, east, north];
}

/** Positions of any GeoJSON geometry, flattened. */
export function positionsOf(coords: unknown): Position[] {
	if (!Array.isArray(coords)) return [];
	if (typeof coords[0] === 'number') return [coords as Position];
	return (coords as unknown[]).flatMap((c) => positionsOf(c));
}

/** Cumulative length (km) at each vertex of a line, for fast slicing while the reader scrolls. */
export function measure(coords: Position[]): number[] {
	const cum = [0];
	for (let i = 1; i < coords.length; i++) {
		cum.push((cum[i - 1] as number) + distance(coords[i - 1] as Position, coords[i] as Position, { units: 'kilometers' }));
	}
	return cum;
}

/**
 * The first `fraction` (0..1) of a line, measured along it, interpolating inside the last segment.
 * `cum` comes from `measure(coords)`. Returns [] when nothing is drawn.
 */
export function sliceAt(coords: Position[], cum: number[], fraction: number): Position[] {
	const total = cum[cum.length - 1] ?? 0;
	if (coords.length < 2 || fraction <= 0) return [];
	if (fraction >= 1) return coords;
	const km = total * fraction;
	let hi = 1;
	while (hi < cum.length - 1 && (cum[hi] as number) < km) hi++;
	const a = coords[hi - 1] as Position;
	const b = coords[hi] as Position;
	const segStart = cum[hi - 1] as number;
	const seg = (cum[hi] as number) - segStart;
	const t = seg === 0 ? 0 : (km - segStart) / seg;
	const end: Position = [
		(a[0] as number) + ((b[0] as number) - (a[0] as number)) * t,
		(a[1] as number) + ((b[1] as number) - (a[1] as number)) * t
	];
	return [...coords.slice(0, hi), end];
}

export { MERCATOR_MAX_LAT };

/**
 * A line cut where it leaves Web Mercator's world (beyond 85.05° of latitude), in the pieces that
 * stay inside it, each ending on the edge. MapLibre cannot draw past that edge, on the globe either:
 * a point beyond it is pulled onto the edge, so a great circle over the pole (east Asia to the east
 * of North America can pass 87° N) was drawn with a detour along the 85th parallel. Cut, the line
 * goes into the polar cap and comes out on its far side. Pieces of fewer than two points are dropped.
 */
export function withinMercator(coords: Position[]): Position[][] {
	const inside = (p: Position) => Math.abs(p[1] as number) <= MERCATOR_MAX_LAT;
	const edge = (a: Position, b: Position): Position => {
		const limit = Math.sign((inside(a) ? b : a)[1] as number) * MERCATOR_MAX_LAT;
		const t = (limit - (a[1] as number)) / ((b[1] as number) - (a[1] as number));
		return [(a[0] as number) + ((b[0] as number) - (a[0] as number)) * t, limit];
	};
	const pieces: Position[][] = [];
	let piece: Position[] = [];
	coords.forEach((p, i) => {
		const prev = coords[i - 1];
		if (inside(p)) {
			if (prev && !inside(prev)) piece.push(edge(prev, p));
			piece.push(p);
		} else if (prev && inside(prev)) {
			piece.push(edge(prev, p));
			pieces.push(piece);
			piece = [];
		}
	});
	pieces.push(piece);
	return pieces.filter((l) => l.length >= 2);
}
