/**
 * The site built under a sub-path (`BASE_PATH=/stories/hanoi-2019`, into build-base/) and served
 * there by a static host of its own: a short but real walk. The story opens and its map arrives at
 * a scene with its data and static map from under the path; an edition's deep link; a share page
 * and its card; the embed; the 404 page; the kiosk's service worker and its cache, all under the
 * path, and not one request outside it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, map, sceneIds, scrollToScene, test } from './fixtures';
import { serveBuild, TEST_PORT, type Served } from './publish-server';

const BASE = '/stories/hanoi-2019';
const DIR = 'build-base';
const PORT = TEST_PORT + 3;
const ORIGIN = `http://127.0.0.1:${PORT}`;

let server: Served;

test.describe('the site under a base path', () => {
	test.beforeAll(async ({}, info) => {
		test.skip(info.project.name !== 'desktop', 'one walk: the build is the same for every project');
		test.setTimeout(300_000);
		// A build of its own (about as long as the main one): PUBLISH_BASE_BUILD=reuse keeps one already there.
		if (!(process.env.PUBLISH_BASE_BUILD === 'reuse' && existsSync(`${DIR}/index.html`))) {
			execFileSync('npm', ['run', '--silent', 'build'], { env: { ...process.env, BASE_PATH: BASE, BUILD_DIR: DIR }, stdio: 'pipe', timeout: 280_000 });
		}
		server = await serveBuild({ root: DIR, base: BASE, host: '127.0.0.1', port: PORT });
	});
	test.afterAll(async () => server?.close());

	/** Every request the page makes to the site, which must all be under the base path. */
	function requests(page: Page): string[] {
		const seen: string[] = [];
		page.on('request', (r) => {
			const u = new URL(r.url());
			if (u.origin === ORIGIN) seen.push(u.pathname);
		});
		return seen;
	}

	test('the story, an edition, a share page and its card, the embed and the 404 page work under the path', async ({ page, watch }) => {
		const seen = requests(page);
		const data: string[] = [];
		page.on('response', (r) => {
			if (/\/data\/[^/]+\.json$/.test(r.url()) && r.ok()) data.push(new URL(r.url()).pathname);
		});
		await page.goto(`${ORIGIN}${BASE}/`);
		await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/stories\/hanoi-2019\/$/);
		for (const href of await page.locator('link[rel="alternate"][hreflang]').evaluateAll((els) => els.map((e) => e.getAttribute('href')!))) {
			expect(new URL(href).pathname.startsWith(`${BASE}/`), href).toBe(true);
		}
		const [first] = await sceneIds(page);
		await scrollToScene(page, first!);
		// The scene's static map stands in from under the path while the map loads.
		await expect(page.locator('[data-map-standin], [data-map-status="ready"]').first()).toBeAttached();
		await expect(map(page)).toHaveAttribute('data-map-scene', first!);
		expect(data).toContain(`${BASE}/data/places.json`);
		const standin = await page.request.get(`${ORIGIN}${BASE}/static-maps/${first}.svg`);
		expect(standin.headers()['content-type']).toContain('image/svg+xml');
		expect(seen.some((p) => p.startsWith(`${BASE}/static-maps/`))).toBe(true);

		// An edition's deep link.
		await page.goto(`${ORIGIN}${BASE}/vi/#tour-hanoi`);
		await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
		await expect(map(page)).toHaveAttribute('data-map-scene', 'tour-hanoi');

		// A share page goes on to the story at its scene; its card is under the path.
		const share = await (await page.request.get(`${ORIGIN}${BASE}/ko/scenes/us-1995/`)).text();
		const image = new URL(/og:image" content="([^"]+)"/.exec(share)![1]!).pathname;
		expect(image).toBe(`${BASE}/og/scenes/us-1995.ko.png`);
		const png = await page.request.get(`${ORIGIN}${image}`);
		expect(png.headers()['content-type']).toBe('image/png');
		expect((await png.body()).readUInt32BE(16)).toBe(1200);
		await page.goto(`${ORIGIN}${BASE}/ko/scenes/us-1995/`);
		await expect(page).toHaveURL(`${ORIGIN}${BASE}/ko/#us-1995`);
		await expect(page.locator('html')).toHaveAttribute('data-active-scene', 'us-1995');

		// The embed.
		await page.goto(`${ORIGIN}${BASE}/embed/#doi-moi-1986`);
		await expect(map(page)).toHaveAttribute('data-map-scene', 'doi-moi-1986');
		await page.locator('[data-embed-next]').click();
		await expect(map(page)).not.toHaveAttribute('data-map-scene', 'doi-moi-1986');

		// Not one request outside the base path.
		expect(seen.filter((p) => !p.startsWith(`${BASE}/`))).toEqual([]);
		expect(watch.errors).toEqual([]);
		expect(watch.external.filter((u) => !u.startsWith(ORIGIN))).toEqual([]);
	});

	test('an address the site does not have gets its 404 page, with links under the path', async ({ page }) => {
		const res = await page.goto(`${ORIGIN}${BASE}/no/such/page/`);
		expect(res?.status()).toBe(404);
		await expect(page.locator('[data-not-found] a').first()).toHaveAttribute('href', `${BASE}/`);
		expect(await page.evaluate(async () => (await document.fonts.ready, document.fonts.check('700 16px "Noto Sans"', 'Page')))).toBe(true);
		await page.locator('[data-not-found] a').first().click();
		await expect(page).toHaveURL(`${ORIGIN}${BASE}/`);
	});

	test.describe('the kiosk', () => {
		test.use({ serviceWorkers: 'allow' });
		test('registers its service worker for the path and caches the site under it', async ({ page }) => {
			const seen = requests(page);
			await page.goto(`${ORIGIN}${BASE}/kiosk?dwell=2`);
			const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
			expect(scope).toBe(`${ORIGIN}${BASE}/`);
			await page.waitForFunction(() => !!navigator.serviceWorker.controller, undefined, { timeout: 30_000 });
			const cached = await page.evaluate(async (base) => {
				const hit = async (p: string) => !!(await caches.match(p));
				return { data: await hit(`${base}/data/places.json`), page: await hit(`${base}/vi/`), card: await hit(`${base}/og/story.png`) };
			}, BASE);
			// The site is cached under its path; the share cards are not (they are for social sites).
			expect(cached).toEqual({ data: true, page: true, card: false });
			expect(seen.filter((p) => !p.startsWith(`${BASE}/`))).toEqual([]);
		});
	});
});
