/**
 * The embed in a newsroom's article page on another origin (a second loopback server): sized by
 * pym.js (the real library, as a CMS loads it) and as the plain iframe code the Embed control
 * gives, sandboxed `allow-scripts allow-same-origin`. Stepping through scenes brings the map to
 * each; the height message reaches the parent; the host page keeps its scroll and its keys; no
 * console error or CSP violation.
 */
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Frame, FrameLocator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { servePages, TEST_PORT, type Served } from './publish-server';

mkdirSync('screenshots/publish', { recursive: true });

/** The newsroom's pages live on localhost, the story on 127.0.0.1: two origins. */
const HOST_PORT = TEST_PORT + 1;
const PYM = join(dirname(createRequire(import.meta.url).resolve('pym.js/package.json')), 'dist', 'pym.v1.min.js');
const ARTICLE = (body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>A newsroom article</title><link rel="icon" href="data:,"><style>body{font-family:sans-serif;margin:0;padding:16px}p{line-height:1.6}</style></head><body>
<h1>A newsroom article</h1><button type="button" id="host-button">A control of the article</button>${'<p>Copy of the article before the graphic. '.repeat(3)}</p>
<script>window.__messages = []; addEventListener('message', (e) => window.__messages.push({ origin: e.origin, data: e.data }));</script>
${body}
${'<p>Copy of the article after the graphic, long enough to scroll. </p>'.repeat(40)}</body></html>`;

let host: Served;
let story: string;

test.beforeAll(async ({}, info) => {
	story = new URL(info.project.use.baseURL ?? `http://127.0.0.1:${TEST_PORT}`).origin;
	// The code the story's Embed control gives to copy (its Korean edition), pointed at this test
	// server's origin (the build names SITE_ORIGIN), opening at a scene.
	const page = await (await fetch(`${story}/ko/`)).text();
	const code = /data-embed-code>([^<]+)<\/textarea>/.exec(page)![1]!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
	const iframe = code.replace(/src="https?:\/\/[^/]+/, `src="${story}`).replace('/embed/"', '/embed/#tour-hai-phong"');
	host = await servePages({
		host: 'localhost',
		port: HOST_PORT,
		pages: {
			'/pym.v1.min.js': { file: PYM },
			'/pym.html': ARTICLE(
				`<div id="story-embed"></div><script src="/pym.v1.min.js"></script>` +
					`<script>window.parentPym = new pym.Parent('story-embed', '${story}/embed/#kim-expected', { sandbox: 'allow-scripts allow-same-origin', title: 'Story map' });</script>`
			),
			'/plain.html': ARTICLE(`<div id="story-embed">${iframe}</div>`)
		}
	});
});
test.afterAll(async () => host?.close());

const frameOf = (page: Page): FrameLocator => page.frameLocator('#story-embed iframe');
async function embedFrame(page: Page): Promise<Frame> {
	await expect.poll(() => page.frames().find((f) => f.url().includes('/embed/'))?.url() ?? '').toContain('/embed/');
	return page.frames().find((f) => f.url().includes('/embed/'))!;
}
const heights = (page: Page) =>
	page.evaluate(() =>
		(window as unknown as { __messages: { data: unknown }[] }).__messages
			.map((m) => (typeof m.data === 'string' ? /^pymxPYMxstory-embedxPYMxheightxPYMx(\d+)$/.exec(m.data)?.[1] : undefined))
			.filter(Boolean)
			.map(Number)
	);

test.describe('the embed in another site’s article', () => {
	test('steps through scenes with buttons, the menu, keys and swipes; tells pym its height; keeps the host’s scroll and keys', async ({ page, watch }, info) => {
		// Tall enough that the test's own clicks never need to scroll the host to reach the frame.
		await page.setViewportSize({ width: page.viewportSize()!.width, height: 1200 });
		await page.goto(`http://localhost:${HOST_PORT}/pym.html`);
		const f = frameOf(page);
		const frame = await embedFrame(page);
		// Cross-origin and sandboxed as a CMS would frame it.
		expect(new URL(frame.url()).origin).toBe(story);
		await expect(page.locator('#story-embed iframe')).toHaveAttribute('sandbox', 'allow-scripts allow-same-origin');
		// Opens at the scene its address names, and the map arrives there.
		await expect(f.locator('[data-scene]')).toHaveAttribute('data-scene', 'kim-expected');
		await expect(f.locator('[data-map]')).toHaveAttribute('data-map-scene', 'kim-expected');
		// The height message reached the parent, which sized the frame with it.
		await expect.poll(() => heights(page)).not.toEqual([]);
		const h = (await heights(page)).at(-1)!;
		expect(h).toBeGreaterThanOrEqual(480);
		await expect(page.locator('#story-embed iframe')).toHaveAttribute('height', `${h}px`);
		await expect.poll(() => page.locator('#story-embed iframe').evaluate((e) => Math.round(e.getBoundingClientRect().height))).toBe(h);

		// Next and previous.
		const order = await frame.evaluate(() => [...document.querySelectorAll('[data-scene-select] option')].map((o) => (o as HTMLOptionElement).value));
		const at = (id: string) => order.indexOf(id);
		await f.locator('[data-embed-next]').click();
		await expect(f.locator('[data-map]')).toHaveAttribute('data-map-scene', order[at('kim-expected') + 1]!);
		await expect(f.locator('html')).toHaveAttribute('data-active-scene', order[at('kim-expected') + 1]!);
		await f.locator('[data-embed-prev]').click();
		await expect(f.locator('[data-map]')).toHaveAttribute('data-map-scene', 'kim-expected');
		// The scene menu.
		await f.locator('[data-scene-select]').selectOption('doi-moi-1986');
		await expect(f.locator('[data-map]')).toHaveAttribute('data-map-scene', 'doi-moi-1986');
		await expect(f.locator('[data-embed-count]')).toContainText(`${at('doi-moi-1986') + 1}`);
		// The hash follows, in the frame only; the host's address does not change.
		await expect.poll(() => frame.evaluate(() => location.hash)).toBe('#doi-moi-1986');
		expect(new URL(page.url()).hash).toBe('');

		// Keys belong to the host page until the reader is in the frame.
		await page.locator('#host-button').focus();
		await page.keyboard.press('ArrowRight');
		await expect(f.locator('html')).toHaveAttribute('data-active-scene', 'doi-moi-1986');
		await f.locator('[data-embed-count]').click();
		await page.keyboard.press('ArrowRight');
		await expect(f.locator('[data-map]')).toHaveAttribute('data-map-scene', order[at('doi-moi-1986') + 1]!);
		await page.keyboard.press('Home');
		await expect(f.locator('[data-map]')).toHaveAttribute('data-map-scene', order[0]!);

		// A sideways swipe on a touch screen moves; a mostly vertical one does not.
		const swipe = (dx: number, dy: number) =>
			frame.evaluate(
				([dx, dy]) => {
					const el = document.querySelector('[data-embed]')!;
					const ev = (type: string, x: number, y: number) =>
						el.dispatchEvent(new PointerEvent(type, { pointerType: 'touch', isPrimary: true, pointerId: 7, clientX: x, clientY: y, bubbles: true }));
					ev('pointerdown', 200, 200);
					ev('pointerup', 200 + dx!, 200 + dy!);
				},
				[dx, dy]
			);
		await swipe(-120, 10);
		await expect(f.locator('[data-map]')).toHaveAttribute('data-map-scene', order[1]!);
		await swipe(-20, -200);
		await swipe(120, 0);
		await expect(f.locator('[data-map]')).toHaveAttribute('data-map-scene', order[0]!);

		// Nothing in the frame scrolled the host page; the host still scrolls itself.
		expect(await page.evaluate(() => window.scrollY)).toBe(0);
		await page.mouse.move(20, 20);
		await page.mouse.wheel(0, 600);
		await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);

		// Only height messages went to the parent.
		const messages = await page.evaluate(() => (window as unknown as { __messages: { origin: string; data: unknown }[] }).__messages);
		for (const m of messages.filter((m) => m.origin === story)) expect(String(m.data)).toMatch(/^pymxPYMxstory-embedxPYMxheightxPYMx\d+$/);
		await page.evaluate(() => window.scrollTo(0, 0));
		await page.screenshot({ path: `screenshots/publish/embed-pym-${info.project.name}.png`, fullPage: false });
		expect(watch.errors).toEqual([]);
	});

	for (const width of [320, 640]) {
		test(`the Embed control’s code works as it is, ${width} px wide`, async ({ page, watch }, info) => {
			test.skip(info.project.name !== 'desktop', 'the width is the test’s own');
			await page.setViewportSize({ width: width + 32, height: 800 });
			await page.goto(`http://localhost:${HOST_PORT}/plain.html`);
			const f = frameOf(page);
			await expect(page.locator('#story-embed iframe')).toHaveAttribute('sandbox', /allow-scripts allow-same-origin/);
			await expect(f.locator('html')).toHaveAttribute('lang', 'ko');
			await expect(f.locator('[data-map]')).toHaveAttribute('data-map-rendered', 'tour-hai-phong');
			// The frame's document never scrolls: everything fits its fixed height.
			expect(await (await embedFrame(page)).evaluate(() => document.scrollingElement!.scrollHeight <= innerHeight + 1)).toBe(true);
			await page.locator('#story-embed').screenshot({ path: `screenshots/publish/embed-${width}.png` });
			await f.locator('[data-embed-next]').click();
			await expect(f.locator('[data-map]')).toHaveAttribute('data-map-rendered', /.+/);
			expect(watch.errors).toEqual([]);
		});
	}
});
