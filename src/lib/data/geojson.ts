/**
 * Structural checks for RFC 7946 GeoJSON: what a map library would otherwise choke on deep inside,
 * reported with the file, the feature and the reason.
 */
import booleanClockwise from '@turf/boolean-clockwise';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { featureLabel, type DataIssue } from './issues.ts';

const GEOMETRY_TYPES = new Set([
	'Point',
	'MultiPoint',
	'LineString',
	'MultiLineString',
	'Polygon',
	'MultiPolygon'
]);

/** Decode bytes as UTF-8, rejecting anything that is not. */
export function decodeUtf8(file: string, bytes: Uint8Array): { text?: string; issue?: DataIssue } {
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
	} catch {
		return { issue: { file, reason: 'is not valid UTF-8 text (save it as UTF-8)' } };
	}
}

/** Parse JSON text, turning a syntax error into an issue that names the file. */
export function parseJson(file: string, text: string): { value?: unknown; issue?: DataIssue } {
	try {
		return { value: JSON.parse(text) };
	} catch (e) {
		return { issue: { file, reason: `is not valid JSON: ${(e as Error).message}` } };
	}
}

function isPosition(p: unknown): p is Position {
	return (
		Array.isArray(p) &&
		(p.length === 2 || p.length === 3) &&
		p.every((n) => typeof n === 'number' && Number.isFinite(n))
	);
}

function checkPosition(p: unknown, issue: (reason: string) => void): p is Position {
	if (!isPosition(p)) {
		issue(`has a position that is not [longitude, latitude]: ${JSON.stringify(p)}`);
		return false;
	}
	const [lon, lat] = p as [number, number];
	if (lat < -90 || lat > 90) {
		const swapped = Math.abs(lon) <= 90 && Math.abs(lat) <= 180;
		issue(
			`latitude ${lat} is out of range [-90, 90]` +
				(swapped ? ` (are longitude and latitude swapped? RFC 7946 wants [lon, lat])` : '')
		);
		return false;
	}
	if (lon < -180 || lon > 180) {
		issue(`longitude ${lon} is out of range [-180, 180]`);
		return false;
	}
	return true;
}

function checkRing(ring: unknown, hole: boolean, where: string, issue: (r: string) => void): void {
	if (!Array.isArray(ring) || ring.length === 0) {
		issue(`${where} is empty`);
		return;
	}
	let ok = true;
	for (const p of ring) ok = checkPosition(p, issue) && ok;
	if (!ok) return;
	const first = ring[0] as Position;
	const last = ring[ring.length - 1] as Position;
	if (first[0] !== last[0] || first[1] !== last[1]) {
		issue(`${where} is not closed (its first and last positions differ)`);
		return;
	}
	if (ring.length < 4) {
		issue(`${where} has ${ring.length} positions; a closed ring needs at least 4`);
		return;
	}
	if (signedArea(ring as Position[]) === 0) {
		issue(`${where} has no area (all its positions are on one line)`);
		return;
	}
	const cw = booleanClockwise(ring as Position[]);
	if (!hole && cw) issue(`${where} is clockwise; RFC 7946 wants exterior rings counter-clockwise`);
	if (hole && !cw) issue(`${where} is counter-clockwise; RFC 7946 wants holes clockwise`);
}

function signedArea(ring: Position[]): number {
	let sum = 0;
	for (let i = 0; i < ring.length - 1; i++) {
		const [x1, y1] = ring[i] as [number, number];
		const [x2, y2] = ring[i + 1] as [number, number];
		sum += x1 * y2 - x2 * y1;
	}
	return sum / 2;
}

function checkPolygon(rings: unknown, issue: (r: string) => void, prefix = ''): void {
	if (!Array.isArray(rings) || rings.length === 0) {
		issue(`${prefix}polygon is empty`);
		return;
	}
	rings.forEach((ring, i) =>
		checkRing(ring, i > 0, i === 0 ? `${prefix}exterior ring` : `${prefix}hole ${i}`, issue)
	);
}

function checkLine(line: unknown, issue: (r: string) => void, prefix = ''): void {
	if (!Array.isArray(line) || line.length < 2) {
		issue(`${prefix}line needs at least 2 positions`);
		return;
	}
	for (const p of line) checkPosition(p, issue);
}

/** Check one geometry; calls `issue` for every problem. */
export function checkGeometry(g: unknown, issue: (reason: string) => void): g is Geometry {
	if (g === null || typeof g !== 'object') {
		issue('has no geometry');
		return false;
	}
	const geom = g as { type?: unknown; coordinates?: unknown };
	if (typeof geom.type !== 'string' || !GEOMETRY_TYPES.has(geom.type)) {
		issue(`has an unknown geometry type ${JSON.stringify(geom.type)}`);
		return false;
	}
	const c = geom.coordinates;
	if (!Array.isArray(c) || c.length === 0) {
		issue(`has an empty ${geom.type} geometry`);
		return false;
	}
	let count = 0;
	const counted = (r: string) => {
		count++;
		issue(r);
	};
	switch (geom.type) {
		case 'Point':
			checkPosition(c, counted);
			break;
		case 'MultiPoint':
			for (const p of c) checkPosition(p, counted);
			break;
		case 'LineString':
			checkLine(c, counted);
			break;
		case 'MultiLineString':
			c.forEach((l, i) => checkLine(l, counted, `part ${i}: `));
			break;
		case 'Polygon':
			checkPolygon(c, counted);
			break;
		case 'MultiPolygon':
			c.forEach((p, i) => checkPolygon(p, counted, `polygon ${i} `));
			break;
	}
	return count === 0;
}

/**
 * Check a parsed GeoJSON document: a FeatureCollection of valid features, no `crs`.
 * Returns the features that passed (so later checks can go on) and the issues found.
 */
export function checkFeatureCollection(
	file: string,
	doc: unknown
): { features: Feature[]; issues: DataIssue[] } {
	const issues: DataIssue[] = [];
	if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
		return { features: [], issues: [{ file, reason: 'is not a GeoJSON object' }] };
	}
	const fc = doc as Partial<FeatureCollection> & { crs?: unknown };
	if (fc.type !== 'FeatureCollection') {
		return { features: [], issues: [{ file, reason: `has type ${JSON.stringify(fc.type)}; expected "FeatureCollection"` }] };
	}
	if ('crs' in fc) issues.push({ file, reason: 'has a "crs" member, which RFC 7946 removed (coordinates are always WGS 84)' });
	if (!Array.isArray(fc.features)) {
		issues.push({ file, reason: 'has no "features" array' });
		return { features: [], issues };
	}
	const features: Feature[] = [];
	fc.features.forEach((f: unknown, index) => {
		const feat = f as Partial<Feature> | null;
		const id = feat && typeof feat === 'object' ? (feat.properties as { id?: unknown } | null)?.id : undefined;
		const where = featureLabel(index, id);
		const before = issues.length;
		const issue = (reason: string) => issues.push({ file, where, reason });
		if (!feat || typeof feat !== 'object' || feat.type !== 'Feature') {
			issue('is not a GeoJSON Feature');
			return;
		}
		if (!feat.properties || typeof feat.properties !== 'object') issue('has no properties');
		checkGeometry(feat.geometry, issue);
		if (issues.length === before) features.push(feat as Feature);
	});
	return { features, issues };
}
