#!/usr/bin/env node
/**
 * `npm run bench`: build, serve `build/` on 127.0.0.1:4174, and measure
 *   1. Lighthouse 12 (mobile and desktop presets, BENCH_RUNS runs each, medians) on five pages side
 *      by side, interleaved run by run: the front page, a deep link into the first scene and one into
 *      a close-up (BENCH_DEEP, BENCH_CLOSE), and for each deep link its bare-map floor (scripts/bare.mjs:
 *      the same map with none of the story), with the ratios deep ÷ bare,
 *   2. the size budgets (scripts/budgets.mjs, the same figures as tests/e2e/budgets.spec.ts),
 *   3. a scripted scroll through every scene in the system Chromium: long tasks and slow frames
 *      after the map has loaded, the delay from `scenechange` to the camera's first step (the
 *      controller's `map-move` mark) and to the map's arrival (`data-map-scene`), at 1280×800 with
 *      and without prefers-reduced-motion and at 390×844 with flights,
 *   4. scripts/soak.mjs with a short setting (200 transitions), if it exists.
 * Prints one table and writes bench/results.json. Not part of `npm test`.
 *
 * Environment: BENCH_RUNS (default 3), CHROMIUM_PATH (default /usr/bin/chromium),
 * BENCH_SKIP_BUILD=1 (measure the existing build/), BENCH_ONLY=scroll (sizes and scroll traces only), SOAK_TRANSITIONS (200 here), SOAK_ARGS (arguments for soak.mjs).
 * Every process it starts is stopped by process-group id at the end, also on error or Ctrl-C.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { kb, measureBuild, summary } from './budgets.mjs';
import { makeBare } from './bare.mjs';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PORT = 4174;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3) || 3);
/** BENCH_ONLY=scroll: the sizes and the scroll traces, without Lighthouse and the soak (minutes less). */
const SCROLL_ONLY = process.env.BENCH_ONLY === 'scroll';
const LIGHTHOUSE = 'lighthouse@12.8.2';
/** The flags of the browser tests, which are also what Lighthouse needs on this closed network. */
const CHROME_ARGS = CHROMIUM_ARGS;
const LH_FLAGS = ['--headless=new', ...CHROME_ARGS].join(' ');

// --- Processes: every child runs in its own process group, stopped by that group's id ----------

/** @type {Set<import('node:child_process').ChildProcess>} */
const children = new Set();

/** @param {import('node:child_process').ChildProcess} child @param {NodeJS.Signals} signal */
function killGroup(child, signal) {
	if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
	try {
		process.kill(-child.pid, signal);
	} catch {
		try {
			child.kill(signal);
		} catch {
			/* already gone */
		}
	}
}

/** @param {import('node:child_process').ChildProcess} child */
async function stop(child) {
	if (child.exitCode !== null || child.signalCode !== null) return;
	const exited = new Promise((r) => child.once('exit', r));
	killGroup(child, 'SIGTERM');
	const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 5000);
	await exited;
	clearTimeout(timer);
	children.delete(child);
}

function stopAllSync() {
	for (const c of children) killGroup(c, 'SIGKILL');
}
process.on('exit', stopAllSync);
for (const sig of /** @type {NodeJS.Signals[]} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) {
	process.on(sig, () => {
		stopAllSync();
		process.exit(130);
	});
}

/**
 * Run a command to completion (own process group; killed with its children after `timeoutMs`).
 * @param {string} cmd @param {string[]} args
 * @param {{ env?: NodeJS.ProcessEnv, timeoutMs?: number, echo?: boolean }} [opts]
 * @returns {Promise<{ code: number | null, stdout: string, stderr: string, timedOut: boolean }>}
 */
function run(cmd, args, opts = {}) {
	return new Promise((resolvePromise) => {
		const child = spawn(cmd, args, {
			cwd: ROOT,
			env: { ...process.env, ...opts.env },
			detached: true,
			stdio: ['ignore', 'pipe', 'pipe']
		});
		children.add(child);
		let stdout = '';
		let stderr = '';
		child.stdout?.on('data', (d) => {
			stdout += d;
			if (opts.echo) process.stdout.write(d);
		});
		child.stderr?.on('data', (d) => {
			stderr += d;
			if (opts.echo) process.stderr.write(d);
		});
		let timedOut = false;
		const timer = opts.timeoutMs
			? setTimeout(() => {
					timedOut = true;
					killGroup(child, 'SIGTERM');
					setTimeout(() => killGroup(child, 'SIGKILL'), 5000).unref();
				}, opts.timeoutMs)
			: undefined;
		child.on('close', (code) => {
			if (timer) clearTimeout(timer);
			children.delete(child);
			resolvePromise({ code, stdout, stderr, timedOut });
		});
	});
}

/** Start the site's server (scripts/serve.mjs, as `npm start` and the kiosk use) on PORT and wait until it answers. */
async function startServer() {
	const child = spawn(process.execPath, ['scripts/serve.mjs', 'build'], {
		cwd: ROOT,
		env: { ...process.env, PORT: String(PORT), HOST: '127.0.0.1' },
		detached: true,
		stdio: ['ignore', 'pipe', 'pipe']
	});
	children.add(child);
	let log = '';
	child.stdout?.on('data', (d) => (log += d));
	child.stderr?.on('data', (d) => (log += d));
	const deadline = Date.now() + 30_000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`scripts/serve.mjs exited (${child.exitCode}):\n${log}`);
		try {
			const res = await fetch(`${ORIGIN}/`);
			if (res.ok) return child;
		} catch {
			/* not yet */
		}
		await new Promise((r) => setTimeout(r, 250));
	}
	throw new Error(`scripts/serve.mjs did not answer on ${ORIGIN} within 30 s:\n${log}`);
}

// --- Statistics ---------------------------------------------------------------------------------

/** @param {number[]} xs */
function median(xs) {
	if (xs.length === 0) return null;
	const s = [...xs].sort((a, b) => a - b);
	const mid = Math.floor(s.length / 2);
	return s.length % 2 ? /** @type {number} */ (s[mid]) : (/** @type {number} */ (s[mid - 1]) + /** @type {number} */ (s[mid])) / 2;
}

/** Nearest-rank percentile. @param {number[]} xs @param {number} p */
function percentile(xs, p) {
	if (xs.length === 0) return null;
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? null;
}

/** @param {unknown} url */
function shortUrl(url) {
	return typeof url === 'string' ? url.replace(ORIGIN, '') : String(url);
}

// --- 1. Lighthouse ------------------------------------------------------------------------------

/**
 * @param {'mobile' | 'desktop'} preset
 * @param {string} dir
 * @param {number} i
 */
async function lighthouseOnce(preset, dir, i, page = PAGES[0]) {
	const out = join(dir, `${preset}-${page.name}-${i}.json`);
	const args = [
		'-y',
		LIGHTHOUSE,
		`${ORIGIN}${page.path}`,
		'--output=json',
		`--output-path=${out}`,
		'--quiet',
		`--chrome-flags=${LH_FLAGS}`,
		...(preset === 'desktop' ? ['--preset=desktop'] : [])
	];
	const r = await run('npx', args, { env: { CHROME_PATH: CHROMIUM }, timeoutMs: 300_000 });
	if (r.code !== 0 || !existsSync(out)) {
		return { error: `lighthouse ${preset} run ${i} failed (exit ${r.code}${r.timedOut ? ', timed out' : ''}): ${(r.stderr || r.stdout).slice(-800)}` };
	}
	const lhr = JSON.parse(readFileSync(out, 'utf8'));
	/** @param {string} id */
	const score = (id) => lhr.categories?.[id]?.score ?? null;
	/** @param {string} id */
	const num = (id) => lhr.audits?.[id]?.numericValue ?? null;
	return {
		performance: score('performance'),
		accessibility: score('accessibility'),
		bestPractices: score('best-practices'),
		seo: score('seo'),
		lcpMs: num('largest-contentful-paint'),
		tbtMs: num('total-blocking-time'),
		cls: num('cumulative-layout-shift'),
		fcpMs: num('first-contentful-paint'),
		mainThreadMs: num('mainthread-work-breakdown'),
		lcpElement: lhr.audits?.['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.snippet ?? null,
		transferBytes: num('total-byte-weight'),
		// What a reader would want explained: failing audits, what blocks the main thread, what loads.
		failing: Object.entries(lhr.categories ?? {}).flatMap(([cat, c]) =>
			(/** @type {any} */ (c).auditRefs ?? [])
				.filter((/** @type {any} */ ref) => ref.weight > 0 && (lhr.audits?.[ref.id]?.score ?? 1) < 1)
				.map((/** @type {any} */ ref) => `${cat}: ${ref.id}`)
		),
		longTasks: (lhr.audits?.['long-tasks']?.details?.items ?? [])
			.slice(0, 5)
			.map((/** @type {any} */ t) => ({ url: shortUrl(t.url), startMs: Math.round(t.startTime), durationMs: Math.round(t.duration) })),
		mainThread: (lhr.audits?.['mainthread-work-breakdown']?.details?.items ?? [])
			.slice(0, 6)
			.map((/** @type {any} */ t) => ({ group: t.groupLabel ?? t.group, ms: Math.round(t.duration) })),
		bootup: (lhr.audits?.['bootup-time']?.details?.items ?? [])
			.slice(0, 5)
			.map((/** @type {any} */ t) => ({ url: shortUrl(t.url), totalMs: Math.round(t.total), scriptingMs: Math.round(t.scripting) })),
		requests: (lhr.audits?.['network-requests']?.details?.items ?? []).map((/** @type {any} */ r) => ({
			url: shortUrl(r.url),
			transferBytes: r.transferSize,
			bytes: r.resourceSize
		})),
		runtimeError: lhr.runtimeError?.message ?? null,
		warnings: lhr.runWarnings ?? []
	};
}

/**
 * The pages measured side by side: the front page, a deep link into the first scene and one into a
 * close-up (which also loads the fine coast), and the bare-map floor of each scene (scripts/bare.mjs:
 * the same map with none of the story). Filled in by main() once the scenes are known.
 * @type {{ name: string, path: string }[]}
 */
let PAGES = [{ name: 'front', path: '/' }];

/** @param {any[]} runs */
function medians(runs) {
	const ok = runs.filter((r) => !('error' in r));
	/** @param {string} k */
	const med = (k) => median(ok.map((r) => r[k]).filter((v) => typeof v === 'number'));
	return {
		median: {
			performance: med('performance'),
			accessibility: med('accessibility'),
			bestPractices: med('bestPractices'),
			seo: med('seo'),
			lcpMs: med('lcpMs'),
			tbtMs: med('tbtMs'),
			cls: med('cls'),
			fcpMs: med('fcpMs'),
			mainThreadMs: med('mainThreadMs'),
			transferBytes: med('transferBytes')
		},
		failed: runs.length - ok.length
	};
}

/**
 * Every page in both presets, interleaved run by run (run 1 of every page, then run 2…), so that
 * the load of a shared machine falls on all of them alike and their ratios hold.
 * @param {string} dir
 */
async function lighthouse(dir) {
	/** @type {Record<string, Record<string, any[]>>} */
	const runs = { mobile: {}, desktop: {} };
	for (let i = 1; i <= RUNS; i++) {
		for (const preset of /** @type {const} */ (['mobile', 'desktop'])) {
			for (const page of PAGES) {
				const t0 = Date.now();
				const r = await lighthouseOnce(preset, dir, i, page);
				console.log(
					`  lighthouse ${preset} ${page.name} ${i}/${RUNS}: ` +
						('error' in r ? r.error : `perf ${r.performance} LCP ${Math.round(r.lcpMs ?? 0)} ms TBT ${Math.round(r.tbtMs ?? 0)} ms main thread ${Math.round(r.mainThreadMs ?? 0)} ms`) +
						` (${((Date.now() - t0) / 1000).toFixed(0)} s)`
				);
				(runs[preset][page.name] ??= []).push(r);
			}
		}
	}
	/** @type {Record<string, any>} */
	const out = {};
	for (const preset of ['mobile', 'desktop']) {
		out[preset] = {};
		for (const page of PAGES) out[preset][page.name] = { path: page.path, runs: runs[preset][page.name], ...medians(runs[preset][page.name] ?? []) };
	}
	return out;
}

// --- 3. Scroll trace ----------------------------------------------------------------------------

/** Installed before any page script: long tasks, frame gaps, scene changes and map arrivals. */
function traceInit() {
	/** @type {any} */
	const b = {
		armed: false,
		armedAt: 0,
		longTasks: [],
		slowFrames: [],
		frames: 0,
		sceneChange: {},
		mapScene: {},
		mapMove: {},
		mapRendered: {}
	};
	/** @type {any} */ (window).__bench = b;
	try {
		new PerformanceObserver((list) => {
			if (!b.armed) return;
			for (const e of list.getEntries()) b.longTasks.push({ start: Math.round(e.startTime), duration: Math.round(e.duration) });
		}).observe({ type: 'longtask' });
	} catch {
		b.noLongTaskApi = true;
	}
	// The controller's mark at the camera's first step towards a scene (it keeps only the latest).
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) {
			const d = /** @type {PerformanceMark} */ (e).detail;
			if (d?.scene && b.mapMove[d.scene] === undefined) b.mapMove[d.scene] = { at: e.startTime, motion: d.motion };
		}
	}).observe({ type: 'mark' });
	let last = 0;
	const frame = (/** @type {number} */ t) => {
		if (b.armed) {
			b.frames++;
			if (last && t - last > 50) b.slowFrames.push({ at: Math.round(t), gap: Math.round(t - last) });
		}
		last = t;
		requestAnimationFrame(frame);
	};
	requestAnimationFrame(frame);
	window.addEventListener('scenechange', (e) => {
		const id = /** @type {CustomEvent} */ (e).detail?.id;
		if (id) b.sceneChange[id] = performance.now();
	});
	new MutationObserver((records) => {
		const now = performance.now();
		for (const r of records) {
			const el = /** @type {HTMLElement} */ (r.target);
			if (r.attributeName === 'data-map-scene') {
				const id = el.dataset.mapScene;
				if (id && b.mapScene[id] === undefined) b.mapScene[id] = now;
			}
			if (r.attributeName === 'data-map-rendered') {
				const id = el.dataset.mapRendered;
				if (id && b.mapRendered[id] === undefined) b.mapRendered[id] = now;
				if (!b.armed) {
					b.armed = true;
					b.armedAt = now;
				}
			}
		}
	}).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-map-scene', 'data-map-rendered'] });
}

/**
 * @param {import('playwright-core').Browser} browser @param {'no-preference' | 'reduce'} reducedMotion
 * @param {{ width: number, height: number }} [viewport]
 */
async function scrollTrace(browser, reducedMotion, viewport = { width: 1280, height: 800 }) {
	const context = await browser.newContext({ viewport, reducedMotion });
	const page = await context.newPage();
	/** @type {string[]} */
	const errors = [];
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(m.text());
	});
	try {
		await page.addInitScript(traceInit);
		await page.goto(`${ORIGIN}/`);
		const ids = await page.locator('[data-scene]').evaluateAll((els) => els.map((e) => /** @type {HTMLElement} */ (e).dataset.scene ?? ''));
		// The map loads when the reader reaches it: time from scrolling to the first scene to its map drawn.
		const t0 = Date.now();
		await page.evaluate((sceneId) => {
			const el = /** @type {HTMLElement} */ (document.querySelector(`[data-scene="${sceneId}"]`));
			window.scrollTo({ top: el.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.3, behavior: 'instant' });
		}, ids[0]);
		await page.locator('[data-map]').and(page.locator(`[data-map-rendered="${ids[0]}"]`)).waitFor({ timeout: 60_000 });
		const mapReadyMs = Date.now() - t0;
		/** @type {string[]} */
		const timeouts = [];
		for (const id of ids.slice(1)) {
			await page.evaluate((sceneId) => {
				const el = /** @type {HTMLElement} */ (document.querySelector(`[data-scene="${sceneId}"]`));
				const top = el.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.3;
				window.scrollTo({ top, behavior: 'instant' });
			}, id);
			try {
				await page.locator(`[data-map][data-map-scene="${id}"]`).waitFor({ timeout: 30_000 });
				// Like a reader: stay until the scene is drawn.
				await page.locator(`[data-map][data-map-rendered="${id}"]`).waitFor({ timeout: 30_000 });
			} catch {
				timeouts.push(id);
			}
		}
		await page.waitForTimeout(500);
		const b = await page.evaluate(() => /** @type {any} */ (window).__bench);
		/** @type {Record<string, number>} */
		const delays = {};
		for (const id of ids.slice(1)) {
			const start = b.sceneChange[id];
			const end = b.mapScene[id];
			if (typeof start === 'number' && typeof end === 'number') delays[id] = Math.round(end - start);
		}
		const d = Object.values(delays);
		/** Scene change → the camera's first step, for scenes the camera moves to (not `still`). */
		/** @type {Record<string, number>} */
		const starts = {};
		for (const id of ids.slice(1)) {
			const start = b.sceneChange[id];
			const move = b.mapMove[id];
			if (typeof start === 'number' && move && move.motion !== 'still') starts[id] = Math.round(move.at - start);
		}
		const st = Object.values(starts);
		/** @type {number[]} */
		const lt = b.longTasks.map((/** @type {{ duration: number }} */ t) => t.duration);
		/** @type {number[]} */
		const sf = b.slowFrames.map((/** @type {{ gap: number }} */ f) => f.gap);
		return {
			reducedMotion,
			scenes: ids.length,
			mapReadyMs,
			sceneToMoveMs: { median: median(st), p95: percentile(st, 95), max: st.length ? Math.max(...st) : null, n: st.length, perScene: starts },
			sceneToMapMs: { median: median(d), p95: percentile(d, 95), max: d.length ? Math.max(...d) : null, n: d.length, perScene: delays },
			longTasks: { count: lt.length, totalMs: lt.reduce((s, x) => s + x, 0), maxMs: lt.length ? Math.max(...lt) : 0, noApi: !!b.noLongTaskApi },
			slowFrames: { count: sf.length, of: b.frames, maxGapMs: sf.length ? Math.max(...sf) : 0 },
			missingSceneChange: ids.slice(1).filter((id) => b.sceneChange[id] === undefined),
			timeouts,
			errors
		};
	} finally {
		await context.close();
	}
}

// --- 4. Soak ------------------------------------------------------------------------------------

async function soak() {
	const script = join(ROOT, 'scripts/soak.mjs');
	if (!existsSync(script)) return { available: false, output: 'soak: not available' };
	const args = process.env.SOAK_ARGS ? process.env.SOAK_ARGS.split(/\s+/).filter(Boolean) : [];
	const r = await run(process.execPath, [script, ...args], {
		// A short run: the usual knobs, for whichever the script reads.
		env: { SOAK_TRANSITIONS: process.env.SOAK_TRANSITIONS ?? '200' },
		timeoutMs: 600_000,
		echo: true
	});
	return {
		available: true,
		code: r.code,
		timedOut: r.timedOut,
		output: r.stdout.trim().split('\n').slice(-40).join('\n'),
		stderr: r.stderr.trim().split('\n').slice(-10).join('\n')
	};
}

// --- Report -------------------------------------------------------------------------------------

/** @param {string[][]} rows */
function table(rows) {
	const n = Math.max(0, ...rows.map((r) => r.length));
	const widths = Array.from({ length: n }, (_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
	return rows.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ').trimEnd()).join('\n');
}

/** @param {number | null | undefined} v @param {number} [digits] */
const fmt = (v, digits = 0) => (v === null || v === undefined ? '–' : v.toFixed(digits));

/** @param {any} results */
function report(results) {
	/** @type {string[][]} */
	const rows = [['', 'mobile', 'desktop']];
	const m = results.lighthouse.mobile?.front?.median ?? {};
	const d = results.lighthouse.desktop?.front?.median ?? {};
	/** @param {string} label @param {string} k @param {number} [digits] @param {number} [scale] */
	const lh = (label, k, digits = 0, scale = 1) =>
		rows.push([label, fmt(m[k] === null || m[k] === undefined ? null : m[k] * scale, digits), fmt(d[k] === null || d[k] === undefined ? null : d[k] * scale, digits)]);
	rows.push([`Lighthouse 12, medians of ${RUNS} (URL /)`, '', '']);
	lh('  performance', 'performance', 0, 100);
	lh('  accessibility', 'accessibility', 0, 100);
	lh('  best practices', 'bestPractices', 0, 100);
	lh('  SEO', 'seo', 0, 100);
	lh('  FCP ms', 'fcpMs');
	lh('  LCP ms', 'lcpMs');
	lh('  TBT ms', 'tbtMs');
	lh('  CLS', 'cls', 3);
	lh('  transfer KB', 'transferBytes', 1, 1 / 1024);
	const s = results.sizes;
	rows.push(['Sizes (gzip)', '', '']);
	rows.push(['  JS before the map', kb(s.initialJs.gzip), `budget ${kb(s.budgets.initialJsGzip)}`]);
	rows.push(['  map chunk (maplibre-gl)', kb(s.mapChunk?.gzip ?? 0), '']);
	rows.push(['  map worker', kb(s.worker?.gzip ?? 0), '']);
	rows.push(['  GeoJSON at start', kb(s.startData.gzip), `with tiles: budget ${kb(s.budgets.startDataGzip)}`]);
	rows.push(['  vector tiles (all)', kb(s.tiles.gzip), `${s.tiles.count} files`]);
	rows.push(['  CSS page + map', `${kb(s.css.initialGzip)} + ${kb(s.css.lazyGzip)}`, '']);
	rows.push(['  fonts woff2', kb(s.fonts.raw), '']);
	rows.push(['Scroll trace', 'motion 1280', 'reduced 1280', 'motion 390']);
	const traces = [results.scroll.normal, results.scroll.reduced, results.scroll.phone];
	/** @param {string} label @param {(t: any) => string} get */
	const tr = (label, get) => rows.push([label, ...traces.map((t) => (t ? get(t) : '–'))]);
	tr('  first scene reached → map drawn ms', (t) => String(t.mapReadyMs));
	tr('  scenechange → first camera step median ms', (t) => fmt(t.sceneToMoveMs.median));
	tr('  scenechange → first camera step p95 ms', (t) => fmt(t.sceneToMoveMs.p95));
	tr('  scenechange → first camera step max ms', (t) => fmt(t.sceneToMoveMs.max));
	tr('  scenechange → map median ms', (t) => fmt(t.sceneToMapMs.median));
	tr('  scenechange → map p95 ms', (t) => fmt(t.sceneToMapMs.p95));
	tr('  scenechange → map max ms', (t) => fmt(t.sceneToMapMs.max));
	tr('  long tasks > 50 ms', (t) => `${t.longTasks.count} (max ${t.longTasks.maxMs})`);
	tr('  long tasks total ms', (t) => String(t.longTasks.totalMs));
	tr('  frames > 50 ms', (t) => `${t.slowFrames.count}/${t.slowFrames.of}`);
	tr('  worst frame gap ms', (t) => String(t.slowFrames.maxGapMs));
	tr('  errors / timeouts', (t) => `${t.errors.length} / ${t.timeouts.length}`);
	let out = table(rows);
	// The pages side by side, and each deep link against the bare map of its scene.
	for (const preset of ['mobile', 'desktop']) {
		const lh = results.lighthouse[preset] ?? {};
		/** @type {string[][]} */
		const t = [[`Lighthouse ${preset}, medians of ${RUNS}, interleaved`, 'perf', 'FCP ms', 'LCP ms', 'TBT ms', 'main thread ms', 'failed']];
		for (const [name, p] of Object.entries(lh)) {
			const x = /** @type {any} */ (p).median;
			t.push([`  ${name} ${/** @type {any} */ (p).path}`, fmt(x.performance === null ? null : x.performance * 100), fmt(x.fcpMs), fmt(x.lcpMs), fmt(x.tbtMs), fmt(x.mainThreadMs), String(/** @type {any} */ (p).failed)]);
		}
		for (const [page, floor] of [['deep', 'bare'], ['close', 'bare-close']]) {
			const a = lh[page]?.median;
			const b = lh[floor]?.median;
			if (!a || !b) continue;
			/** @param {string} k */
			const ratio = (k) => (typeof a[k] === 'number' && typeof b[k] === 'number' && b[k] > 0 ? `×${(a[k] / b[k]).toFixed(2)}` : '–');
			t.push([`  ${page} ÷ ${floor}`, ratio('performance'), ratio('fcpMs'), ratio('lcpMs'), ratio('tbtMs'), ratio('mainThreadMs'), '']);
		}
		out += `\n\n${table(t)}`;
		const deep = lh.deep?.runs?.find((/** @type {any} */ x) => !('error' in x));
		if (deep) out += `\n${preset} deep link run 1: LCP element ${deep.lcpElement ?? '–'}; long tasks: ${deep.longTasks.map((/** @type {any} */ t) => `${t.url} ${t.durationMs} ms`).join('; ') || 'none'}`;
	}
	for (const preset of ['mobile', 'desktop']) {
		const first = results.lighthouse[preset]?.front?.runs?.find((/** @type {any} */ x) => !('error' in x));
		if (!first) continue;
		out += `\n${preset} run 1: failing audits: ${first.failing.join(', ') || 'none'}`;
		out += `\n${preset} run 1: long tasks: ${first.longTasks.map((/** @type {any} */ t) => `${t.url} ${t.durationMs} ms`).join('; ') || 'none'}`;
		out += `\n${preset} run 1: requests: ${first.requests.length}, ${kb(first.requests.reduce((/** @type {number} */ n, /** @type {any} */ r) => n + (r.transferBytes ?? 0), 0))} transferred`;
	}
	out += `\nload average (1/5/15 min) at start ${results.loadAverageAtStart.join(' ')}, at end ${results.loadAverageAtEnd.join(' ')} on ${results.cpus} CPUs`;
	out += `\n${SCROLL_ONLY ? 'soak: skipped (BENCH_ONLY=scroll)' : results.soak.available ? `soak (exit ${results.soak.code}):\n${results.soak.output}` : 'soak: not available'}`;
	return out;
}

/** The story's scene ids, in order, from the served front page. */
async function sceneIds() {
	const html = await (await fetch(`${ORIGIN}/`)).text();
	return [...html.matchAll(/data-scene="([^"]+)"/g)].map((m) => /** @type {string} */ (m[1]));
}

// --- Main ---------------------------------------------------------------------------------------

async function main() {
	const started = Date.now();
	if (process.env.BENCH_SKIP_BUILD !== '1') {
		console.log('== build');
		const b = await run('npm', ['run', 'build'], { timeoutMs: 600_000 });
		if (b.code !== 0) throw new Error(`npm run build failed:\n${(b.stdout + b.stderr).slice(-3000)}`);
	}
	const sizes = summary(measureBuild({ buildDir: join(ROOT, 'build') }));

	console.log(`== serving build/ on ${ORIGIN}`);
	let server = await startServer();
	const lhDir = mkdtempSync(join(tmpdir(), 'bench-lh-'));
	/** @type {any} */
	const results = {
		date: new Date().toISOString(),
		node: process.version,
		chromium: CHROMIUM,
		runs: RUNS,
		cpus: cpus().length,
		// Other work on the machine skews every timing below: compare runs at similar load.
		loadAverageAtStart: loadavg().map((x) => Number(x.toFixed(2))),
		sizes,
		lighthouse: {},
		scroll: {},
		soak: {}
	};
	try {
		if (!SCROLL_ONLY) {
			// The deep links and their bare-map floors (made from the story's own map, then served).
			console.log('== bare-map floors');
			const ids = await sceneIds();
			const deep = process.env.BENCH_DEEP ?? ids[0];
			const close = process.env.BENCH_CLOSE ?? (ids.includes('tour-hai-phong') ? 'tour-hai-phong' : ids.at(-1));
			const maker = await chromium.launch({ executablePath: CHROMIUM, args: CHROME_ARGS });
			try {
				PAGES = [
					{ name: 'front', path: '/' },
					{ name: 'deep', path: `/#${deep}` },
					{ name: 'bare', path: await makeBare(maker, { origin: ORIGIN, buildDir: join(ROOT, 'build'), scene: String(deep) }) },
					{ name: 'close', path: `/#${close}` },
					{ name: 'bare-close', path: await makeBare(maker, { origin: ORIGIN, buildDir: join(ROOT, 'build'), scene: String(close) }) }
				];
			} finally {
				await maker.close();
			}
			// The server lists its files when it starts: again, with the floors in build/.
			await stop(server);
			server = await startServer();
			console.log(`== lighthouse (${PAGES.map((p) => p.name).join(', ')}; mobile and desktop, interleaved)`);
			results.lighthouse = await lighthouse(lhDir);
		}

		console.log('== scroll trace');
		const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROME_ARGS });
		try {
			results.scroll.normal = await scrollTrace(browser, 'no-preference');
			results.scroll.reduced = await scrollTrace(browser, 'reduce');
			// The issue's phone: flights at 390×844.
			results.scroll.phone = await scrollTrace(browser, 'no-preference', { width: 390, height: 844 });
		} finally {
			await browser.close();
		}

		if (!SCROLL_ONLY) {
			console.log('== soak');
			results.soak = await soak();
		}
	} finally {
		await stop(server);
		rmSync(lhDir, { recursive: true, force: true });
		rmSync(join(ROOT, 'build/bare'), { recursive: true, force: true });
	}
	results.seconds = Math.round((Date.now() - started) / 1000);
	results.loadAverageAtEnd = loadavg().map((x) => Number(x.toFixed(2)));

	mkdirSync(join(ROOT, 'bench'), { recursive: true });
	writeFileSync(join(ROOT, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');
	console.log(`\n${report(results)}\n\nwrote bench/results.json (${results.seconds} s)`);
}

main().catch(async (e) => {
	console.error(e instanceof Error ? e.stack : e);
	for (const c of [...children]) await stop(c);
	process.exitCode = 1;
});
