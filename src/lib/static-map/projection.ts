/**
 * The static map's projection: Web Mercator framed the way the live map frames a camera, in image
 * pixels, and the rectangle arithmetic the drawing and the label placement share. Pure.
 */
import { geoMercator, geoOrthographic, type GeoProjection } from 'd3-geo';
import type { CameraSpec } from '../story/types';
import { MERCATOR_MAX_LAT } from '../geo/mercator';

/** Free margin around the camera box, as a fraction of the image's width and height. */
export const FIT_PADDING = 0.08;
/** The live map draws 512 px tiles. */
export const TILE_SIZE = 512;
/** Web Mercator stops here (as MapLibre does). */
export const MAX_LATITUDE = MERCATOR_MAX_LAT;

/** A box in image pixels. */
export interface Rect {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

/** [west, south, east, north] in degrees. */
export type LonLatBox = [number, number, number, number];

/** Mercator scale (px per radian) at a zoom level of the live map. */
export function scaleForZoom(zoom: number): number {
	return (TILE_SIZE * 2 ** zoom) / (2 * Math.PI);
}

/** The live map's zoom level at a Mercator scale. */
export function zoomForScale(k: number): number {
	return Math.log2((k * 2 * Math.PI) / TILE_SIZE);
}

export const clampLat = (lat: number) => Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));

/**
 * The globe of a world scene, as the live map shows it (its vertical-perspective view is, at
 * these distances, an orthographic one): centred on the camera box, fitted to the box's edges.
 */
function globeView(camera: CameraSpec, width: number, height: number): SceneView {
	const [west, s, east, n] = camera.bounds;
	const lon = (west + east) / 2;
	const lat = Math.max(-60, Math.min(60, (s + n) / 2));
	const edge: [number, number][] = [];
	for (let i = 0; i <= 16; i++) {
		const t = i / 16;
		edge.push([west + (east - west) * t, s], [west + (east - west) * t, n], [west, s + (n - s) * t], [east, s + (n - s) * t]);
	}
	const projection = geoOrthographic()
		.rotate([-lon, -lat])
		.clipAngle(90)
		.fitExtent(
			[
				[width * FIT_PADDING, height * FIT_PADDING],
				[width * (1 - FIT_PADDING), height * (1 - FIT_PADDING)]
			],
			{ type: 'MultiPoint', coordinates: edge }
		);
	// The globe's radius at a zoom is the Mercator scale there: the same zoom as the live map's.
	return { projection, zoom: zoomForScale(projection.scale()), width, height, globe: true };
}

export interface SceneView {
	/** An orthographic globe (a world scene) rather than Web Mercator. */
	globe?: boolean;
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
	if (camera.projection === 'globe' && !(camera.center && camera.zoom !== undefined)) return globeView(camera, width, height);
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
	// An explicit camera: its centre in the middle of the image, at its zoom.
	if (camera.center && camera.zoom !== undefined) {
		const [clon, clat] = camera.center;
		const p = geoMercator().rotate([-clon, 0]).scale(scaleForZoom(camera.zoom)).translate([width / 2, height / 2]);
		const c = p([clon, clat]) ?? [width / 2, height / 2];
		p.translate([width - c[0], height - c[1]]);
		p.clipExtent([
			[-2, -2],
			[width + 2, height + 2]
		]);
		return { projection: p, zoom: camera.zoom, width, height };
	}
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


/** The image box of a lon/lat box (the whole plane for a box around the world). */
export function projectBox(view: SceneView, [w, s, e, n]: LonLatBox): Rect {
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

export function mercatorY(view: SceneView, lat: number): number {
	const phi = (clampLat(lat) * Math.PI) / 180;
	return view.projection.translate()[1] - view.projection.scale() * Math.log(Math.tan(Math.PI / 4 + phi / 2));
}

export function contains(outer: Rect, inner: Rect): boolean {
	return outer.x0 <= inner.x0 && outer.y0 <= inner.y0 && outer.x1 >= inner.x1 && outer.y1 >= inner.y1;
}

/** Area of the overlap of two boxes, each grown by `pad`. */
export function overlapArea(a: Rect, b: Rect, pad = 0): number {
	const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) + pad;
	const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) + pad;
	return w > 0 && h > 0 ? w * h : 0;
}

