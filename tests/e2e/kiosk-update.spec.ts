/**
 * A new deploy reaches a running kiosk between two loops, never mid-visit, and never leaves a cache
 * of two builds (docs/kiosk.md, "How an update reaches a kiosk").
 *
 * Two real builds: A is the build under test (build/); B is built from a copy of the story whose
 * first scene has a new title, into its own folder (scripts/kiosk-deploy-b.mjs), so it has its own
 * SvelteKit version, service worker and hashed file names, as a second deploy has. The site server
 * (scripts/serve.mjs) serves a symlink that the test switches from one build to the other, the way
 * an atomic deploy does. Every wait is on state: the page's text, the registration's workers, the
 * kiosk's recorded modes and page loads.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, relative, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { B_DIR, buildB, TITLE_A, TITLE_B, WORK } from '../../scripts/kiosk-deploy-b.mjs';
import { createSiteServer } from '../../scripts/serve.mjs';
import { expect, KIOSK_LAUNCH, test } from './fixtures';

test.use({ launchOptions: KIOSK_LAUNCH });

const A = resolve('build');
const B = B_DIR;
const CURRENT = join(WORK, 'current');
/**
 * Scenes of half a second, visits that never time out, a check for a new deploy at every attract
 * title, and a title long enough (15 s) for a build found at it to install while it is still up, so
 * the hand-over never waits on a whole loop, whose length is the machine's load (21 scenes of maps
 * drawn in software: 11 s on a quiet machine, over 40 s on a busy one).
 */
const KIOSK = '/kiosk?dwell=0.5&attract=15&idle=3600&update=0';

let server: Server;
let origin = '';

const versionOf = (dir: string) => (JSON.parse(readFileSync(join(dir, '_app/version.json'), 'utf8')) as { version: string }).version;

/** Put a build live the way an atomic deploy does: a new symlink renamed over the old one. */
function deploy(dir: string): void {
	const next = `${CURRENT}.next`;
	rmSync(next, { force: true });
	symlinkSync(dir, next);
	renameSync(next, CURRENT);
}

/** What the service worker must cache for a build: every file it serves, by URL, with its SHA-256. */
function expectedCache(dir: string): Record<string, string> {
	const out: Record<string, string> = {};
	const walk = (d: string) => {
		for (const e of readdirSync(d, { withFileTypes: true })) {
			const path = join(d, e.name);
			if (e.isDirectory()) {
				walk(path);
				continue;
			}
			const rel = `/${relative(dir, path)}`;
			// Not precached: the compressed copies, the host's config, the worker itself, the build id.
			if (/\.(br|gz)$/.test(rel) || ['/_headers', '/service-worker.js', '/_app/version.json'].includes(rel)) continue;
			// Nor what is made for sharing (cards, share pages): a kiosk never shows them.
			if (/^\/(.+\/)?og\//.test(rel) || /\/scenes\/[^/]+\/index\.html$/.test(rel)) continue;
			// Pages by their address; the 404 page is an endpoint written as 404.html, cached by that name.
			const url = rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel === '/404.html' ? rel : rel.replace(/\.html$/, '');
			out[url] = createHash('sha256').update(readFileSync(path)).digest('hex');
		}
	};
	walk(dir);
	return out;
}

/** The service worker's caches as the page sees them: names, and each entry's path and SHA-256. */
function cacheContents(page: Page) {
	return page.evaluate(async () => {
		const names = await caches.keys();
		const entries: Record<string, string> = {};
		for (const name of names) {
			const cache = await caches.open(name);
			for (const request of await cache.keys()) {
				const body = await (await cache.match(request))!.arrayBuffer();
				const hash = [...new Uint8Array(await crypto.subtle.digest('SHA-256', body))].map((b) => b.toString(16).padStart(2, '0')).join('');
				entries[`${name} ${new URL(request.url).pathname}`] = hash;
			}
		}
		return { names, entries };
	});
}

/** The registration's workers: which one controls the page, which one waits. */
function workers(page: Page) {
	return page.evaluate(async () => {
		const r = await navigator.serviceWorker.getRegistration();
		return {
			active: r?.active?.state ?? null,
			waiting: r?.waiting?.state ?? null,
			installing: r?.installing?.state ?? null,
			controlledByActive: !!r?.active && navigator.serviceWorker.controller === r.active
		};
	});
}

interface Load {
	modes: string[];
	/** The kiosk's mode when this page went away (a reload). */
	leftIn?: string;
}

/** Every page load of the tab, with the kiosk's modes and the mode it was in when it went away. */
async function recordLoads(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const KEY = '__kioskLoads';
		const loads = JSON.parse(sessionStorage.getItem(KEY) ?? '[]') as { modes: string[]; leftIn?: string }[];
		const me = { modes: [] as string[], leftIn: undefined as string | undefined };
		loads.push(me);
		const save = () => sessionStorage.setItem(KEY, JSON.stringify(loads));
		save();
		const mode = () => document.querySelector<HTMLElement>('[data-kiosk-mode]')?.dataset.kioskMode;
		new MutationObserver(() => {
			const m = mode();
			if (!m || m === me.modes.at(-1)) return;
			me.modes.push(m);
			save();
		}).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-kiosk-mode'] });
		addEventListener('pagehide', () => {
			me.leftIn = mode();
			save();
		});
	});
}

const loads = (page: Page) =>
	page.evaluate(() => JSON.parse(sessionStorage.getItem('__kioskLoads') ?? '[]') as Load[]).catch(() => [] as Load[]); // mid-reload: ask again

const root = (page: Page) => page.locator('[data-kiosk-mode]');
const title = (page: Page) => page.locator('[data-kiosk-scene] h2');

/** A visitor takes over and opens the first scene, whose title the two builds spell differently. */
async function visitFirstScene(page: Page): Promise<void> {
	await page.mouse.click(1920 * 0.78, 1080 * 0.3);
	await expect(root(page)).toHaveAttribute('data-kiosk-mode', 'visitor');
	await page.keyboard.press('Home');
	await expect(page.locator('[data-kiosk-scene]')).toHaveAttribute('data-kiosk-scene', 'summit-hanoi');
}

test.use({ viewport: { width: 1920, height: 1080 }, deviceScaleFactor: 1, serviceWorkers: 'allow' });

test.describe('a new deploy while the kiosk runs', () => {
	test.beforeAll(async ({}, info) => {
		test.skip(info.project.name !== 'desktop', 'the deploy path is the same for every screen: once is enough');
		test.setTimeout(180_000);
		expect(existsSync(join(A, 'kiosk.html')), 'build/ (run npm run build first)').toBe(true);
		// B is built beside A by `npm test` (KIOSK_B_BUILD=reuse); built here otherwise.
		if (process.env.KIOSK_B_BUILD === 'reuse' && existsSync(join(B, 'kiosk.html'))) {
			info.annotations.push({ type: 'build B', description: 'built by npm test beside A' });
		} else {
			const seconds = buildB();
			info.annotations.push({ type: 'build B', description: `${seconds.toFixed(1)} s` });
			console.log(`kiosk update: built B in ${seconds.toFixed(1)} s`);
		}
		expect(versionOf(B)).not.toBe(versionOf(A));
		deploy(A);
		server = createSiteServer({ dir: CURRENT });
		// An ephemeral port: never one that someone else's server uses.
		await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
		origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	});

	test.afterAll(async () => {
		if (!server) return;
		server.closeAllConnections();
		await new Promise((done) => server.close(done));
	});

	test('B waits through a visit, takes over at the attract title, and the cache holds only B; a rollback to A arrives by itself', async ({ page, watch }) => {
		test.setTimeout(300_000);
		const t0 = Date.now();
		const times: Record<string, number> = {};
		const mark = (what: string) => (times[what] = Math.round((Date.now() - t0) / 100) / 10);
		const [vA, vB] = [versionOf(A), versionOf(B)];
		await recordLoads(page);

		// --- Build A is live: the kiosk loads, installs A's worker and caches A.
		await page.goto(`${origin}${KIOSK}`);
		await expect(root(page)).toHaveAttribute('data-kiosk-mode', /^(autoplay|attract)$/);
		await expect.poll(() => workers(page), { timeout: 60_000 }).toEqual({ active: 'activated', waiting: null, installing: null, controlledByActive: true });
		expect((await cacheContents(page)).names).toEqual([`story-map-${vA}`]);
		mark('A installed');

		// --- A visitor is there. B is deployed, and the browser finds it while they are (it checks by
		// itself on navigations and once a day; here the test asks, as that check would).
		await visitFirstScene(page);
		await expect(title(page)).toHaveText(TITLE_A);
		deploy(B);
		await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
		await expect.poll(() => workers(page), { timeout: 60_000 }).toEqual({ active: 'activated', waiting: 'installed', installing: null, controlledByActive: true });
		mark('B installed, waiting');
		// B is ready, and the visit goes on with A: same page, same worker, A's cache beside B's.
		expect((await cacheContents(page)).names.sort()).toEqual([`story-map-${vA}`, `story-map-${vB}`].sort());
		await page.keyboard.press('PageDown');
		await expect(page.locator('[data-kiosk-scene]')).not.toHaveAttribute('data-kiosk-scene', 'summit-hanoi');
		await page.keyboard.press('Home');
		await expect(title(page)).toHaveText(TITLE_A);
		expect(await workers(page)).toEqual({ active: 'activated', waiting: 'installed', installing: null, controlledByActive: true });
		expect((await loads(page)).length, 'page loads during the visit').toBe(1);

		// --- The visitor hands back at the last scene: autoplay ends the loop, the attract title comes,
		// B takes over and the page reloads into it.
		await page.keyboard.press('End');
		await page.locator('[data-kiosk-play]').click();
		await expect.poll(async () => (await loads(page)).length, { timeout: 60_000 }).toBe(2);
		mark('reloaded into B');
		const [first] = await loads(page);
		expect(first!.modes.join(' '), 'the modes of the page with A').toMatch(/visitor autoplay attract$/);
		expect(first!.leftIn, 'the page with A went away in').toBe('attract');
		await expect(root(page)).toHaveAttribute('data-kiosk-mode', /^(autoplay|attract)$/);
		await expect.poll(() => workers(page)).toEqual({ active: 'activated', waiting: null, installing: null, controlledByActive: true });
		// Only B's cache, holding exactly B's files.
		const afterB = await cacheContents(page);
		expect(afterB.names).toEqual([`story-map-${vB}`]);
		expect(Object.fromEntries(Object.entries(afterB.entries).map(([k, v]) => [k.slice(`story-map-${vB} `.length), v]))).toEqual(expectedCache(B));
		await visitFirstScene(page);
		await expect(title(page)).toHaveText(TITLE_B);
		mark('B on screen');

		// --- A rollback (A again) is deployed while B is on screen; nobody asks the browser. The visitor
		// hands back at the last scene: the kiosk looks for a new build at the attract title, installs
		// it, and takes it at that title (or, on a machine too slow to install it in 15 s, the next).
		await page.keyboard.press('End');
		deploy(A);
		await page.locator('[data-kiosk-play]').click();
		// What the page says while it waits (the kiosk warns when an update check fails), for a failure.
		const said: string[] = [];
		page.on('console', (m) => said.push(`${m.type()}: ${m.text()}`));
		try {
			await expect.poll(async () => (await loads(page)).length, { timeout: 120_000 }).toBe(3);
		} catch (e) {
			const state = { loads: await loads(page), workers: await workers(page).catch(String), caches: (await cacheContents(page).catch(() => ({ names: ['?'] }))).names, said };
			throw new Error(`${(e as Error).message}\nwhere the rollback stopped: ${JSON.stringify(state)}`);
		}
		mark('reloaded into A');
		const second = (await loads(page))[1]!;
		expect(second.leftIn, 'the page with B went away in').toBe('attract');
		expect(second.modes.join(' ')).not.toMatch(/visitor attract/); // no visit was cut short
		await expect.poll(() => workers(page)).toEqual({ active: 'activated', waiting: null, installing: null, controlledByActive: true });
		const afterA = await cacheContents(page);
		expect(afterA.names).toEqual([`story-map-${vA}`]);
		expect(Object.fromEntries(Object.entries(afterA.entries).map(([k, v]) => [k.slice(`story-map-${vA} `.length), v]))).toEqual(expectedCache(A));
		await visitFirstScene(page);
		await expect(title(page)).toHaveText(TITLE_A);

		console.log(`kiosk update timeline (s): ${JSON.stringify(times)}`);
		test.info().annotations.push({ type: 'timeline (s)', description: JSON.stringify(times) });
		expect(watch.errors).toEqual([]);
	});
});
