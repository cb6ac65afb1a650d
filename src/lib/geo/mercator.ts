/**
 * Web Mercator's edge, in degrees of latitude: the square world ends here (atan(sinh π)). MapLibre's
 * tiles, geojson-vt's cuts and the static maps' Mercator stop at it.
 */
export const MERCATOR_MAX_LAT = 85.0511287798066;

/** Web Mercator on the unit sphere: [lon, lat] in degrees to [x, y] in radians (latitude clamped to the edge). */
export function toMercator([lon, lat]: readonly number[]): [number, number] {
	const φ = (Math.max(-MERCATOR_MAX_LAT, Math.min(MERCATOR_MAX_LAT, lat!)) * Math.PI) / 180;
	return [(lon! * Math.PI) / 180, Math.log(Math.tan(Math.PI / 4 + φ / 2))];
}

/** The inverse of `toMercator`. */
export function fromMercator([x, y]: readonly number[]): [number, number] {
	return [(x! * 180) / Math.PI, ((2 * Math.atan(Math.exp(y!)) - Math.PI / 2) * 180) / Math.PI];
}
