/**
 * Static maps: one standalone SVG per scene and language, drawn at build time with d3-geo from the
 * same validated dataset, colours and basemap-by-zoom choice as the live map, showing what the live
 * map shows when the reader reaches the end of the scene. For readers without WebGL or JavaScript,
 * for sharing and for print. Pure: no DOM, no Svelte, no maplibre-gl at run time.
 */
import { geoArea, geoMercator, geoPath, type GeoContext, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, LineString, Position } from 'geojson';
import type { Dataset } from '../data/dataset';
import { measure, sliceAt } from '../geo/lines';
import { BASEMAP, COLORS, LINE_STYLES } from '../map/style';
import { sceneState } from '../story/state';
import type { CameraSpec, ResolvedScene } from '../story/types';

export type StaticMapLang = 'en' | 'vi' | 'ko';
export const STATIC_MAP_LANGS: readonly StaticMapLang[] = ['en', 'vi', 'ko'];

export interface StaticMapOptions {
	width: number;
	height: number;
	/** Language of the place labels (default English). */
	lang?: StaticMapLang;
}

/** Free margin around the camera box, as a fraction of the image's width and height. */
export const FIT_PADDING = 0.08;
/** The live map draws 512 px tiles. */
export const TILE_SIZE = 512;
/** Web Mercator stops here (as MapLibre does). */
export const MAX_LATITUDE = 85.051129;
export const ATTRIBUTION = 'Natural Earth · GSHHG';

/** Label and marker sizes, as in the live map's layers (`style.ts` placeLayer and the dot images). */
const PLACE = {
	plain: { radius: 4.5, fontSize: 14, weight: 'normal', color: COLORS.place },
	focus: { radius: 7, fontSize: 16, weight: 'bold', color: COLORS.focus }
} as const;
const DOT_STROKE = 2;
const HALO_WIDTH = 1.6;
/** MapLibre `text-radial-offset` (ems) and `text-max-width` (ems). */
const LABEL_OFFSET_EM = 0.9;
const LABEL_MAX_WIDTH_EM = 12;
const LINE_HEIGHT_EM = 1.2;
/** Label box around a baseline: ascent and descent in ems. */
const ASCENT_EM = 0.8;
const DESCENT_EM = 0.25;
/** Labels keep this far from the image's edge and from each other (px). */
const LABEL_MARGIN = 3;
const ATTRIBUTION_SIZE = 10;

// --- Text ------------------------------------------------------------------------------------------

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Escape text for XML content and attribute values. */
export function escapeXml(s: string): string {
	return s.replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c);
}

/** A place's name in a language. */
export function placeName(props: { name: string; name_vi: string; name_ko: string }, lang: StaticMapLang = 'en'): string {
	return lang === 'vi' ? props.name_vi : lang === 'ko' ? props.name_ko : props.name;
}

/** East Asian wide characters (Hangul, CJK, kana, full-width forms) take about one em. */
function isWide(cp: number): boolean {
	return (
		(cp >= 0x1100 && cp <= 0x11ff) ||
		(cp >= 0x2e80 && cp <= 0xa4cf) ||
		(cp >= 0xac00 && cp <= 0xd7a3) ||
		(cp >= 0xf900 && cp <= 0xfaff) ||
		(cp >= 0xfe30 && cp <= 0xfe4f) ||
		(cp >= 0xff00 && cp <= 0xff60)
	);
}

/**
 * A generous estimate of a text's width (no font metrics at build time): wide characters one em,
 * others 0.6 em (0.65 in bold). Placement uses it, so real text fits inside the boxes it avoids.
 */
export function textWidth(text: string, fontSize: number, bold = false): number {
	let ems = 0;
	for (const ch of text) ems += isWide(ch.codePointAt(0) ?? 0) ? 1 : bold ? 0.65 : 0.6;
	return ems * fontSize;
}

/** Break a label into lines no wider than `maxWidth` where it can, balanced like MapLibre's. */
export function wrapLabel(text: string, fontSize: number, bold: boolean, maxWidth = LABEL_MAX_WIDTH_EM * fontSize): string[] {
	const total = textWidth(text, fontSize, bold);
	const words = text.split(/\s+/).filter(Boolean);
	if (total <= maxWidth || words.length < 2) return [text];
	const count = Math.ceil(total / maxWidth);
	const longest = Math.max(...words.map((w) => textWidth(w, fontSize, bold)));
	const target = Math.max(total / count, longest);
	const lines: string[] = [];
	let line = '';
	for (const w of words) {
		const next = line ? `${line} ${w}` : w;
		// Break before a word when the line would pass the target by more than half that word.
		if (line && textWidth(next, fontSize, bold) > target + textWidth(w, fontSize, bold) / 2) {
			lines.push(line);
			line = w;
		} else line = next;
	}
	if (line) lines.push(line);
	return lines;
}

/** The scene's text alternative in a language: its translation where there is one, else English. */
export function sceneAlt(scene: ResolvedScene, data: Dataset, lang: StaticMapLang = 'en'): string {
	return (lang === 'en' ? undefined : data.translations[lang]?.scenes[scene.id]?.alt) ?? scene.alt;
}

// --- Projection ----------------------------------------------------------------------------------

/** Mercator scale (px per radian) at a zoom level of the live map. */
export function scaleForZoom(zoom: number): number {
	return (TILE_SIZE * 2 ** zoom) / (2 * Math.PI);
}

/** The live map's zoom level at a Mercator scale. */
export function zoomForScale(k: number): number {
	return Math.log2((k * 2 * Math.PI) / TILE_SIZE);
}

const clampLat = (lat: number) => Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));

export interface SceneView {
	projection: GeoProjection;
	/** The equivalent zoom level of the live map. */
	zoom: number;
	width: number;
	height: number;
}

/**
 * The projection that frames a camera box as the live map does: Web Mercator rotated to the box's
 * middle longitude (so boxes whose east passes 180° stay continuous), fitted with padding, never
 * closer than the camera's maxZoom, and kept inside the Mercator world vertically.
 */
export function sceneView(camera: CameraSpec, width: number, height: number): SceneView {
	const [west, s, east, n] = camera.bounds;
	const south = clampLat(Math.min(s, n));
	const north = clampLat(Math.max(s, n));
	const lon = (west + east) / 2;
	const lat = (south + north) / 2;
	const projection = geoMercator().rotate([-lon, 0]);
	const extent: [[number, number], [number, number]] = [
		[width * FIT_PADDING, height * FIT_PADDING],
		[width * (1 - FIT_PADDING), height * (1 - FIT_PADDING)]
	];
	const maxScale = scaleForZoom(camera.maxZoom);
	if (east - west > 1e-9 || north - south > 1e-9) {
		projection.fitExtent(extent, {
			type: 'MultiPoint',
			coordinates: [
				[west, south],
				[east, north],
				[west, north],
				[east, south]
			]
		});
	}
	const fitted = projection.scale();
	if (!(Number.isFinite(fitted) && fitted > 0 && fitted <= maxScale)) projection.scale(maxScale);
	// Centre the box's Mercator middle (fitExtent already does, unless the scale was capped).
	projection.translate([width / 2, height / 2]);
	const c = projection([lon, lat]) ?? [width / 2, height / 2];
	let [tx, ty] = [width - c[0], height - c[1]];
	projection.translate([tx, ty]);
	// Like MapLibre, never show beyond the Mercator world's top or bottom edge.
	const top = (projection([lon, MAX_LATITUDE]) ?? [0, 0])[1];
	const bottom = (projection([lon, -MAX_LATITUDE]) ?? [0, height])[1];
	if (bottom - top <= height) ty += height / 2 - (top + bottom) / 2;
	else if (top > 0) ty -= top;
	else if (bottom < height) ty += height - bottom;
	projection.translate([tx, ty]);
	// Clip a little outside the image so clipped polygon edges never show as strokes.
	projection.clipExtent([
		[-2, -2],
		[width + 2, height + 2]
	]);
	return { projection, zoom: zoomForScale(projection.scale()), width, height };
}

// --- Geometry preparation (cached per dataset object) ------------------------------------------------

type AnyFeature = Feature<Geometry, unknown>;

/** Insert points so no segment spans more than `step` degrees: MapLibre draws edges straight in
 * Mercator, d3 along great circles; on short segments the two agree. Jumps across 180° are kept. */
function densify(coords: Position[], step = 1): Position[] {
	const out: Position[] = [];
	coords.forEach((p, i) => {
		const a = coords[i - 1];
		if (a) {
			const dx = (p[0] as number) - (a[0] as number);
			const dy = (p[1] as number) - (a[1] as number);
			const n = Math.abs(dx) > 180 ? 1 : Math.ceil(Math.max(Math.abs(dx), Math.abs(dy)) / step);
			for (let j = 1; j < n; j++) out.push([(a[0] as number) + (dx * j) / n, (a[1] as number) + (dy * j) / n]);
		}
		out.push(p);
	});
	return out;
}

/** GeoJSON (RFC 7946) rings run counter-clockwise; d3 wants clockwise. Fix each polygon by area. */
function forD3Polygon(rings: Position[][]): Position[][] {
	const dense = rings.map((r) => densify(r));
	if (geoArea({ type: 'Polygon', coordinates: dense }) <= 2 * Math.PI) return dense;
	return dense.map((r) => [...r].reverse());
}

function forD3(g: Geometry): Geometry {
	switch (g.type) {
		case 'Polygon':
			return { type: 'Polygon', coordinates: forD3Polygon(g.coordinates) };
		case 'MultiPolygon':
			return { type: 'MultiPolygon', coordinates: g.coordinates.map(forD3Polygon) };
		case 'LineString':
			return { type: 'LineString', coordinates: densify(g.coordinates) };
		case 'MultiLineString':
			return { type: 'MultiLineString', coordinates: g.coordinates.map((l) => densify(l)) };
		case 'GeometryCollection':
			return { type: 'GeometryCollection', geometries: g.geometries.map(forD3) };
		default:
			return g;
	}
}

const prepared = new WeakMap<object, Geometry>();
function prepare(f: AnyFeature): Geometry {
	let g = prepared.get(f);
	if (!g) {
		g = forD3(f.geometry);
		prepared.set(f, g);
	}
	return g;
}

type LonLatBox = [number, number, number, number];
const coverage = new WeakMap<object, LonLatBox>();
/** The lon/lat box a basemap file covers (regional files are cut on a box). */
function coverageOf(fc: FeatureCollection): LonLatBox {
	let box = coverage.get(fc);
	if (!box) {
		let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
		const walk = (c: unknown): void => {
			if (!Array.isArray(c)) return;
			if (typeof c[0] === 'number') {
				const [x, y] = c as [number, number];
				w = Math.min(w, x);
				e = Math.max(e, x);
				s = Math.min(s, y);
				n = Math.max(n, y);
			} else c.forEach(walk);
		};
		for (const f of fc.features) if (f.geometry && 'coordinates' in f.geometry) walk(f.geometry.coordinates);
		box = [w, s, e, n];
		coverage.set(fc, box);
	}
	return box;
}

const measured = new WeakMap<object, number[]>();
function cumulative(f: Feature<LineString, unknown>): number[] {
	let cum = measured.get(f);
	if (!cum) {
		cum = measure(f.geometry.coordinates);
		measured.set(f, cum);
	}
	return cum;
}

// --- Basemap choice --------------------------------------------------------------------------------

interface Rect {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

/** The basemap files the live map draws at a zoom (zoom ranges are [min, max)). */
export function basemapAt(zoom: number, kind: 'land' | 'border'): string[] {
	return BASEMAP.filter((b) => b.kind === kind && zoom >= b.minzoom && zoom < b.maxzoom).map((b) => b.id);
}

/**
 * The basemap layers to draw, finest first. The live map's choice comes first; where its regional
 * land files do not cover the whole view (a close-up outside their box) the next coarser land is
 * added underneath, masked to where the finer files have no data, so no scene shows land as sea.
 */
function basemapLayers(
	view: SceneView,
	data: Dataset,
	kind: 'land' | 'border'
): { ids: string[]; exclude: Rect[] }[] {
	const levels = [...new Set(BASEMAP.filter((b) => b.kind === kind).map((b) => b.minzoom))].sort((a, b) => b - a);
	// Zoom ranges tile: the live map's level is the finest one that starts at or below the zoom.
	const found = levels.findIndex((z) => z <= view.zoom);
	const start = found < 0 ? levels.length - 1 : found;
	const out: { ids: string[]; exclude: Rect[] }[] = [];
	const covered: Rect[] = [];
	const whole: Rect = { x0: 0, y0: 0, x1: view.width, y1: view.height };
	for (const z of levels.slice(start)) {
		const ids = basemapAt(z, kind).filter((id) => data.basemap[id]);
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

function projectBox(view: SceneView, [w, s, e, n]: LonLatBox): Rect {
	if (e - w >= 359.9) return { x0: -Infinity, y0: -Infinity, x1: Infinity, y1: Infinity };
	const p = view.projection;
	// Meridians and parallels are straight in Mercator; place the box on the copy nearest the view.
	const centre = -p.rotate()[0];
	const shift = Math.round((centre - (w + e) / 2) / 360) * 360;
	const a = p.scale() * (((w + shift - centre) * Math.PI) / 180) + p.translate()[0];
	const b = p.scale() * (((e + shift - centre) * Math.PI) / 180) + p.translate()[0];
	const yN = mercatorY(view, n);
	const yS = mercatorY(view, s);
	return { x0: Math.min(a, b), x1: Math.max(a, b), y0: Math.min(yN, yS), y1: Math.max(yN, yS) };
}

function mercatorY(view: SceneView, lat: number): number {
	const phi = (clampLat(lat) * Math.PI) / 180;
	return view.projection.translate()[1] - view.projection.scale() * Math.log(Math.tan(Math.PI / 4 + phi / 2));
}

function contains(outer: Rect, inner: Rect): boolean {
	return outer.x0 <= inner.x0 && outer.y0 <= inner.y0 && outer.x1 >= inner.x1 && outer.y1 >= inner.y1;
}

// --- Label placement ---------------------------------------------------------------------------------

interface LabelSpec {
	id: string;
	x: number;
	y: number;
	lines: string[];
	fontSize: number;
	bold: boolean;
	color: string;
	/** Distance from the point to the label. */
	offset: number;
}

export interface PlacedLabel extends LabelSpec {
	anchor: 'start' | 'middle' | 'end';
	/** Text x and first baseline. */
	tx: number;
	ty: number;
	box: Rect;
	overlap: number;
}

const CANDIDATES: { dx: -1 | 0 | 1; dy: -1 | 0 | 1 }[] = [
	{ dx: 1, dy: 0 }, // right
	{ dx: -1, dy: 0 }, // left
	{ dx: 0, dy: -1 }, // above
	{ dx: 0, dy: 1 }, // below
	{ dx: 1, dy: -1 },
	{ dx: -1, dy: -1 },
	{ dx: 1, dy: 1 },
	{ dx: -1, dy: 1 }
];

function overlapArea(a: Rect, b: Rect, pad = 0): number {
	const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) + pad;
	const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) + pad;
	return w > 0 && h > 0 ? w * h : 0;
}

/** Length of the segment a–b inside a rectangle (Liang–Barsky clipping). */
function lengthInside(a: [number, number], b: [number, number], r: Rect): number {
	const dx = b[0] - a[0];
	const dy = b[1] - a[1];
	let t0 = 0;
	let t1 = 1;
	const edges: [number, number][] = [
		[-dx, a[0] - r.x0],
		[dx, r.x1 - a[0]],
		[-dy, a[1] - r.y0],
		[dy, r.y1 - a[1]]
	];
	for (const [p, q] of edges) {
		if (p === 0) {
			if (q < 0) return 0;
		} else {
			const t = q / p;
			if (p < 0) t0 = Math.max(t0, t);
			else t1 = Math.min(t1, t);
		}
	}
	return t1 > t0 ? (t1 - t0) * Math.hypot(dx, dy) : 0;
}

/** Weights of what a label should not cover: other labels and markers, then lines. */
const LABEL_WEIGHT = 10;
const LINE_WEIGHT = 4;

/**
 * Greedy placement: each label in turn (focus first) takes the candidate position (right, left,
 * above, below, then the diagonals), moved inside the image, that overlaps the labels already
 * placed, the place markers, the attribution and the drawn lines least. Every label is placed.
 * `lines` are polylines in image coordinates.
 */
export function placeLabels(
	labels: LabelSpec[],
	obstacles: Rect[],
	width: number,
	height: number,
	lines: [number, number][][] = []
): PlacedLabel[] {
	const placed: PlacedLabel[] = [];
	for (const l of labels) {
		const w = Math.max(...l.lines.map((t) => textWidth(t, l.fontSize, l.bold)));
		const h = (l.lines.length - 1) * LINE_HEIGHT_EM * l.fontSize + (ASCENT_EM + DESCENT_EM) * l.fontSize;
		const halo = HALO_WIDTH;
		let best: PlacedLabel | undefined;
		let bestScore = Infinity;
		CANDIDATES.forEach((c, i) => {
			const diag = c.dx !== 0 && c.dy !== 0 ? Math.SQRT1_2 : 1;
			const ox = c.dx * l.offset * diag;
			const oy = c.dy * l.offset * diag;
			let x0 = c.dx > 0 ? l.x + ox : c.dx < 0 ? l.x + ox - w : l.x - w / 2;
			let y0 = c.dy > 0 ? l.y + oy : c.dy < 0 ? l.y + oy - h : l.y - h / 2;
			// Keep the label (with its halo) inside the image.
			const m = LABEL_MARGIN + halo;
			const sx = Math.max(m - x0, 0) + Math.min(width - m - (x0 + w), 0);
			const sy = Math.max(m - y0, 0) + Math.min(height - m - (y0 + h), 0);
			x0 += sx;
			y0 += sy;
			const box = { x0, y0, x1: x0 + w, y1: y0 + h };
			let overlap = 0;
			for (const p of placed) overlap += overlapArea(box, p.box, LABEL_MARGIN);
			for (const o of obstacles) overlap += overlapArea(box, o, 1);
			let crossed = 0;
			const padded = { x0: box.x0 - 2, y0: box.y0 - 2, x1: box.x1 + 2, y1: box.y1 + 2 };
			for (const line of lines) {
				for (let j = 1; j < line.length; j++) crossed += lengthInside(line[j - 1] as [number, number], line[j] as [number, number], padded);
			}
			const score = overlap * LABEL_WEIGHT + crossed * LINE_WEIGHT + Math.hypot(sx, sy) + i * 0.5;
			if (score < bestScore) {
				bestScore = score;
				const anchor = c.dx > 0 ? 'start' : c.dx < 0 ? 'end' : 'middle';
				const tx = anchor === 'start' ? x0 : anchor === 'end' ? x0 + w : x0 + w / 2;
				best = { ...l, anchor, tx, ty: y0 + ASCENT_EM * l.fontSize, box, overlap };
			}
		});
		if (best) placed.push(best);
	}
	return placed;
}

// --- Compact path data ----------------------------------------------------------------------------------

/** Tenths of a pixel as path-data text: 123 → "12.3", -5 → "-0.5". */
function tenths(n: number): string {
	return String(n / 10);
}
function pair(x: number, y: number, first: boolean): string {
	const a = tenths(x);
	const b = tenths(y);
	return `${first || x < 0 ? '' : ','}${a}${y < 0 ? '' : ','}${b}`;
}

/**
 * A d3 path context writing SVG path data with coordinates rounded to 0.1 px (what
 * `geoPath().digits(1)` does) but relative, so each vertex costs a few characters. Segments that
 * round to nothing are left out, and so are rings that round to fewer than three distinct
 * vertices: neither changes a single drawn pixel, and the close-up coasts shrink by about half.
 */
export class CompactPathContext implements GeoContext {
	private out: string[] = [];
	/** Current point (tenths of a px) after what has been written. */
	private cur: [number, number] | undefined;
	private sub: [number, number][] = [];

	beginPath(): void {}
	moveTo(x: number, y: number): void {
		this.flush(false);
		this.sub = [[Math.round(x * 10), Math.round(y * 10)]];
	}
	lineTo(x: number, y: number): void {
		const p: [number, number] = [Math.round(x * 10), Math.round(y * 10)];
		const last = this.sub[this.sub.length - 1];
		if (!last) this.sub = [p];
		else if (last[0] !== p[0] || last[1] !== p[1]) this.sub.push(p);
	}
	closePath(): void {
		this.flush(true);
	}
	arc(): void {}

	/** The path data written since the last call, or '' when nothing is drawn. */
	result(): string {
		this.flush(false);
		const d = this.out.join('');
		this.out = [];
		this.cur = undefined;
		return d;
	}

	private flush(closed: boolean): void {
		const s = this.sub;
		this.sub = [];
		const first = s[0];
		if (!first) return;
		if (closed) {
			const last = s[s.length - 1] as [number, number];
			if (s.length > 1 && last[0] === first[0] && last[1] === first[1]) s.pop();
			if (s.length < 3) return;
		} else if (s.length < 2) return;
		let d = this.cur ? `m${pair(first[0] - this.cur[0], first[1] - this.cur[1], true)}` : `M${pair(first[0], first[1], true)}`;
		d += 'l';
		for (let i = 1; i < s.length; i++) {
			const a = s[i - 1] as [number, number];
			const b = s[i] as [number, number];
			d += pair(b[0] - a[0], b[1] - a[1], i === 1);
		}
		if (closed) {
			d += 'z';
			this.cur = first;
		} else this.cur = s[s.length - 1];
		this.out.push(d);
	}
}

// --- Rendering ---------------------------------------------------------------------------------------

const fmt = (n: number) => String(Math.round(n * 10) / 10);

/** Line width of the live map's connection layers at a zoom (2.2 px at z2 to 3.5 px at z10). */
function lineWidth(zoom: number): number {
	const t = Math.max(0, Math.min(1, (zoom - 2) / 8));
	return 2.2 + (3.5 - 2.2) * t;
}

/**
 * The scene as the live map shows it at the scene's end, as a standalone SVG document: basemap
 * chosen by scale, highlighted areas, lines drawn to their final fraction, places and labels.
 */
export function renderSceneSvg(scene: ResolvedScene, data: Dataset, opts: StaticMapOptions): string {
	const { width, height } = opts;
	const lang = opts.lang ?? 'en';
	const view = sceneView(scene.map.camera, width, height);
	const context = new CompactPathContext();
	const path = geoPath(view.projection, context);
	const titleId = `static-map-${scene.id}-title`;
	const out: string[] = [];
	const d = (g: Geometry): string => {
		path(g);
		return context.result();
	};

	out.push(
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${escapeXml(titleId)}" font-family="Noto Sans, sans-serif" data-scene="${escapeXml(scene.id)}" data-zoom="${view.zoom.toFixed(2)}">`,
		`<title id="${escapeXml(titleId)}">${escapeXml(sceneAlt(scene, data, lang))}</title>`,
		`<rect width="${width}" height="${height}" fill="${COLORS.water}"/>`
	);

	// Basemap: land (with coarser land beneath where the live map's files have no data), then borders.
	let masks = 0;
	const drawBasemap = (kind: 'land' | 'border') => {
		const levels = basemapLayers(view, data, kind);
		for (const { ids, exclude } of [...levels].reverse()) {
			const visible = exclude.filter((r) => overlapArea(r, { x0: 0, y0: 0, x1: width, y1: height }) > 0);
			let mask = '';
			if (visible.length > 0) {
				const id = `static-map-${scene.id}-mask-${++masks}`;
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
				const fc = data.basemap[id] as FeatureCollection;
				const paths = fc.features.map((f) => d(prepare(f))).filter(Boolean);
				if (paths.length === 0) continue;
				const attrs =
					kind === 'land'
						? // Fill only, as the live map: files are cut along shared edges that must not show.
							// A hairline of the land colour hides the seams where they meet.
							`fill="${COLORS.land}" stroke="${COLORS.land}" stroke-width="0.5"`
						: `fill="none" stroke="${COLORS.border}" stroke-width="0.8" stroke-dasharray="2.4 1.6"`;
				out.push(`<path data-basemap="${escapeXml(id)}" ${attrs} stroke-linejoin="round"${mask} d="${paths.join('')}"/>`);
			}
		}
	};
	drawBasemap('land');
	drawBasemap('border');

	// Highlighted areas (countries, provinces), as the live map's areas-fill / areas-line layers.
	const areaById = new Map(data.areas.features.map((f) => [f.properties.id, f]));
	for (const id of scene.map.areas) {
		const f = areaById.get(id);
		if (!f) continue;
		const p = d(prepare(f as AnyFeature));
		if (!p) continue;
		out.push(
			`<path data-area="${escapeXml(id)}" fill="${COLORS.area}" fill-opacity="0.28" stroke="${COLORS.areaLine}" stroke-opacity="0.8" stroke-width="1.2" stroke-linejoin="round" d="${p}"/>`
		);
	}

	// Lines, drawn to the fraction the live map shows at the scene's end, with the drawing head.
	const lineById = new Map(data.lines.features.map((f) => [f.properties.id, f]));
	const state = sceneState(scene, 1, { animateLines: false });
	const lw = lineWidth(view.zoom);
	const heads: string[] = [];
	const drawnLines: [number, number][][] = [];
	const halfWorld = Math.PI * view.projection.scale();
	for (const l of state.lines) {
		const f = lineById.get(l.id);
		if (!f) continue;
		const coords = sliceAt(f.geometry.coordinates, cumulative(f), l.fraction);
		if (coords.length < 2) continue;
		const p = d({ type: 'LineString', coordinates: coords });
		if (!p) continue;
		const style: { color: string; dash?: number[] } = LINE_STYLES[f.properties.kind] ?? { color: '#333333' };
		const dash = style.dash ? ` stroke-dasharray="${style.dash.map((x) => fmt(x * lw)).join(' ')}" stroke-linecap="butt"` : ' stroke-linecap="round"';
		out.push(
			`<path data-line="${escapeXml(l.id)}" data-kind="${escapeXml(f.properties.kind)}" fill="none" stroke="${style.color}" stroke-width="${fmt(lw)}" stroke-linejoin="round"${dash} d="${p}"/>`
		);
		// In image coordinates, for label placement (a jump of half the world is a wrap, not a segment).
		const screen: [number, number][] = [];
		for (const c of coords) {
			const xy = view.projection(c as [number, number]);
			const prev = screen[screen.length - 1];
			if (!xy) continue;
			if (prev && Math.abs(xy[0] - prev[0]) > halfWorld) {
				drawnLines.push(screen.splice(0));
			}
			screen.push(xy);
		}
		drawnLines.push(screen);
		const end = coords[coords.length - 1];
		const at = l.fraction < 1 && end ? view.projection(end as [number, number]) : null;
		if (at && at[0] >= 0 && at[0] <= width && at[1] >= 0 && at[1] <= height) {
			heads.push(`<circle data-line-head="${escapeXml(l.id)}" cx="${fmt(at[0])}" cy="${fmt(at[1])}" r="4.5" fill="${style.color}" stroke="${COLORS.halo}" stroke-width="1.5"/>`);
		}
	}
	out.push(...heads);

	// Places: markers (focus on top), then labels placed to avoid each other, markers and edges.
	const placeById = new Map(data.places.features.map((f) => [f.properties.id, f]));
	const focus = new Set(scene.map.focus);
	const order = [...scene.map.places.filter((id) => focus.has(id)), ...scene.map.places.filter((id) => !focus.has(id))];
	const markers: { id: string; x: number; y: number; focus: boolean }[] = [];
	for (const id of order) {
		const f = placeById.get(id);
		const xy = f && view.projection(f.geometry.coordinates as [number, number]);
		if (xy) markers.push({ id, x: xy[0], y: xy[1], focus: focus.has(id) });
	}
	for (const m of [...markers].reverse()) {
		const s = m.focus ? PLACE.focus : PLACE.plain;
		out.push(`<circle data-place-dot="${escapeXml(m.id)}" cx="${fmt(m.x)}" cy="${fmt(m.y)}" r="${s.radius}" fill="${s.color}" stroke="${COLORS.halo}" stroke-width="${DOT_STROKE}"/>`);
	}
	const obstacles: Rect[] = markers.map((m) => {
		const r = (m.focus ? PLACE.focus : PLACE.plain).radius + DOT_STROKE / 2;
		return { x0: m.x - r, y0: m.y - r, x1: m.x + r, y1: m.y + r };
	});
	const attrWidth = textWidth(ATTRIBUTION, ATTRIBUTION_SIZE);
	const attrX = width - 6;
	const attrY = height - 6;
	obstacles.push({ x0: attrX - attrWidth, y0: attrY - ATTRIBUTION_SIZE, x1: attrX, y1: attrY + 3 });

	const specs: LabelSpec[] = markers.map((m) => {
		const s = m.focus ? PLACE.focus : PLACE.plain;
		const props = (placeById.get(m.id) as NonNullable<ReturnType<typeof placeById.get>>).properties;
		const bold = s.weight === 'bold';
		return {
			id: m.id,
			x: m.x,
			y: m.y,
			lines: wrapLabel(placeName(props, lang), s.fontSize, bold),
			fontSize: s.fontSize,
			bold,
			color: s.color,
			offset: LABEL_OFFSET_EM * s.fontSize
		};
	});
	const labels = placeLabels(specs, obstacles, width, height, drawnLines);
	out.push(
		`<g xml:lang="${lang}" stroke="${COLORS.halo}" stroke-width="${fmt(HALO_WIDTH * 2)}" stroke-linejoin="round" paint-order="stroke">`
	);
	for (const l of labels) {
		const weight = l.bold ? ' font-weight="bold"' : '';
		const body =
			l.lines.length === 1
				? escapeXml(l.lines[0] as string)
				: l.lines.map((t, i) => `<tspan x="${fmt(l.tx)}"${i > 0 ? ` dy="${fmt(LINE_HEIGHT_EM * l.fontSize)}"` : ''}>${escapeXml(t)}</tspan>`).join('');
		out.push(
			`<text data-place="${escapeXml(l.id)}" x="${fmt(l.tx)}" y="${fmt(l.ty)}" text-anchor="${l.anchor}" font-size="${l.fontSize}"${weight} fill="${l.color}">${body}</text>`
		);
	}
	out.push('</g>');

	out.push(
		`<text x="${attrX}" y="${attrY}" text-anchor="end" font-size="${ATTRIBUTION_SIZE}" fill="#6b6b6b" stroke="${COLORS.halo}" stroke-width="2" stroke-linejoin="round" paint-order="stroke">${escapeXml(ATTRIBUTION)}</text>`,
		'</svg>'
	);
	return out.join('\n');
}

// --- File names ----------------------------------------------------------------------------------------

/** `<scene-id>.svg` for English, `<scene-id>.<lang>.svg` for the others. */
export function staticMapFile(sceneId: string, lang: StaticMapLang = 'en'): string {
	return lang === 'en' ? `${sceneId}.svg` : `${sceneId}.${lang}.svg`;
}

/** The scene id and language a static map file name asks for, or undefined. */
export function parseStaticMapFile(file: string): { id: string; lang: StaticMapLang } | undefined {
	const m = /^([a-z0-9]+(?:-[a-z0-9]+)*)(?:\.(vi|ko))?\.svg$/.exec(file);
	if (!m) return undefined;
	return { id: m[1] as string, lang: (m[2] as StaticMapLang | undefined) ?? 'en' };
}
