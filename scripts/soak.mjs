#!/usr/bin/env node
/**
 * `npm run soak`: a long run of the kiosk, to catch leaks a short test cannot see. Not part of
 * `npm test`.
 *
 * Builds the site if there is no build, serves it with scripts/serve.mjs on 127.0.0.1:4175 (always
 * stopped at the end), opens /kiosk?dwell=0.2 at 1920×1080 in the system Chromium (playwright-core,
 * the launch flags of playwright.config.ts) and lets it play SOAK_TRANSITIONS scene changes
 * (default 2000; counted from `scenechange` events). It prints, at the start (after a warm-up loop)
 * and at the end: JS heap after forced garbage collection (CDP HeapProfiler.collectGarbage, then
 * Runtime.getHeapUsage and performance.memory), DOM counters (CDP Memory.getDOMCounters: documents,
 * nodes, JS event listeners) and the elapsed time. Exits 1 on a page error or when a bound is
 * exceeded.
 *
 * Environment: SOAK_TRANSITIONS (2000), SOAK_DWELL (0.2 s), CHROMIUM_PATH (/usr/bin/chromium),
 * SOAK_HEAP_MB (25: allowed heap growth), SOAK_NODES (1000: allowed DOM node growth).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const PORT = 4175;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const TRANSITIONS = Number(process.env.SOAK_TRANSITIONS || 2000);
const DWELL = process.env.SOAK_DWELL || '0.2';
const HEAP_MB = Number(process.env.SOAK_HEAP_MB || 25);
const NODES = Number(process.env.SOAK_NODES || 1000);

const log = (...a) => console.log(`[soak ${new Date().toISOString().slice(11, 19)}]`, ...a);

function ensureBuild() {
	if (existsSync(join(ROOT, 'build', 'kiosk.html')) && existsSync(join(ROOT, '.svelte-kit', 'output', 'client'))) return;
	log('no build: running npm run build');
	const r = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
	if (r.status !== 0) throw new Error('build failed');
}

async function waitForServer(server, ms = 60_000) {
	const until = Date.now() + ms;
	while (Date.now() < until) {
		if (server.exitCode !== null) throw new Error(`scripts/serve.mjs exited with ${server.exitCode}`);
		try {
			const res = await fetch(`${ORIGIN}/kiosk`);
			if (res.ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 250));
	}
	throw new Error(`scripts/serve.mjs did not answer on ${ORIGIN} within ${ms / 1000} s`);
}

const mb = (bytes) => (bytes / 2 ** 20).toFixed(1);

async function main() {
	ensureBuild();
	log(`serving the build on ${ORIGIN}`);
	const server = spawn(process.execPath, [join(ROOT, 'scripts/serve.mjs'), 'build'], {
		cwd: ROOT,
		env: { ...process.env, PORT: String(PORT), HOST: '127.0.0.1' },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let serverLog = '';
	server.stdout.on('data', (d) => (serverLog += d));
	server.stderr.on('data', (d) => (serverLog += d));
	const stopServer = () => {
		if (server.exitCode === null && !server.killed) server.kill('SIGTERM');
	};
	const onSignal = (sig) => {
		stopServer();
		process.exit(sig === 'SIGINT' ? 130 : 143);
	};
	process.once('SIGINT', onSignal);
	process.once('SIGTERM', onSignal);

	let browser;
	let failed = false;
	try {
		await waitForServer(server);
		browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
		const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
		const page = await context.newPage();
		const errors = [];
		page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
		page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
		page.on('crash', () => errors.push('the page crashed'));
		await page.addInitScript(() => {
			const s = { transitions: 0, last: -1, outOfOrder: 0 };
			window.__soak = s;
			window.addEventListener('scenechange', (e) => {
				const { index } = e.detail;
				if (s.last >= 0 && index !== 0 && index !== s.last + 1) s.outOfOrder++;
				s.last = index;
				s.transitions++;
			});
		});
		const cdp = await context.newCDPSession(page);
		const counters = () => page.evaluate(() => window.__soak);
		const sample = async () => {
			await cdp.send('HeapProfiler.collectGarbage');
			await cdp.send('HeapProfiler.collectGarbage');
			const heap = await cdp.send('Runtime.getHeapUsage');
			const perf = await page.evaluate(() => performance.memory?.usedJSHeapSize ?? 0);
			const dom = await cdp.send('Memory.getDOMCounters');
			const rebuilds = await page.evaluate(() => document.querySelector('[data-map]')?.getAttribute('data-map-rebuilds') ?? '0');
			return { heap: heap.usedSize, perf, ...dom, rebuilds, at: Date.now() };
		};
		const row = (label, s, t) =>
			log(
				`${label.padEnd(6)} transitions ${String(t).padStart(5)} | JS heap after GC ${mb(s.heap)} MB (performance.memory ${mb(s.perf)} MB) | ` +
					`documents ${s.documents} | DOM nodes ${s.nodes} | JS event listeners ${s.jsEventListeners} | map rebuilds ${s.rebuilds}`
			);

		const t0 = Date.now();
		await page.goto(`${ORIGIN}/kiosk?dwell=${DWELL}`);
		await page.waitForSelector('[data-map][data-map-scene]', { timeout: 60_000 });
		// Warm up one loop (lazy basemap layers, fonts, compiled code) before the first measurement.
		while ((await counters()).transitions < 25) await page.waitForTimeout(500);
		const start = await sample();
		const from = (await counters()).transitions;
		row('start', start, from);
		let next = from + 250;
		for (;;) {
			const c = await counters();
			if (c.transitions - from >= TRANSITIONS) break;
			if (errors.length) break;
			if (c.transitions >= next) {
				log(`  … ${c.transitions - from} / ${TRANSITIONS} transitions, ${Math.round((Date.now() - start.at) / 1000)} s`);
				next += 250;
			}
			await page.waitForTimeout(1000);
		}
		const end = await sample();
		const c = await counters();
		row('end', end, c.transitions);
		const seconds = (end.at - start.at) / 1000;
		const done = c.transitions - from;
		log(`elapsed ${seconds.toFixed(0)} s for ${done} transitions (${(done / seconds).toFixed(2)} per second, dwell ${DWELL} s); total with load and warm-up ${((Date.now() - t0) / 1000).toFixed(0)} s`);
		const growth = { heapMB: (end.heap - start.heap) / 2 ** 20, nodes: end.nodes - start.nodes, listeners: end.jsEventListeners - start.jsEventListeners };
		log(`growth: JS heap ${growth.heapMB >= 0 ? '+' : ''}${growth.heapMB.toFixed(1)} MB (bound ${HEAP_MB}), DOM nodes ${growth.nodes >= 0 ? '+' : ''}${growth.nodes} (bound ${NODES}), listeners ${growth.listeners >= 0 ? '+' : ''}${growth.listeners}; out-of-order scene changes ${c.outOfOrder}`);
		const problems = [...errors];
		if (done < TRANSITIONS) problems.push(`only ${done} of ${TRANSITIONS} transitions`);
		if (growth.heapMB >= HEAP_MB) problems.push(`JS heap grew ${growth.heapMB.toFixed(1)} MB`);
		if (growth.nodes >= NODES) problems.push(`DOM grew ${growth.nodes} nodes`);
		if (end.documents > start.documents) problems.push(`documents ${start.documents} → ${end.documents}`);
		if (c.outOfOrder) problems.push(`${c.outOfOrder} scene changes out of order`);
		if (problems.length) {
			failed = true;
			log(`FAILED:\n  ${problems.slice(0, 20).join('\n  ')}`);
		} else log('passed');
	} catch (e) {
		failed = true;
		log(`FAILED: ${e instanceof Error ? e.message : e}`);
		if (serverLog) log(`scripts/serve.mjs said:\n${serverLog.slice(-2000)}`);
	} finally {
		await browser?.close().catch(() => {});
		stopServer();
	}
	process.exit(failed ? 1 : 0);
}

await main();
