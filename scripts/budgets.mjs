/**
 * Size budgets of the built site, measured from the files in `build/` (deterministic: no browser).
 * Used by `tests/e2e/budgets.spec.ts` (which enforces the budgets) and `scripts/bench.mjs` (which
 * reports them next to Lighthouse).
 *
 * - Initial JavaScript: the scripts the prerendered `index.html` loads or modulepreloads, plus
 *   everything they import statically, followed recursively through the built chunks. Chunks that
 *   are reachable only through a dynamic `import()` (the map controller with maplibre-gl) are not
 *   part of it.
 * - Start data: the GeoJSON files under `build/data/` the map fetches when it starts. The basemap,
 *   countries and provinces are vector tiles (`build/data/tiles/`): which of them a scene fetches
 *   depends on the screen, so `tests/e2e/budgets.spec.ts` counts them in a browser, with
 *   `servedGzip()` for each file, against the same budgets.
 *
 * Sizes are gzip (node's zlib, default level, the level Vite's build report uses). 1 KB = 1024 B.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const KB = 1024;

/** Budgets in bytes, gzip. */
export const BUDGETS = {
	/** JavaScript loaded before the map. */
	initialJsGzip: 40 * KB,
	/** Data the map fetches to draw the first scene (GeoJSON and tiles), at any of the three screens. */
	startDataGzip: 60 * KB,
	/** Data the map fetches to draw a close-up scene from a deep link. */
	closeUpDataGzip: 100 * KB
};

/**
 * `build/data/` GeoJSON files the map fetches when it starts: its places, lines and context labels
 * (and the scenes' own points for country names).
 * `tests/e2e/budgets.spec.ts` checks in a browser that the first scene fetches nothing else but tiles.
 */
export const START_DATA = ['places.json', 'lines.json', 'context.json', 'context-scenes.json'];
/** `build/data/` files fetched only when a scene zooms in (the locator inset's outline). */
export const LAZY_DATA = ['locator.json'];

/**
 * The bytes a file of the build costs when served: its precompressed .gz beside it (what
 * scripts/serve.mjs sends a browser that asks for gzip), or the file gzipped, or 0 for an empty tile.
 * @param {string} buildDir @param {string} path the URL path (`/data/tiles/land-50m/3/6/3.pbf`)
 */
export function servedGzip(buildDir, path) {
	const file = join(buildDir, decodeURIComponent(path.split(/[?#]/)[0] ?? path));
	if (existsSync(`${file}.gz`)) return statSync(`${file}.gz`).size;
	if (!existsSync(file)) return 0;
	const bytes = readFileSync(file);
	return bytes.length === 0 ? 0 : gzipSync(bytes).length;
}

/** Every vector tile of the build: how many, how many empty, their bytes. @param {string} buildDir */
function measureTiles(buildDir) {
	const root = join(buildDir, 'data', 'tiles');
	let count = 0, empty = 0, raw = 0, gzip = 0;
	/** @type {Record<string, number>} */
	const sets = {};
	/** @param {string} d @param {string} set */
	const walk = (d, set) => {
		for (const name of existsSync(d) ? readdirSync(d) : []) {
			const p = join(d, name);
			if (statSync(p).isDirectory()) walk(p, set || name);
			else if (name.endsWith('.pbf')) {
				const n = statSync(p).size;
				count++;
				if (n === 0) empty++;
				raw += n;
				gzip += servedGzip(buildDir, relative(buildDir, p));
				sets[set] = (sets[set] ?? 0) + 1;
			}
		}
	};
	walk(root, '');
	return { count, empty, raw, gzip, sets };
}

/**
 * @typedef {{ file: string, raw: number, gzip: number }} Sized
 * @typedef {{ files: Sized[], raw: number, gzip: number }} Group
 * @typedef {{
 *   buildDir: string,
 *   html: string,
 *   initialJs: Group,
 *   lazyJs: Group,
 *   mapChunk: Sized | null,
 *   worker: Sized | null,
 *   workerInInitialSet: boolean,
 *   mapChunkInInitialSet: boolean,
 *   startData: Group,
 *   missingStartData: string[],
 *   lazyData: Group,
 *   otherData: Group,
 *   lazyDataReferencedBy: string[],
 *   tiles: { count: number, empty: number, raw: number, gzip: number, sets: Record<string, number> },
 *   initialCss: Group,
 *   lazyCss: Group,
 *   fonts: Group,
 *   budgets: typeof BUDGETS
 * }} Measurement
 */

/** @param {string} path @param {string} root @returns {Sized} */
function size(path, root) {
	const bytes = readFileSync(path);
	return { file: relative(root, path), raw: bytes.length, gzip: gzipSync(bytes).length };
}

/** @param {Sized[]} files @returns {Group} */
function group(files) {
	return {
		files,
		raw: files.reduce((s, f) => s + f.raw, 0),
		gzip: files.reduce((s, f) => s + f.gzip, 0)
	};
}

/** Static `import … from "x"`, `import "x"` and `export … from "x"` in minified ES modules. */
const STATIC_IMPORT = /(?:^|[^\w$.])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?(["'])([^"'\n]+?\.m?js)\1/g;
/** Dynamic `import("x")`, with any quote Vite emits. */
const DYNAMIC_IMPORT = /(?:^|[^\w$.])import\(\s*([`"'])([^`"'\n]+?\.m?js)\1\s*\)/g;

/** @param {string} code @param {RegExp} re @returns {string[]} */
function specifiers(code, re) {
	return [...code.matchAll(re)].map((m) => /** @type {string} */ (m[2]));
}

/**
 * Resolve a URL found in `fromFile` (HTML or JS) to a file in the build.
 * @param {string} spec @param {string} fromFile @param {string} buildDir
 */
function resolveUrl(spec, fromFile, buildDir) {
	const clean = spec.split(/[?#]/)[0] ?? spec;
	return clean.startsWith('/') ? join(buildDir, clean) : resolve(dirname(fromFile), clean);
}

/** The files of a folder, without the .br / .gz copies the build writes beside them. @param {string} dir @returns {string[]} */
function list(dir) {
	return existsSync(dir) ? readdirSync(dir).filter((f) => !/\.(br|gz)$/.test(f)).sort() : [];
}

/**
 * Measure the built site.
 * @param {{ buildDir?: string }} [options]
 * @returns {Measurement}
 */
export function measureBuild(options = {}) {
	const buildDir = resolve(options.buildDir ?? 'build');
	const htmlPath = join(buildDir, 'index.html');
	if (!existsSync(htmlPath)) throw new Error(`${htmlPath} does not exist: run \`npm run build\` first`);
	const html = readFileSync(htmlPath, 'utf8');

	// --- What index.html loads ----------------------------------------------------------------------
	/** @type {string[]} */
	const entries = [];
	/** @type {string[]} */
	const stylesheets = [];
	for (const tag of html.match(/<link\b[^>]*>/g) ?? []) {
		const href = tag.match(/\bhref="([^"]+)"/)?.[1];
		const rel = tag.match(/\brel="([^"]+)"/)?.[1] ?? '';
		if (!href) continue;
		if (rel.split(/\s+/).includes('modulepreload')) entries.push(resolveUrl(href, htmlPath, buildDir));
		if (rel.split(/\s+/).includes('stylesheet')) stylesheets.push(resolveUrl(href, htmlPath, buildDir));
	}
	for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
		const src = (m[1] ?? '').match(/\bsrc="([^"]+)"/)?.[1];
		if (src) entries.push(resolveUrl(src, htmlPath, buildDir));
		// SvelteKit's inline bootstrap starts the app with import("./_app/immutable/entry/…"): that is
		// the page's own start-up, so those count as loaded.
		for (const spec of specifiers(m[2] ?? '', DYNAMIC_IMPORT)) entries.push(resolveUrl(spec, htmlPath, buildDir));
	}

	// --- Static closure: the initial set ------------------------------------------------------------
	/** @type {Set<string>} */
	const initial = new Set();
	/** @type {Set<string>} */
	const dynamicTargets = new Set();
	const queue = [...entries];
	while (queue.length > 0) {
		const file = /** @type {string} */ (queue.shift());
		if (initial.has(file) || !existsSync(file)) continue;
		initial.add(file);
		const code = readFileSync(file, 'utf8');
		for (const spec of specifiers(code, STATIC_IMPORT)) queue.push(resolveUrl(spec, file, buildDir));
		for (const spec of specifiers(code, DYNAMIC_IMPORT)) dynamicTargets.add(resolveUrl(spec, file, buildDir));
	}

	// --- Lazy set: reachable only through import() --------------------------------------------------
	/** @type {Set<string>} */
	const lazy = new Set();
	const lazyQueue = [...dynamicTargets];
	while (lazyQueue.length > 0) {
		const file = /** @type {string} */ (lazyQueue.shift());
		if (initial.has(file) || lazy.has(file) || !existsSync(file)) continue;
		lazy.add(file);
		const code = readFileSync(file, 'utf8');
		for (const spec of [...specifiers(code, STATIC_IMPORT), ...specifiers(code, DYNAMIC_IMPORT)]) {
			lazyQueue.push(resolveUrl(spec, file, buildDir));
		}
	}

	const initialJs = group([...initial].map((f) => size(f, buildDir)));
	const lazyJs = group([...lazy].map((f) => size(f, buildDir)));

	// The map chunk: the lazily imported chunk that bundles maplibre-gl (the largest, if several).
	const mapCandidates = [...lazy, ...initial]
		.filter((f) => /maplibre/i.test(readFileSync(f, 'utf8')))
		.map((f) => size(f, buildDir))
		.sort((a, b) => b.raw - a.raw);
	const mapChunk = mapCandidates[0] ?? null;
	const mapChunkInInitialSet = mapChunk !== null && initial.has(join(buildDir, mapChunk.file));

	// --- The worker -----------------------------------------------------------------------------------
	const assets = join(buildDir, '_app/immutable/assets');
	const workerName = list(assets).find((f) => /^maplibre-gl-worker.*\.m?js$/.test(f));
	const worker = workerName ? size(join(assets, workerName), buildDir) : null;
	const workerInInitialSet =
		workerName !== undefined &&
		(initial.has(join(assets, workerName)) ||
			html.includes(workerName) ||
			[...initial].some((f) => readFileSync(f, 'utf8').includes(workerName)));

	// --- Data -----------------------------------------------------------------------------------------
	const dataDir = join(buildDir, 'data');
	const dataFiles = list(dataDir).filter((f) => statSync(join(dataDir, f)).isFile());
	const missingStartData = START_DATA.filter((f) => !dataFiles.includes(f));
	const startData = group(START_DATA.filter((f) => dataFiles.includes(f)).map((f) => size(join(dataDir, f), buildDir)));
	const lazyData = group(LAZY_DATA.filter((f) => dataFiles.includes(f)).map((f) => size(join(dataDir, f), buildDir)));
	const otherData = group(
		dataFiles.filter((f) => !START_DATA.includes(f) && !LAZY_DATA.includes(f)).map((f) => size(join(dataDir, f), buildDir))
	);
	// Data not fetched at start (the lazy coast, and any other file not in START_DATA) must not be
	// named by any prerendered page (a preload would fetch it at start) nor by the initial scripts.
	const pages = ['index.html', 'vi/index.html', 'ko/index.html', 'vi.html', 'ko.html']
		.map((p) => join(buildDir, p))
		.filter((p) => existsSync(p));
	const notAtStart = dataFiles.filter((f) => !START_DATA.includes(f));
	const lazyDataReferencedBy = [...pages, ...initial].flatMap((f) => {
		const text = readFileSync(f, 'utf8');
		return notAtStart.filter((d) => text.includes(d)).map((d) => `${relative(buildDir, f)} names ${d}`);
	});

	// --- CSS and fonts ----------------------------------------------------------------------------------
	const initialCss = group(stylesheets.filter((f) => existsSync(f)).map((f) => size(f, buildDir)));
	const lazyCss = group(
		list(assets)
			.filter((f) => f.endsWith('.css') && !stylesheets.includes(join(assets, f)))
			.map((f) => size(join(assets, f), buildDir))
	);
	const fonts = group(
		list(assets)
			.filter((f) => f.endsWith('.woff2'))
			.map((f) => size(join(assets, f), buildDir))
	);

	return {
		buildDir,
		html: relative(buildDir, htmlPath),
		initialJs,
		lazyJs,
		mapChunk,
		worker,
		workerInInitialSet,
		mapChunkInInitialSet,
		startData,
		missingStartData,
		lazyData,
		otherData,
		lazyDataReferencedBy,
		tiles: measureTiles(buildDir),
		initialCss,
		lazyCss,
		fonts,
		budgets: BUDGETS
	};
}

/** @param {number} bytes */
export function kb(bytes) {
	return `${(bytes / KB).toFixed(1)} KB`;
}

/**
 * A plain-text table of the measurement, one row per file and one per total.
 * @param {Measurement} m
 * @returns {string}
 */
export function formatTable(m) {
	/** @type {string[][]} */
	const rows = [['what', 'file', 'raw', 'gzip', 'budget']];
	/** @param {string} what @param {Group} g @param {number} [budget] */
	const add = (what, g, budget) => {
		for (const f of [...g.files].sort((a, b) => b.gzip - a.gzip)) rows.push(['', f.file, kb(f.raw), kb(f.gzip), '']);
		rows.push([what, '(total)', kb(g.raw), kb(g.gzip), budget ? `${kb(budget)} ${g.gzip <= budget ? 'ok' : 'OVER'}` : '']);
	};
	add('JS before the map', m.initialJs, m.budgets.initialJsGzip);
	if (m.mapChunk) rows.push(['map chunk (maplibre-gl)', m.mapChunk.file, kb(m.mapChunk.raw), kb(m.mapChunk.gzip)]);
	if (m.worker) rows.push(['map worker', m.worker.file, kb(m.worker.raw), kb(m.worker.gzip)]);
	add('JS loaded lazily (all)', m.lazyJs);
	add('GeoJSON at start', m.startData);
	add('GeoJSON when zoomed in (lazy)', m.lazyData);
	rows.push(['vector tiles', `${m.tiles.count} files (${m.tiles.empty} empty) in ${Object.keys(m.tiles.sets).length} sets`, kb(m.tiles.raw), kb(m.tiles.gzip), 'per scene: budgets.spec.ts']);
	if (m.otherData.files.length > 0) add('other data (not at start)', m.otherData);
	add('CSS in the page', m.initialCss);
	add('CSS loaded with the map', m.lazyCss);
	add('fonts (woff2)', m.fonts);
	const widths = [0, 1, 2, 3, 4].map((i) => Math.max(...rows.map((r) => r[i]?.length ?? 0)));
	return rows
		.map((r) =>
			r
				.map((c, i) => (i === 2 || i === 3 ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
				.join('  ')
				.trimEnd()
		)
		.join('\n');
}

/**
 * The figures as a small JSON-friendly summary (bytes).
 * @param {Measurement} m
 */
export function summary(m) {
	return {
		unit: 'bytes (gzip = node zlib default level)',
		budgets: m.budgets,
		initialJs: { gzip: m.initialJs.gzip, raw: m.initialJs.raw, files: m.initialJs.files },
		mapChunk: m.mapChunk,
		worker: m.worker,
		workerInInitialSet: m.workerInInitialSet,
		mapChunkInInitialSet: m.mapChunkInInitialSet,
		lazyJs: { gzip: m.lazyJs.gzip, raw: m.lazyJs.raw, files: m.lazyJs.files },
		startData: { gzip: m.startData.gzip, raw: m.startData.raw, files: m.startData.files, missing: m.missingStartData },
		lazyData: { gzip: m.lazyData.gzip, raw: m.lazyData.raw, files: m.lazyData.files, referencedBy: m.lazyDataReferencedBy },
		otherData: { gzip: m.otherData.gzip, raw: m.otherData.raw, files: m.otherData.files },
		tiles: m.tiles,
		css: {
			initialGzip: m.initialCss.gzip,
			lazyGzip: m.lazyCss.gzip,
			totalGzip: m.initialCss.gzip + m.lazyCss.gzip,
			files: [...m.initialCss.files, ...m.lazyCss.files]
		},
		fonts: { raw: m.fonts.raw, gzip: m.fonts.gzip, files: m.fonts.files }
	};
}
