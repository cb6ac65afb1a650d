import { mkdirSync } from 'node:fs';
import { clearOfControls, expect, map, mapAt, openStory, sceneIds, scrollToScene, test } from './fixtures';

test.describe('the story', () => {
	test('scrolling through every scene brings the map to each one, in order', async ({ page, watch }, info) => {
		await page.goto('/');
		const ids = await sceneIds(page);
		expect(ids.length).toBeGreaterThanOrEqual(14);
		const dir = `screenshots/${info.project.name}`;
		mkdirSync(dir, { recursive: true });
		const events: string[] = [];
		await page.exposeFunction('recordScene', (id: string) => events.push(id));
		await page.evaluate(() =>
			window.addEventListener('scenechange', (e) => (window as unknown as { recordScene: (id: string) => void }).recordScene((e as CustomEvent).detail.id))
		);
		for (const [i, id] of ids.entries()) {
			await scrollToScene(page, id);
			await expect(page.locator('html')).toHaveAttribute('data-active-scene', id);
			await mapAt(page, id);
			await mapAt(page, id, 'rendered');
			await page.screenshot({ path: `${dir}/${String(i).padStart(2, '0')}-${id}.png` });
		}
		// Each scene was announced once, in story order (the first is active on load).
		expect(events).toEqual(ids.slice(1));
		expect(watch.errors).toEqual([]);
		expect(watch.external).toEqual([]);
	});

	test('the map waits for the reader, and the scene’s static map stands in while it loads', async ({ page, watch }) => {
		const requested: string[] = [];
		page.on('request', (r) => requested.push(new URL(r.url()).pathname));
		// Hold the places back until the loading moment has been seen (released below).
		let release = () => {};
		const held = new Promise<void>((done) => (release = done));
		await page.route('**/data/places.json', async (r) => {
			await held;
			await r.continue();
		});
		await page.goto('/');
		await page.waitForLoadState('networkidle');
		// The title screen: the text is there, the map has not been asked for.
		await expect(page.locator('h1')).toBeVisible();
		await expect(page.locator('[data-map-status]')).toHaveAttribute('data-map-status', 'waiting');
		expect(requested.filter((p) => p.startsWith('/data/') || /maplibre/.test(p))).toEqual([]);
		// Reaching the first scene starts the map; its build-time picture holds the place meanwhile.
		const ids = await sceneIds(page);
		await scrollToScene(page, ids[0]!);
		await expect(page.locator('[data-map-status]')).toHaveAttribute('data-map-status', 'loading');
		const standin = page.locator('[data-map-standin]');
		await expect(standin).toBeVisible();
		await expect(standin).toHaveAttribute('data-map-standin', ids[0]!);
		await expect.poll(() => standin.evaluate((e: HTMLImageElement) => e.complete && e.naturalWidth > 0)).toBe(true);
		release();
		await expect(map(page)).toHaveAttribute('data-map-rendered', ids[0]!);
		await expect(standin).toHaveCount(0);
		expect(watch.errors).toEqual([]);
	});

	test('the title is not covered by the map’s controls', async ({ page }) => {
		await page.goto('/');
		// The chrome is up (on phones the timeline waits folded in the bar).
		await expect(page.locator('[data-timeline]')).toBeAttached();
		const overlap = await page.evaluate(() => {
			const h = document.querySelector('h1')!.getBoundingClientRect();
			return [...document.querySelectorAll('.map-ui *')].some((el) => {
				const r = el.getBoundingClientRect();
				const visible = r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
				return visible && r.left < h.right && r.right > h.left && r.top < h.bottom && r.bottom > h.top;
			});
		});
		expect(overlap).toBe(false);
	});

	test('a fast scroll down and back lands on the scene at the trigger line', async ({ page, watch }) => {
		await openStory(page);
		const ids = await sceneIds(page);
		await expect(map(page)).toHaveAttribute('data-map-scene', ids[0]!);
		for (const id of [ids[5]!, ids[12]!, ids[ids.length - 1]!, ids[2]!, ids[9]!]) await scrollToScene(page, id);
		await expect(page.locator('html')).toHaveAttribute('data-active-scene', ids[9]!);
		await expect(map(page)).toHaveAttribute('data-map-scene', ids[9]!);
		expect(watch.errors).toEqual([]);
	});

	for (const id of ['tour-hai-phong', 'us-1995', 'epilogue-no-deal']) {
		test(`deep link /#${id} opens at that scene`, async ({ page, watch }, info) => {
			await page.goto(`/#${id}`);
			await expect(page.locator('html')).toHaveAttribute('data-active-scene', id);
			await expect(map(page)).toHaveAttribute('data-map-scene', id);
			// Drawn at the screen's density up to two device pixels per CSS pixel (the phone is 3×).
			const density = await page.locator('canvas.maplibregl-canvas').evaluate((c: HTMLCanvasElement) => c.width / c.clientWidth);
			expect(density).toBeCloseTo(Math.min(info.project.use.deviceScaleFactor ?? 1, 2), 1);
			await expect(page.locator(`[data-scene="${id}"] h2`)).toBeInViewport();
			expect(new URL(page.url()).hash).toBe(`#${id}`);
			expect(watch.errors).toEqual([]);
			expect(watch.external).toEqual([]);
		});
	}

	test('a deep link lands with the scene’s heading clear of the bar and the timeline', async ({ page }) => {
		await page.goto('/#visit-1957');
		await expect(map(page)).toHaveAttribute('data-map-scene', 'visit-1957');
		await expect(page.locator('[data-timeline]')).toBeAttached();
		const heading = page.locator('[data-scene="visit-1957"] h2');
		await expect(heading).toBeInViewport();
		expect(await clearOfControls(heading)).toBe(true);
		// On a phone the bar opens whole on a tap, the timeline with it, and still clears the heading.
		const toggle = page.locator('[data-bar-toggle]');
		if (await toggle.isVisible()) await toggle.click();
		await expect(page.locator('[data-timeline]')).toBeVisible();
		expect(await clearOfControls(heading)).toBe(true);
		// And the timeline's marks all stay on screen, the crowded 2019 stack included.
		const tops = await page.locator('[data-timeline-mark]').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top));
		expect(Math.min(...tops)).toBeGreaterThanOrEqual(0);
	});

	for (const how of ['the “Start reading” link', 'the ↓ key']) {
		test(`from the title, ${how} opens the first scene with its heading in view`, async ({ page }) => {
			await page.goto('/');
			const [first] = await sceneIds(page);
			await expect(page.locator('[data-timeline]')).toBeAttached();
			if (how.includes('link')) await page.locator('.start a').click();
			else await page.keyboard.press('ArrowDown');
			const heading = page.locator(`[data-scene="${first}"] h2`);
			await expect(heading).toBeInViewport();
			await expect(page.locator('html')).toHaveAttribute('data-active-scene', first!);
			await expect.poll(() => clearOfControls(heading)).toBe(true);
		});
	}

	test('the hash follows the active scene', async ({ page }) => {
		await page.goto('/');
		const ids = await sceneIds(page);
		await scrollToScene(page, ids[4]!);
		await expect.poll(() => new URL(page.url()).hash).toBe(`#${ids[4]}`);
	});

	test('after a deep link the reader moves on freely: the hash follows, the page never jumps back', async ({ page }) => {
		await page.goto('/#tour-quang-ninh');
		await expect(map(page)).toHaveAttribute('data-map-rendered', 'tour-quang-ninh');
		await scrollToScene(page, 'us-1995');
		await expect(map(page)).toHaveAttribute('data-map-rendered', 'us-1995');
		await expect.poll(() => new URL(page.url()).hash).toBe('#us-1995');
		// Two more scene changes: a deep link followed again would pull the page back to Quang Ninh.
		await scrollToScene(page, 'visit-1957');
		await expect(map(page)).toHaveAttribute('data-map-rendered', 'visit-1957');
		await expect.poll(() => new URL(page.url()).hash).toBe('#visit-1957');
		await expect(page.locator('html')).toHaveAttribute('data-active-scene', 'visit-1957');
		await expect(page.locator('[data-scene="visit-1957"] h2')).toBeInViewport();
	});

	test('a reader who scrolls a deep link before the chrome arrives keeps their place', async ({ page, baseURL, watch }, info) => {
		test.skip(info.project.name !== 'desktop', 'a wheel; the touch path is the same listener (unit-tested)');
		// Whatever the page loads after first paint (the chrome: map, timeline, deep link) is held
		// until the reader has scrolled, as on a slow phone network.
		const html = await (await page.request.get('/')).text();
		const early = new Set([...html.matchAll(/<link[^>]+href="([^"]+)"/g)].map((m) => new URL(m[1]!, baseURL).href));
		let release!: () => void;
		const gate = new Promise<void>((r) => (release = r));
		let held!: () => void;
		const holding = new Promise<void>((r) => (held = r));
		// Held: scripts and styles the HTML does not link. Not the route modules (nodes/): they are the
		// page itself, and SvelteKit's router may ask for one at start.
		await page.route('**/_app/immutable/**', async (route) => {
			const r = route.request();
			if (['script', 'stylesheet'].includes(r.resourceType()) && !early.has(r.url()) && !r.url().includes('/nodes/')) {
				held();
				await gate;
			}
			await route.continue();
		});
		// Not to 'load': a held stylesheet can delay that event.
		await page.goto('/#tour-hai-phong', { waitUntil: 'domcontentloaded' });
		await holding;
		await expect(page.locator('[data-timeline]')).toHaveCount(0);
		const before = await page.evaluate(() => scrollY);
		await page.mouse.move(200, 600);
		await page.mouse.wheel(0, 300);
		await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(before + 200);
		const read = await page.evaluate(() => scrollY);
		release();
		await expect(page.locator('[data-timeline]')).toBeAttached();
		const active = await page.locator('html').getAttribute('data-active-scene');
		await expect(map(page)).toHaveAttribute('data-map-rendered', active!);
		// The chrome followed the deep link when it arrived; it did not pull the reader back to it.
		expect(await page.evaluate(() => scrollY)).toBe(read);
		expect(watch.errors).toEqual([]);
	});

	test('the keyboard moves between scenes', async ({ page, watch }) => {
		await openStory(page);
		const ids = await sceneIds(page);
		await expect(map(page)).toHaveAttribute('data-map-scene', ids[0]!);
		const active = page.locator('html');
		await page.keyboard.press('ArrowDown');
		await expect(active).toHaveAttribute('data-active-scene', ids[1]!);
		await page.keyboard.press('PageDown');
		await expect(active).toHaveAttribute('data-active-scene', ids[2]!);
		await page.keyboard.press('ArrowUp');
		await expect(active).toHaveAttribute('data-active-scene', ids[1]!);
		await page.keyboard.press('End');
		await expect(active).toHaveAttribute('data-active-scene', ids[ids.length - 1]!);
		await expect(map(page)).toHaveAttribute('data-map-scene', ids[ids.length - 1]!);
		await page.keyboard.press('PageUp');
		await expect(active).toHaveAttribute('data-active-scene', ids[ids.length - 2]!);
		await page.keyboard.press('Home');
		await expect(active).toHaveAttribute('data-active-scene', ids[0]!);
		expect(watch.errors).toEqual([]);
	});

	test('with a failing data file the map still follows the story and the text stays', async ({ page }) => {
		await page.route('**/data/lines.json', (r) => r.fulfill({ status: 500, body: 'broken' }));
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		await page.goto('/#tour-hai-phong');
		await expect(map(page)).toHaveAttribute('data-map-scene', 'tour-hai-phong');
		await expect(page.locator('[data-scene="tour-hai-phong"] h2')).toBeVisible();
		expect(errors).toEqual([]);
	});

	test('with basemap tiles that are not vector tiles, the map reports them and still draws the scene', async ({ page, watch }) => {
		// A style error short of a missing style: every land, border, coast, country, province and
		// river tile answers garbage. The story's places and routes still arrive on a bare sea.
		let broken = 0;
		await page.route(/\/data\/tiles\/[^/]+\/\d+\/\d+\/\d+\.pbf$/, (r) => {
			broken++;
			return r.fulfill({ status: 200, contentType: 'application/x-protobuf', body: Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x0f]) });
		});
		const warnings: string[] = [];
		page.on('console', (m) => {
			if (m.type() === 'warning' && m.text().startsWith('[map]')) warnings.push(m.text());
		});
		await page.goto('/#tour-hai-phong');
		await expect(map(page)).toHaveAttribute('data-map-rendered', 'tour-hai-phong');
		await expect(page.locator('[data-map-status]')).toHaveAttribute('data-map-status', 'ready');
		await expect(map(page)).toHaveAttribute('data-map-layers', /place/);
		await expect(page.locator('[data-scene="tour-hai-phong"] h2')).toBeVisible();
		expect(broken, 'no tile was asked for').toBeGreaterThan(0);
		expect(warnings.length, 'the broken sources were reported').toBeGreaterThan(0);
		expect(watch.errors).toEqual([]);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('every scene is readable as prerendered text', async ({ page }) => {
		await page.goto('/');
		const scenes = page.locator('[data-scene]');
		expect(await scenes.count()).toBeGreaterThanOrEqual(14);
		for (const s of await scenes.all()) {
			await expect(s.locator('h2')).not.toBeEmpty();
			expect((await s.locator('p').allInnerTexts()).join(' ').split(/\s+/).length).toBeGreaterThan(50);
		}
	});
});
