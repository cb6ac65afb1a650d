/**
 * Publishing: every scene's share page and card in every edition, landing in the story from a
 * share page (with and without JavaScript), the story page's card, canonical link and JSON-LD, the
 * corrections at the end of the story, the Share control, and the 404 page.
 */
import { mkdirSync } from 'node:fs';
import type { APIRequestContext, Page } from '@playwright/test';
import { expect, map, sceneIds, test } from './fixtures';

mkdirSync('screenshots/publish', { recursive: true });

/** The editions' story paths, read from the first edition's alternates. */
async function editions(page: Page): Promise<{ lang: string; path: string }[]> {
	await page.goto('/');
	return page
		.locator('link[rel="alternate"][hreflang]:not([hreflang="x-default"])')
		.evaluateAll((els) => els.map((e) => ({ lang: e.getAttribute('hreflang')!, path: new URL(e.getAttribute('href')!).pathname })));
}

/** Tags of a page's head, by `property` or `name`. */
function tags(html: string): Map<string, string[]> {
	const out = new Map<string, string[]>();
	const dec = (s: string) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
	for (const m of html.matchAll(/<meta (?:property|name)="([^"]+)" content="([^"]*)"\s*\/?>/g)) out.set(m[1]!, [...(out.get(m[1]!) ?? []), dec(m[2]!)]);
	for (const m of html.matchAll(/<link rel="canonical" href="([^"]+)"\s*\/?>/g)) out.set('canonical', [dec(m[1]!)]);
	return out;
}

/** A PNG's size from its IHDR chunk (checks the signature first). */
async function pngSize(request: APIRequestContext, path: string): Promise<{ width: number; height: number; bytes: number }> {
	const res = await request.get(path);
	expect(res.status(), path).toBe(200);
	expect(res.headers()['content-type'], path).toBe('image/png');
	const b = await res.body();
	expect([...b.subarray(0, 8)], `${path} is not a PNG`).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
	expect(b.subarray(12, 16).toString('latin1')).toBe('IHDR');
	return { width: b.readUInt32BE(16), height: b.readUInt32BE(20), bytes: b.length };
}

/** Decode images in the page and measure them: size, and how much of the picture is not its main colour. */
async function decodeImages(page: Page, paths: string[]) {
	return page.evaluate(async (srcs) => {
		const out: { src: string; width: number; height: number; colours: number; offMain: number }[] = [];
		for (const src of srcs) {
			const img = new Image();
			img.src = src;
			await img.decode();
			const c = document.createElement('canvas');
			c.width = img.naturalWidth;
			c.height = img.naturalHeight;
			const g = c.getContext('2d')!;
			g.drawImage(img, 0, 0);
			const px = g.getImageData(0, 0, c.width, c.height).data;
			const counts = new Map<number, number>();
			let n = 0;
			for (let y = 0; y < c.height; y += 5)
				for (let x = 0; x < c.width; x += 5) {
					const i = (y * c.width + x) * 4;
					const k = ((px[i]! >> 3) << 10) | ((px[i + 1]! >> 3) << 5) | (px[i + 2]! >> 3);
					counts.set(k, (counts.get(k) ?? 0) + 1);
					n++;
				}
			out.push({ src, width: img.naturalWidth, height: img.naturalHeight, colours: counts.size, offMain: (n - Math.max(...counts.values())) / n });
		}
		return out;
	}, paths);
}

test.describe('share pages and cards', () => {
	test('every scene in every edition has a share page with its own card, and the card is a real 1200×630 picture', async ({ page, request, watch }, info) => {
		test.skip(info.project.name !== 'desktop', 'files are the same for every project');
		const eds = await editions(page);
		const ids = await sceneIds(page);
		expect(eds.length).toBeGreaterThan(1);
		const cards: string[] = [];
		const titles = new Set<string>();
		for (const ed of eds) {
			for (const id of ids) {
				const path = `${ed.path}scenes/${id}/`;
				const res = await request.get(path);
				expect(res.status(), path).toBe(200);
				const html = await res.text();
				const t = tags(html);
				const one = (k: string) => {
					const v = t.get(k);
					expect(v, `${path}: ${k}`).toHaveLength(1);
					return v![0]!;
				};
				expect(html).toContain(`<html lang="${ed.lang}">`);
				expect(new URL(one('og:url')).pathname).toBe(path);
				expect(one('canonical')).toBe(one('og:url'));
				expect(one('og:type')).toBe('article');
				expect(one('og:title').length).toBeGreaterThan(2);
				expect(one('og:description').length).toBeGreaterThan(20);
				expect(one('og:locale')).toMatch(/^[a-z]{2,3}_[A-Z]{2}$/);
				expect(one('og:image:width')).toBe('1200');
				expect(one('og:image:height')).toBe('630');
				expect(one('og:image:type')).toBe('image/png');
				expect(one('og:image:alt').length).toBeGreaterThan(20);
				expect(one('twitter:card')).toBe('summary_large_image');
				expect(one('twitter:image')).toBe(one('og:image'));
				expect(t.get('og:locale:alternate')).toHaveLength(eds.length - 1);
				titles.add(`${ed.lang} ${one('og:title')}`);
				const image = new URL(one('og:image')).pathname;
				expect(image).toMatch(new RegExp(`/og/scenes/${id}(\\.${ed.lang})?\\.png$`));
				const size = await pngSize(request, image);
				expect(size, image).toMatchObject({ width: 1200, height: 630 });
				cards.push(image);
			}
		}
		// Each scene's card is its own (titles differ within an edition; files differ everywhere).
		expect(new Set(cards).size).toBe(eds.length * ids.length);
		expect(titles.size).toBe(eds.length * ids.length);
		// Decoded in the browser: a picture, not a flat fill.
		await page.goto('/404.html');
		for (const m of await decodeImages(page, cards)) {
			expect(m, m.src).toMatchObject({ width: 1200, height: 630 });
			expect(m.colours, `${m.src}: too few colours`).toBeGreaterThan(12);
			expect(m.offMain, `${m.src}: nearly one colour`).toBeGreaterThan(0.4);
		}
		expect(watch.errors).toEqual([]);
	});

	test('a share page lands the reader in the story at its scene, in reading position, and Back leaves it', async ({ page, watch }) => {
		const eds = await editions(page);
		for (const [ed, id] of [
			[eds[0]!, 'us-1995'],
			[eds[1]!, 'tour-hanoi'],
			[eds[eds.length - 1]!, 'epilogue-no-deal']
		] as const) {
			await page.goto('/404.html');
			await page.goto(`${ed.path}scenes/${id}/`);
			await expect(page).toHaveURL(new RegExp(`${ed.path.replace(/\//g, '\\/')}#${id}$`));
			await expect(page.locator('html')).toHaveAttribute('data-active-scene', id);
			await expect(page.locator(`[data-scene="${id}"] h2`)).toBeInViewport();
			await expect(map(page)).toHaveAttribute('data-map-scene', id);
			// The share page replaced itself: Back goes to where the reader came from.
			await page.goBack();
			await expect(page).toHaveURL(/\/404\.html$/);
		}
		expect(watch.errors).toEqual([]);
	});

	test('without JavaScript a share page shows its scene and links to it in the story', async ({ browser, baseURL }) => {
		const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
		const page = await context.newPage();
		try {
			await page.goto('/scenes/visit-1957/');
			await expect(page.locator('h1')).not.toBeEmpty();
			const img = page.locator('main img');
			await expect.poll(() => img.evaluate((e: HTMLImageElement) => e.complete && e.naturalWidth)).toBe(1200);
			await page.locator('a[data-story]').click();
			await expect(page).toHaveURL(/\/#visit-1957$/);
			await expect(page.locator('[data-scene="visit-1957"] h2')).toBeInViewport();
		} finally {
			await context.close();
		}
	});
});

test.describe('the story page', () => {
	test('carries its card, canonical link and NewsArticle in every edition', async ({ page, request }, info) => {
		test.skip(info.project.name !== 'desktop', 'the same markup for every project');
		const eds = await editions(page);
		for (const ed of eds) {
			const html = await (await request.get(ed.path)).text();
			const t = tags(html);
			expect(new URL(t.get('canonical')![0]!).pathname).toBe(ed.path);
			expect(t.get('og:url')).toEqual(t.get('canonical'));
			expect(t.get('twitter:card')).toEqual(['summary_large_image']);
			const image = new URL(t.get('og:image')![0]!).pathname;
			expect(image).toMatch(/\/og\/story(\.[a-z]+)?\.png$/);
			expect(await pngSize(request, image)).toMatchObject({ width: 1200, height: 630 });
			const blocks = [...html.matchAll(/<script type="application\/ld\+json">(.+?)<\/script>/g)];
			expect(blocks.length, 'one JSON-LD block in the head').toBeGreaterThanOrEqual(1);
			const ld = JSON.parse(blocks[0]![1]!);
			expect(ld).toMatchObject({ '@context': 'https://schema.org', '@type': 'NewsArticle', inLanguage: ed.lang });
			for (const k of ['headline', 'description', 'datePublished', 'dateModified', 'author', 'publisher', 'image', 'isBasedOn', 'creditText']) expect(ld[k], `${ed.lang}: ${k}`).toBeTruthy();
			expect(ld.isBasedOn.publisher.name).toBe('South China Morning Post');
			expect(ld.dateModified >= ld.datePublished).toBe(true);
			expect(new URL(ld.url).pathname).toBe(ed.path);
		}
	});

	test('ends with the dated corrections and updates, in the edition’s language', async ({ page }) => {
		const eds = await editions(page);
		for (const ed of eds) {
			await page.goto(ed.path);
			const section = page.locator('[data-corrections]');
			await section.scrollIntoViewIfNeeded();
			await expect(section).toBeVisible();
			const item = section.locator('[data-correction]').first();
			await expect(item.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
			// The date is written out in the edition's language, not left in its ISO form.
			await expect(item.locator('time')).not.toHaveText(/^\d{4}-\d{2}-\d{2}$/);
			await expect(item).toContainText(ed.lang === 'en' ? 'state visit' : ed.lang === 'vi' ? 'cấp Nhà nước' : '국빈 방문');
			// The embed code is there to copy, without any script.
			await expect(page.locator('[data-embed-code]')).toHaveValue(/^<iframe src="[^"]+\/embed\/" /);
		}
	});
});

test.describe('the Share control', () => {
	test('in a scene shows its link and embed code and copies the link', async ({ page, context, baseURL }, info) => {
		test.skip(info.project.name !== 'desktop', 'phones get the share sheet (next test)');
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
		await page.goto('/#tour-hai-phong');
		const control = page.locator('[data-scene="tour-hai-phong"] [data-share]');
		await expect(control).toBeVisible();
		await control.locator('[data-share-button]').click();
		await expect(control.locator('[data-share-button]')).toHaveAttribute('aria-expanded', 'true');
		const url = await control.locator('[data-share-url]').inputValue();
		expect(new URL(url).pathname).toBe('/scenes/tour-hai-phong/');
		await expect(control.locator('[data-share-embed]')).toHaveValue(/<iframe src="[^"]+\/embed\/#tour-hai-phong" .*sandbox="allow-scripts allow-same-origin/);
		await control.locator('[data-copy-link]').click();
		await expect(control.locator('[role="status"]')).not.toBeEmpty();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
		// Typing keys in the panel does not move the story.
		await control.locator('[data-share-url]').press('ArrowDown');
		await expect(page.locator('html')).toHaveAttribute('data-active-scene', 'tour-hai-phong');
		await page.screenshot({ path: 'screenshots/publish/share-panel-desktop.png' });
	});

	test('on a phone opens the system share sheet with the scene’s link', async ({ page }, info) => {
		test.skip(info.project.name !== 'phone', 'the share sheet is for touch screens');
		await page.addInitScript(() => {
			const calls: ShareData[] = [];
			(window as unknown as { __shared: ShareData[] }).__shared = calls;
			Object.defineProperty(navigator, 'share', { value: async (d: ShareData) => void calls.push(d), configurable: true });
		});
		await page.goto('/vi/#us-1995');
		const button = page.locator('[data-scene="us-1995"] [data-share-button]');
		await expect(button).toBeVisible();
		await button.click();
		await expect.poll(() => page.evaluate(() => (window as unknown as { __shared: ShareData[] }).__shared.length)).toBe(1);
		const shared = await page.evaluate(() => (window as unknown as { __shared: ShareData[] }).__shared[0]!);
		expect(new URL(shared.url!).pathname).toBe('/vi/scenes/us-1995/');
		expect(shared.title).toBe(await page.locator('[data-scene="us-1995"] h2').textContent());
	});
});

test.describe('404', () => {
	test('the 404 page is in the story’s look, in every edition, and its links and fonts work at any address', async ({ page, watch }) => {
		const res = await page.request.get('/404.html');
		expect(res.status()).toBe(200);
		const html = await res.text();
		// Served by a host at an address that does not exist, deep in the site.
		await page.route('**/no/such/page/here', (r) => r.fulfill({ status: 404, contentType: 'text/html', body: html }));
		const eds = await editions(page);
		await page.goto('/no/such/page/here');
		await expect(page.locator('h1')).toBeVisible();
		await expect(page.locator('[data-not-found]')).toHaveCount(eds.length);
		for (const ed of eds) await expect(page.locator(`[data-not-found="${ed.lang}"] a`)).toHaveAttribute('href', ed.path);
		expect(await page.evaluate(async () => (await document.fonts.ready, document.fonts.check('700 16px "Noto Sans"', 'Page')))).toBe(true);
		await expect(page.locator('script')).toHaveCount(0);
		await page.screenshot({ path: 'screenshots/publish/404.png', fullPage: true });
		await page.locator(`[data-not-found="${eds[1]!.lang}"] a`).click();
		await expect(page).toHaveURL(new RegExp(`${eds[1]!.path}$`));
		await expect(page.locator('html')).toHaveAttribute('lang', eds[1]!.lang);
		// The one resource that answered 404 is the page itself (Chromium logs it); fonts and icon loaded.
		expect(watch.errors).toEqual(['console: Failed to load resource: the server responded with a status of 404 (Not Found)']);
	});
});
