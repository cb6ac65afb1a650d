/**
 * Web Mercator's edge, in degrees of latitude: the square world ends here (atan(sinh π)). MapLibre's
 * tiles, geojson-vt's cuts and the static maps' Mercator stop at it.
 */
export const MERCATOR_MAX_LAT = 85.0511287798066;
