/**
 * The bare-map floor for `npm run bench` (issue 16): for a scene, a page with one heading and a
 * MapLibre map that draws exactly what the story's map draws on arrival at that scene (the same
 * style, data files, marker images, web fonts for the labels and camera), and none of the story's
 * code. The story's own map is asked for all of that (`?debug` exposes it), so the floor follows
 * the story as it changes. Written into `<build>/bare/<scene>/` while the bench runs, removed after.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

/** Lighthouse's mobile preset screen (Moto G Power), so the camera is the one the phone run sees. */
export const PHONE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };

/**
 * @param {import('playwright-core').Browser} browser
 * @param {{ origin: string, buildDir: string, scene: string }} o
 * @returns {Promise<string>} the page's path on the site
 */
export async function makeBare(browser, { origin, buildDir, scene }) {
	const context = await browser.newContext(PHONE);
	/** @type {any} */
	let snap;
	try {
		const page = await context.newPage();
		/** @type {Set<string>} */
		const dataUrls = new Set();
		page.on('request', (r) => {
			const u = new URL(r.url());
			if (u.origin === origin && /\/data\/[^/]+\.json$/.test(u.pathname)) dataUrls.add(u.pathname);
		});
		await page.goto(`${origin}/?debug#${scene}`);
		await page.locator(`[data-map][data-map-rendered="${scene}"]`).waitFor({ timeout: 60_000 });
		const s = await page.evaluate(() => {
			const el = /** @type {any} */ (document.querySelector('[data-map]'));
			const map = el.storyMap();
			const images = Object.fromEntries(
				map.listImages().flatMap((/** @type {string} */ id) => {
					const img = map.getImage(id);
					if (!img) return [];
					const { width, height, data } = img.data;
					let bin = '';
					for (let i = 0; i < data.length; i++) bin += String.fromCharCode(data[i]);
					return [[id, { width, height, pixelRatio: img.pixelRatio, sdf: img.sdf, data: btoa(bin) }]];
				})
			);
			const c = map.getCenter();
			return {
				title: document.querySelector(`[data-scene="${el.dataset.mapScene}"] h2`)?.textContent?.trim() ?? '',
				style: map.getStyle(),
				camera: { center: [c.lng, c.lat], zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch() },
				box: { width: el.clientWidth, height: el.clientHeight },
				images,
				localIdeographFontFamily: map.style?.glyphManager?.localIdeographFontFamily ?? 'sans-serif'
			};
		});
		snap = s;
		// The story's map fetched these files itself (its worker did): the floor's map fetches the same
		// ones, not a copy of them inlined (getStyle() hands back what was loaded).
		for (const path of dataUrls) {
			const file = JSON.parse(readFileSync(join(buildDir, path), 'utf8'));
			const key = sameData(file);
			for (const src of Object.values(snap.style.sources)) if (src.type === 'geojson' && typeof src.data === 'object' && sameData(src.data) === key) src.data = path;
		}
	} finally {
		await context.close();
	}

	const out = join(buildDir, 'bare', scene);
	mkdirSync(out, { recursive: true });
	const dist = dirname(createRequire(import.meta.url).resolve('maplibre-gl/dist/maplibre-gl.mjs'));
	for (const f of ['maplibre-gl.mjs', 'maplibre-gl-worker.mjs', 'maplibre-gl.css']) copyFileSync(join(dist, f), join(out, f));
	// The story's web font faces (its labels are drawn from them), with their URLs made absolute.
	const assets = join(buildDir, '_app/immutable/assets');
	const faces = new Set();
	for (const f of readdirSync(assets).filter((f) => f.endsWith('.css'))) {
		for (const m of readFileSync(join(assets, f), 'utf8').matchAll(/@font-face\{[^}]*\}/g)) faces.add(m[0].replaceAll('url(./', 'url(/_app/immutable/assets/'));
	}
	writeFileSync(join(out, 'bare.js'), BARE_JS);
	writeFileSync(
		join(out, 'index.html'),
		`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Bare map: ${escape(snap.title)}</title>
<link rel="stylesheet" href="./maplibre-gl.css">
<style>
${[...faces].join('\n')}
html,body{margin:0;font-family:'Noto Sans',sans-serif}
h1{font-size:1.2rem;margin:0;padding:.6rem .8rem}
#map{width:${snap.box.width}px;max-width:100%;height:${snap.box.height}px;background:#d6e4ec}
</style>
</head>
<body>
<h1>${escape(snap.title)}</h1>
<div id="map"></div>
<script type="application/json" id="bare">${JSON.stringify(snap).replaceAll('<', '\\u003c')}</script>
<script type="module" src="./bare.js"></script>
</body>
</html>
`
	);
	// Precompressed like the story's own files (the server sends `.br`/`.gz` where they exist).
	for (const f of readdirSync(out).filter((f) => !/\.(br|gz)$/.test(f))) {
		const body = readFileSync(join(out, f));
		writeFileSync(join(out, `${f}.gz`), gzipSync(body, { level: 9 }));
		writeFileSync(join(out, `${f}.br`), brotliCompressSync(body));
	}
	return `/bare/${scene}/`;
}

/** What identifies a GeoJSON file: its features' count and first geometry. @param {any} d */
const sameData = (d) => `${d.features?.length}:${JSON.stringify(d.features?.[0]?.geometry ?? null).slice(0, 400)}`;

/** @param {string} s */
const escape = (s) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

const BARE_JS = `// The bare-map floor (scripts/bare.mjs): the story's map of one scene, without the story.
import * as maplibregl from './maplibre-gl.mjs';
maplibregl.setWorkerUrl(new URL('./maplibre-gl-worker.mjs', import.meta.url).href);
const snap = JSON.parse(document.getElementById('bare').textContent);
const container = document.getElementById('map');
const map = new maplibregl.Map({ container, style: snap.style, ...snap.camera, attributionControl: { compact: true }, localIdeographFontFamily: snap.localIdeographFontFamily });
map.setMissingStyleImageResolver?.((id) => {
	const img = snap.images[id];
	if (!img || map.hasImage(id)) return;
	const data = Uint8Array.from(atob(img.data), (c) => c.charCodeAt(0));
	map.addImage(id, { width: img.width, height: img.height, data }, { pixelRatio: img.pixelRatio, sdf: img.sdf });
});
map.once('idle', () => (container.dataset.mapRendered = 'bare'));
window.bareMap = map;
`;
