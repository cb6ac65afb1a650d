import { mkdirSync } from 'node:fs';
import type { Page, TestInfo } from '@playwright/test';
import { expect, KIOSK_LAUNCH, map, test } from './fixtures';

test.use({ launchOptions: KIOSK_LAUNCH });

/** The kiosk (/kiosk) on a 1920×1080 screen; one describe turns it to portrait 1080×1920. */
const SHOTS = 'screenshots/kiosk';
test.use({ viewport: { width: 1920, height: 1080 }, deviceScaleFactor: 1, serviceWorkers: 'block' });

interface Recorded {
	events: { id: string; index: number }[];
	map: string[];
	active: string[];
	modes: string[];
	/** html[lang] */
	langs: string[];
}

/** Record every scenechange event and every change of html[data-active-scene] and [data-map-scene], reloads included. */
async function record(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const rec = { events: [] as { id: string; index: number }[], map: [] as string[], active: [] as string[], modes: [] as string[], langs: [] as string[] };
		(window as unknown as { __kiosk: typeof rec }).__kiosk = rec;
		window.addEventListener('scenechange', (e) => {
			const d = (e as CustomEvent<{ id: string; index: number }>).detail;
			rec.events.push({ id: d.id, index: d.index });
		});
		new MutationObserver((list) => {
			for (const m of list) {
				const el = m.target as HTMLElement;
				const value = el.getAttribute(m.attributeName!);
				if (!value || value === m.oldValue) continue;
				if (m.attributeName === 'lang') {
					if (el === document.documentElement) rec.langs.push(value);
					continue;
				}
				const list = { 'data-map-scene': rec.map, 'data-active-scene': rec.active, 'data-kiosk-mode': rec.modes }[m.attributeName!];
				list?.push(value);
			}
		}).observe(document, {
			subtree: true,
			attributes: true,
			attributeOldValue: true,
			attributeFilter: ['data-map-scene', 'data-active-scene', 'data-kiosk-mode', 'lang']
		});
	});
}

const recorded = (page: Page) => page.evaluate(() => (window as unknown as { __kiosk: Recorded }).__kiosk);
const root = (page: Page) => page.locator('[data-kiosk-mode]');
const card = (page: Page) => page.locator('[data-kiosk-scene]');
const active = (page: Page) => page.evaluate(() => document.documentElement.dataset.activeScene ?? '');

/** Open the kiosk and wait until it runs (hydrated: the active scene is announced). */
async function open(page: Page, query: string): Promise<void> {
	await page.goto(`/kiosk${query}`);
	await expect(page.locator('html')).toHaveAttribute('data-active-scene', /.+/);
	await expect(root(page)).toHaveAttribute('data-kiosk-mode', /^(autoplay|attract)$/);
}

/** A finger on a touch screen (the phone project has one), a mouse click elsewhere. */
async function touch(page: Page, info: TestInfo, x: number, y: number): Promise<void> {
	if (info.project.use.hasTouch) await page.touchscreen.tap(x, y);
	else await page.mouse.click(x, y);
}

/** Take over from autoplay by touching the map, away from the card and the buttons. */
async function takeOver(page: Page, info: TestInfo): Promise<void> {
	const v = page.viewportSize()!;
	await touch(page, info, v.width * 0.78, v.height * 0.3);
	await expect(root(page)).toHaveAttribute('data-kiosk-mode', 'visitor');
}

/** The ids of all scenes, in story order, from the visitor's scene list. */
async function allIds(page: Page): Promise<string[]> {
	await page.locator('[data-kiosk-scenes]').click();
	const ids = await page.locator('[data-kiosk-goto]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.kioskGoto!));
	await page.locator('[data-kiosk-scenes]').click();
	return ids;
}

/** Replace WebGL with nothing, as on a machine without a GPU driver. */
async function withoutWebGL(page: Page): Promise<void> {
	await page.addInitScript(() => {
		type GetContext = (this: HTMLCanvasElement, type: string, ...rest: unknown[]) => unknown;
		const proto = HTMLCanvasElement.prototype as unknown as { getContext: GetContext };
		const original = proto.getContext;
		proto.getContext = function (type, ...rest) {
			return /webgl/i.test(type) ? null : original.call(this, type, ...rest);
		};
	});
}

function shotsDir(): string {
	mkdirSync(SHOTS, { recursive: true });
	return SHOTS;
}

test.describe('kiosk', () => {
	test('autoplay advances through the scenes in order and the map follows', async ({ page, watch }) => {
		await record(page);
		await open(page, '?dwell=1');
		await expect(root(page)).toHaveAttribute('data-kiosk-mode', 'autoplay');
		await expect.poll(async () => (await recorded(page)).map.length, { timeout: 30_000 }).toBeGreaterThanOrEqual(4);
		const rec = await recorded(page);
		// Announced in story order, one scene at a time, from the first.
		expect(rec.events.length).toBeGreaterThanOrEqual(4);
		rec.events.forEach((e, i) => expect(e.index).toBe(i));
		expect(rec.active).toEqual(rec.events.map((e) => e.id).slice(0, rec.active.length));
		// The map arrived at at least four scenes (three changes), never out of story order.
		const order = rec.events.map((e) => e.id);
		const arrived = rec.map.map((id) => order.indexOf(id));
		expect(arrived.every((i, k) => i >= 0 && (k === 0 || i > arrived[k - 1]!))).toBe(true);
		// The card shows the active scene, in text large enough to read from two metres.
		await expect.poll(async () => (await card(page).getAttribute('data-kiosk-scene')) === (await active(page))).toBe(true);
		// Autoplay keeps replacing the card: poll, so a card swapped out mid-read (NaN) is read again.
		await expect
			.poll(() => card(page).locator('.body').first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize) || 0))
			.toBeGreaterThanOrEqual(28);
		expect(watch.errors).toEqual([]);
		expect(watch.external).toEqual([]);
	});

	test('a touch takes over: autoplay stays paused for the whole visit', async ({ page, watch }, info) => {
		await record(page);
		// A 1 s dwell and a 3 s visit: autoplay would move on three times if it did not pause.
		await open(page, '?dwell=1&idle=3');
		await expect.poll(async () => (await recorded(page)).events.length, { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
		await takeOver(page, info);
		const paused = await active(page);
		await expect(card(page)).toHaveAttribute('data-kiosk-scene', paused);
		const at = (await recorded(page)).events.length;
		// Nobody touches it again: the visit ends with the attract title. Until then no scene changed.
		await expect.poll(async () => (await recorded(page)).modes.join(' '), { timeout: 15_000 }).toMatch(/visitor attract/);
		const rec = await recorded(page);
		expect(rec.events[at - 1]!.id).toBe(paused);
		// The first scene change after the takeover is the attract title's return to the first scene.
		expect(rec.events[at], 'the first scene change after the takeover').toEqual({ id: rec.events[0]!.id, index: 0 });
		expect(watch.errors).toEqual([]);
	});

	test('a visitor moves with next, previous, the scene list and keys; Play hands back to autoplay', async ({ page, watch }, info) => {
		await record(page);
		await open(page, '?dwell=1');
		await expect.poll(async () => (await recorded(page)).events.length, { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
		await takeOver(page, info);
		const paused = await active(page);
		await expect(card(page)).toHaveAttribute('data-kiosk-scene', paused);

		// Large controls.
		for (const sel of ['[data-kiosk-prev]', '[data-kiosk-next]', '[data-kiosk-play]', '[data-kiosk-scenes]', '[data-kiosk-lang]']) {
			const box = (await page.locator(sel).boundingBox())!;
			expect(box.height, sel).toBeGreaterThanOrEqual(64);
			expect(box.width, sel).toBeGreaterThanOrEqual(64);
		}
		const ids = await allIds(page);
		expect(ids.length).toBeGreaterThanOrEqual(14);
		const at = ids.indexOf(paused);

		await page.locator('[data-kiosk-next]').click();
		await expect(page.locator('html')).toHaveAttribute('data-active-scene', ids[at + 1]!);
		await expect(map(page)).toHaveAttribute('data-map-scene', ids[at + 1]!);
		await page.locator('[data-kiosk-prev]').click();
		await expect(page.locator('html')).toHaveAttribute('data-active-scene', ids[at]!);
		await expect(map(page)).toHaveAttribute('data-map-scene', ids[at]!);

		// The list: every scene with its year, tappable.
		await page.locator('[data-kiosk-scenes]').click();
		const target = ids[13]!;
		await expect(page.locator(`[data-kiosk-goto="${target}"]`)).toContainText(/\d{4}/);
		await page.screenshot({ path: `${shotsDir()}/1920x1080-visitor-list-${info.project.name}.png` });
		await page.locator(`[data-kiosk-goto="${target}"]`).click();
		await expect(page.locator('[data-kiosk-list]')).toHaveCount(0);
		await expect(page.locator('html')).toHaveAttribute('data-active-scene', target);
		await expect(card(page)).toHaveAttribute('data-kiosk-scene', target);
		await expect(map(page)).toHaveAttribute('data-map-scene', target);
		await expect(map(page)).toHaveAttribute('data-map-rendered', target);
		await page.screenshot({ path: `${shotsDir()}/1920x1080-visitor-${info.project.name}.png` });

		// Keys work too, and the kiosk stays with the visitor.
		await page.keyboard.press('End');
		await expect(page.locator('html')).toHaveAttribute('data-active-scene', ids[ids.length - 1]!);
		await expect(page.locator('[data-kiosk-next]')).toBeDisabled();
		await page.keyboard.press('Home');
		await expect(page.locator('html')).toHaveAttribute('data-active-scene', ids[0]!);
		await page.keyboard.press('PageDown');
		await expect(page.locator('html')).toHaveAttribute('data-active-scene', ids[1]!);
		await expect(root(page)).toHaveAttribute('data-kiosk-mode', 'visitor');

		// Play hands it back to autoplay, which moves on by itself.
		await page.locator('[data-kiosk-play]').click();
		await expect(root(page)).toHaveAttribute('data-kiosk-mode', 'autoplay');
		await expect(page.locator('html')).toHaveAttribute('data-active-scene', ids[2]!);
		expect(watch.errors).toEqual([]);
		expect(watch.external).toEqual([]);
	});

	test('after the idle time the attract title returns, then autoplay from the first scene', async ({ page, watch }, info) => {
		await record(page);
		await open(page, '?dwell=1&idle=2');
		await expect.poll(async () => (await recorded(page)).events.length, { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
		await takeOver(page, info);
		const rec0 = await recorded(page);
		const first = rec0.events[0]!.id;
		const before = rec0.events.length;
		// Keys, not clicks: under a slow GPU a click's stability wait could outlast the 2 s idle time.
		// (The page records what happens, so nothing below races the idle timer.)
		await page.keyboard.press('PageDown');
		await page.keyboard.press('PageDown');
		await page.locator('[data-kiosk-lang]').press('Enter');
		// Two seconds without input: the attract title, back at the first scene, in the kiosk's own
		// language; then autoplay from the first scene on.
		await expect.poll(async () => (await recorded(page)).modes.join(' '), { timeout: 10_000 }).toMatch(/visitor attract autoplay/);
		await expect.poll(async () => (await recorded(page)).events.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(before + 4);
		const rec = await recorded(page);
		const visit = rec.events.slice(before);
		const attractAt = visit.findIndex((e) => e.index === 0);
		// The visitor moved two scenes on…
		expect(visit.slice(0, attractAt).map((e) => e.index)).toEqual([rec0.events.at(-1)!.index + 1, rec0.events.at(-1)!.index + 2]);
		// …then the attract title brought back the first scene, and autoplay went on from it.
		expect(visit[attractAt]).toEqual({ id: first, index: 0 });
		expect(visit[attractAt + 1]!.index).toBe(1);
		// The visitor's language ended with the visit.
		expect(rec.langs.slice(-2)).toEqual(['vi', 'en']);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		expect(watch.errors).toEqual([]);
	});

	test('the language button cycles English, Tiếng Việt, 한국어; ?lang= picks the start', async ({ page, watch }) => {
		await open(page, '?lang=vi&dwell=30');
		await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
		// A key hands the kiosk to a visitor: the scene holds while its language changes.
		await page.keyboard.press('Escape');
		await expect(root(page)).toHaveAttribute('data-kiosk-mode', 'visitor');
		const button = page.locator('[data-kiosk-lang]');
		await expect(button).toHaveText('Tiếng Việt');
		await expect(card(page).locator('time')).toHaveText(/tháng/i);
		const vi = await card(page).evaluate((c) => ({ id: c.dataset.kioskScene, title: c.querySelector('h2')!.textContent }));
		await button.click();
		await expect(button).toHaveText('한국어');
		await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
		await expect(card(page).locator('time')).toHaveText(/\d{4}년/);
		await button.click();
		await expect(button).toHaveText('English');
		await expect(card(page).locator('time')).toHaveText(/February 2019/);
		// The same scene, now with its English title.
		await expect(card(page)).toHaveAttribute('data-kiosk-scene', vi.id!);
		await expect(card(page).locator('h2')).not.toHaveText(vi.title!);
		await expect(map(page)).toHaveAttribute('data-map-scene', /.+/);
		expect(watch.errors).toEqual([]);
	});

	test('locked down: no selection, context menu, page zoom, scrollbars or links away; the idle cursor hides', async ({ page, watch }, info) => {
		await open(page, '?dwell=600');
		await expect(map(page)).toHaveAttribute('data-map-scene', /.+/);
		const checks = await page.evaluate(() => {
			const fire = (target: EventTarget, e: Event) => (target.dispatchEvent(e), e.defaultPrevented);
			const body = document.querySelector('[data-kiosk-scene] .body')!;
			const links = [...document.querySelectorAll<HTMLAnchorElement>('a[href]')];
			return {
				userSelect: getComputedStyle(body).userSelect,
				contextmenu: fire(body, new MouseEvent('contextmenu', { bubbles: true, cancelable: true })),
				ctrlWheel: fire(body, new WheelEvent('wheel', { bubbles: true, cancelable: true, ctrlKey: true, deltaY: -100 })),
				ctrlPlus: fire(body, new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ctrlKey: true, key: '+' })),
				gesture: fire(document, new Event('gesturestart', { bubbles: true, cancelable: true })),
				scrolls: document.scrollingElement!.scrollHeight > window.innerHeight || document.scrollingElement!.scrollWidth > window.innerWidth,
				overflow: getComputedStyle(document.documentElement).overflow,
				touchAction: getComputedStyle(document.querySelector('[data-kiosk-mode]')!).touchAction,
				linksAway: links.filter((a) => !fire(a, new MouseEvent('click', { bubbles: true, cancelable: true }))).map((a) => a.href)
			};
		});
		expect(checks).toEqual({
			userSelect: 'none',
			contextmenu: true,
			ctrlWheel: true,
			ctrlPlus: true,
			gesture: true,
			scrolls: false,
			overflow: 'hidden',
			touchAction: 'none',
			linksAway: []
		});
		// A fullscreen button (the Fullscreen API) when the browser offers it.
		if (await page.evaluate(() => document.fullscreenEnabled)) await expect(page.locator('[data-kiosk-fullscreen]')).toBeVisible();
		if (!info.project.use.hasTouch) {
			const kiosk = root(page);
			await page.mouse.move(300, 300);
			await page.mouse.move(310, 310);
			await expect(kiosk).not.toHaveAttribute('data-cursor', 'hidden');
			await expect(kiosk).toHaveAttribute('data-cursor', 'hidden', { timeout: 4500 });
			await page.mouse.move(320, 320);
			await expect(kiosk).not.toHaveAttribute('data-cursor', 'hidden');
		}
		expect(watch.errors).toEqual([]);
	});

	test('the WebGL context is lost: the map is rebuilt and back at its scene within 5 s', async ({ page, watch }) => {
		// The scene must hold for the whole test: a dwell longer than the test's timeout.
		await open(page, '?dwell=600');
		const id = await active(page);
		await expect(map(page)).toHaveAttribute('data-map-scene', id);
		// Time it in the page: from the loss to the rebuilt map arriving at the scene again.
		await page.evaluate(() => {
			const el = document.querySelector<HTMLElement>('[data-map]')!;
			const t = { lost: performance.now(), detected: 0, rebuilt: 0, back: 0 };
			(window as unknown as { __ctx: typeof t }).__ctx = t;
			new MutationObserver(() => {
				const now = performance.now() - t.lost;
				if (!t.detected && el.dataset.mapContext === 'lost') t.detected = now;
				if (!t.rebuilt && el.dataset.mapRebuilds === '1') t.rebuilt = now;
				if (t.rebuilt && !t.back && el.dataset.mapScene) t.back = now;
			}).observe(el, { attributes: true });
			el.querySelector('canvas')!.getContext('webgl2')!.getExtension('WEBGL_lose_context')!.loseContext();
		});
		await expect(map(page)).toHaveAttribute('data-map-rebuilds', '1', { timeout: 15_000 });
		await expect(map(page)).toHaveAttribute('data-map-scene', id, { timeout: 15_000 });
		type Times = { lost: number; detected: number; rebuilt: number; back: number };
		const t = await page.evaluate(() => (window as unknown as { __ctx: Times }).__ctx);
		const ms = Object.fromEntries(Object.entries(t).map(([k, v]) => [k, Math.round(k === 'lost' ? 0 : v)]));
		console.log(`kiosk WebGL context loss (ms after loseContext): ${JSON.stringify(ms)}`);
		test.info().annotations.push({ type: 'context loss', description: JSON.stringify(ms) });
		expect(t.back).toBeGreaterThan(t.rebuilt);
		expect(t.back, 'map back at its scene within 5 s of the loss').toBeLessThan(5000);
		await expect(map(page)).toHaveAttribute('data-map-context', 'ok');
		await expect(card(page)).toHaveAttribute('data-kiosk-scene', id);
		expect(watch.errors).toEqual([]);
		expect(watch.external).toEqual([]);
	});

	test('without WebGL it still plays the scenes with their text and the static map', async ({ page, watch }) => {
		await withoutWebGL(page);
		await record(page);
		await open(page, '?dwell=1');
		await expect.poll(async () => (await recorded(page)).events.length, { timeout: 15_000 }).toBeGreaterThanOrEqual(4);
		const fallback = page.locator('[data-map-fallback]');
		await expect(fallback).toBeVisible();
		await expect(card(page).locator('h2')).not.toBeEmpty();
		// The static map on screen is the active scene's, and it has loaded. Autoplay swaps the image
		// every second, so one evaluation decodes the image it finds and reads it, with the scene it
		// belongs to; an image swapped while decoding is simply asked about again.
		await expect
			.poll(
				() =>
					fallback.evaluate(async (figure) => {
						const img = figure.querySelector('img')!;
						const scene = figure.getAttribute('data-map-fallback');
						const src = img.currentSrc || img.src;
						try {
							await img.decode();
						} catch {
							return 'swapped while decoding';
						}
						if (figure.getAttribute('data-map-fallback') !== scene || (img.currentSrc || img.src) !== src) return 'swapped while decoding';
						return {
							isActiveScene: !!scene && scene === document.documentElement.dataset.activeScene,
							isItsStaticMap: new URL(src).pathname === `/static-maps/${scene}.svg`,
							loaded: img.naturalWidth > 0
						};
					}),
				{ timeout: 15_000 }
			)
			.toEqual({ isActiveScene: true, isItsStaticMap: true, loaded: true });
		expect((await recorded(page)).events.map((e) => e.index).slice(0, 4)).toEqual([0, 1, 2, 3]);
		expect(watch.errors).toEqual([]);
		expect(watch.external).toEqual([]);
	});

	test('an uncaught error or unhandled rejection shows a notice and reloads the page', async ({ page }) => {
		await open(page, '?dwell=30&reload=1');
		await expect(card(page)).toBeVisible();
		for (const failure of ['error', 'rejection']) {
			await page.evaluate(() => ((window as unknown as { __before: boolean }).__before = true));
			await page.evaluate((kind) => {
				setTimeout(() => {
					if (kind === 'error') throw new Error('kiosk test: a crash');
					void Promise.reject(new Error('kiosk test: a rejected promise'));
				}, 0);
			}, failure);
			await expect(page.locator('[data-kiosk-error]')).toBeVisible();
			await expect(card(page)).toBeVisible();
			// Reloaded: the marker is gone and the kiosk plays again.
			const marked = () =>
				page
					.evaluate(() => (window as unknown as { __before?: boolean }).__before ?? false)
					.catch(() => true); // mid-reload: ask again
			await expect.poll(marked, { timeout: 15_000 }).toBe(false);
			await expect(root(page)).toHaveAttribute('data-kiosk-mode', 'autoplay');
			await expect(page.locator('[data-kiosk-error]')).toHaveCount(0);
		}
	});
});

test.describe('kiosk in portrait (1080×1920)', () => {
	test.use({ viewport: { width: 1080, height: 1920 } });

	test('the card spans the bottom, the controls sit above it, the map above them', async ({ page, watch }, info) => {
		// The first scene holds until its map is drawn however slow the GPU: a dwell longer than the test.
		await open(page, '?dwell=600');
		const id = await active(page);
		await expect(map(page)).toHaveAttribute('data-map-rendered', id);
		const box = (await card(page).boundingBox())!;
		expect(box.width).toBeGreaterThan(1080 * 0.9);
		expect(1920 - (box.y + box.height)).toBeLessThan(60);
		expect(box.height).toBeLessThan(1920 * 0.6);
		await expect
			.poll(() => card(page).locator('.body').first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize) || 0))
			.toBeGreaterThanOrEqual(28);
		if (info.project.name === 'desktop') await page.screenshot({ path: `${shotsDir()}/1080x1920-autoplay.png` });
		await takeOver(page, info);
		const nav = (await page.locator('[data-kiosk-controls]').boundingBox())!;
		const after = (await card(page).boundingBox())!;
		expect(nav.y + nav.height).toBeLessThanOrEqual(after.y);
		if (info.project.name === 'desktop') await page.screenshot({ path: `${shotsDir()}/1080x1920-visitor.png` });
		expect(watch.errors).toEqual([]);
	});
});

test.describe('kiosk screens', () => {
	test('every scene’s card fits the screen in every language, landscape and portrait', async ({ browser }, info) => {
		test.skip(info.project.name !== 'desktop', 'layout only: once is enough');
		for (const viewport of [
			{ width: 1920, height: 1080 },
			{ width: 1080, height: 1920 }
		]) {
			const context = await browser.newContext({ viewport, serviceWorkers: 'block' });
			const page = await context.newPage();
			await withoutWebGL(page); // the layout is the same; the run is faster
			for (const lang of ['en', 'vi', 'ko']) {
				await open(page, `?dwell=60&lang=${lang}`);
				await page.keyboard.press('Home'); // a key takes over: the visitor's controls step through
				await expect(root(page)).toHaveAttribute('data-kiosk-mode', 'visitor');
				const problems: string[] = [];
				for (let i = 0; ; i++) {
					const m = await page.evaluate(() => {
						const c = document.querySelector<HTMLElement>('[data-kiosk-scene]')!;
						const content = c.querySelector('.content')!;
						const r = c.getBoundingClientRect();
						return {
							id: c.dataset.kioskScene!,
							overflow: content.scrollHeight - content.clientHeight,
							inside: r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth,
							font: parseFloat(getComputedStyle(c.querySelector('.body')!).fontSize)
						};
					});
					if (m.overflow > 0 || !m.inside || m.font < 28) problems.push(`${lang} ${m.id}: ${JSON.stringify(m)}`);
					if (await page.locator('[data-kiosk-next]').isDisabled()) break;
					await page.keyboard.press('PageDown');
					await expect(card(page)).not.toHaveAttribute('data-kiosk-scene', m.id);
					expect(i).toBeLessThan(100);
				}
				expect(problems, `${viewport.width}×${viewport.height}`).toEqual([]);
			}
			await context.close();
		}
	});

	test('screenshots: the attract title at 1920×1080', async ({ page, watch }, info) => {
		test.skip(info.project.name !== 'desktop', 'one set of screenshots');
		// A fast loop into a long attract title, so the screenshot is not a race.
		await open(page, '?dwell=0.2&attract=600');
		await expect(root(page)).toHaveAttribute('data-kiosk-mode', 'attract', { timeout: 30_000 });
		await expect(page.locator('[data-kiosk-attract]')).toContainText('Touch to explore');
		await expect(page.locator('[data-kiosk-attract]')).toContainText('Chạm để khám phá');
		// The invitation in Korean is drawn in the site's own Hangul face (a kiosk box may have none:
		// the kiosk used to draw it in boxes here).
		const ko = (await page.locator('[data-kiosk-attract] .others [lang="ko"]').textContent())!;
		expect(ko).toMatch(/[\uAC00-\uD7A3]/);
		await expect.poll(() => page.evaluate((t) => document.fonts.check('400 16px "Noto Sans KR"', t), ko)).toBe(true);
		const first = await active(page);
		await expect(map(page)).toHaveAttribute('data-map-rendered', first);
		await page.screenshot({ path: `${shotsDir()}/1920x1080-attract.png` });
		expect(watch.errors).toEqual([]);
	});

	test('screenshots: autoplay drawing a route at 1920×1080', async ({ page, watch }, info) => {
		test.skip(info.project.name !== 'desktop', 'one set of screenshots');
		// The operator's default: dwell from the text (about 20 s here), camera flights.
		await open(page, '');
		await takeOver(page, info);
		await page.locator('[data-kiosk-scenes]').click();
		await page.locator('[data-kiosk-goto="minister-flight"]').click();
		await page.locator('[data-kiosk-play]').click();
		await expect(root(page)).toHaveAttribute('data-kiosk-mode', 'autoplay');
		await expect(map(page)).toHaveAttribute('data-map-rendered', 'minister-flight');
		// The route draws over the dwell, as the card's bar fills: wait until a third of it is drawn.
		const drawn = () =>
			card(page)
				.locator('.bar > span')
				.evaluate((el) => Number(/scaleX\(([\d.]+)\)/.exec((el as HTMLElement).style.transform)?.[1] ?? 0))
				.catch(() => -1); // the bar is gone: the scene ended
		await expect.poll(drawn, { timeout: 30_000 }).toBeGreaterThanOrEqual(0.35);
		await expect(root(page)).toHaveAttribute('data-kiosk-mode', 'autoplay');
		await expect(card(page)).toHaveAttribute('data-kiosk-scene', 'minister-flight');
		await page.screenshot({ path: `${shotsDir()}/1920x1080-autoplay.png` });
		expect(watch.errors).toEqual([]);
	});
});

test.describe('kiosk offline', () => {
	test.use({ serviceWorkers: 'allow' });

	test('after one load, the kiosk keeps playing with the network gone, reload included', async ({ page, context, watch }) => {
		await record(page);
		await open(page, '?dwell=1');
		await expect(card(page)).toBeVisible();
		// The service worker has precached the site and controls the page.
		await page.evaluate(() => navigator.serviceWorker.ready);
		await page.waitForFunction(() => !!navigator.serviceWorker.controller, undefined, { timeout: 15_000 });
		await context.setOffline(true);
		try {
			await page.reload();
			await expect(card(page).locator('h2')).not.toBeEmpty();
			await expect(card(page).locator('.body').first()).toBeVisible();
			await expect.poll(async () => (await recorded(page)).events.length, { timeout: 15_000 }).toBeGreaterThanOrEqual(4);
			const rec = await recorded(page);
			expect(rec.events.map((e) => e.index).slice(0, 4)).toEqual([0, 1, 2, 3]);
			// The map too: style, data and worker all came from the cache.
			await expect.poll(async () => (await recorded(page)).map.length, { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
			await expect(page.locator('[data-map-fallback]')).toHaveCount(0);
		} finally {
			await context.setOffline(false);
		}
		expect(watch.errors).toEqual([]);
		expect(watch.external).toEqual([]);
	});
});

test.describe('kiosk endurance', () => {
	/**
	 * Bounds for 300 transitions (after a warm-up loop): JS heap after GC, DOM nodes and listeners.
	 * Measured still (below), listeners read 80 and 80 in two runs, nodes 301 and 308: a leak of one
	 * listener every 15 transitions, or of one node every 3, is over.
	 */
	const HEAP_GROWTH_MB = 25;
	const NODE_GROWTH = 100;
	const LISTENER_GROWTH = 20;

	test('300 transitions at ?dwell=0.2 without errors, heap growth or DOM growth', async ({ page, watch }, info) => {
		test.skip(info.project.name !== 'desktop', 'once is enough');
		test.setTimeout(240_000);
		await record(page);
		const cdp = await page.context().newCDPSession(page);
		const sample = async () => {
			await cdp.send('HeapProfiler.collectGarbage');
			await cdp.send('HeapProfiler.collectGarbage');
			const heap = await cdp.send('Runtime.getHeapUsage');
			const perf = await page.evaluate(() => (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize);
			const dom = await cdp.send('Memory.getDOMCounters');
			return { heapMB: heap.usedSize / 2 ** 20, perfMB: perf / 2 ** 20, nodes: dom.nodes, listeners: dom.jsEventListeners, documents: dom.documents };
		};
		// Listeners come and go with the map's requests while it plays (one sample read anywhere from
		// 81 to 455 here, the lowest of four from 108 to 320): measure with the kiosk held still, as a
		// visitor leaves it, on the first scene with its map drawn, then hand back to autoplay.
		const still = async () => {
			const first = (await recorded(page)).events[0]!.id;
			await takeOver(page, info);
			await page.keyboard.press('Home');
			await expect(card(page)).toHaveAttribute('data-kiosk-scene', first);
			await expect(map(page)).toHaveAttribute('data-map-rendered', first);
			const measured = await sample();
			await page.locator('[data-kiosk-play]').click();
			await expect(root(page)).toHaveAttribute('data-kiosk-mode', /^(autoplay|attract)$/);
			return measured;
		};
		const events = async () => (await recorded(page)).events.length;
		await open(page, '?dwell=0.2');
		await expect(map(page)).toHaveAttribute('data-map-scene', /.+/, { timeout: 20_000 });
		// Warm up one loop (lazy basemap layers, fonts, JIT) before the first measurement.
		await expect.poll(events, { timeout: 30_000 }).toBeGreaterThanOrEqual(25);
		const start = await still();
		const from = await events();
		const t0 = Date.now();
		await expect.poll(events, { timeout: 180_000, intervals: [1000] }).toBeGreaterThanOrEqual(from + 300);
		const seconds = (Date.now() - t0) / 1000;
		const end = await still();
		const rec = await recorded(page);
		const transitions = rec.events.length - from;
		// Still in order after hundreds of loops: each event is the next scene (or the first again).
		rec.events.forEach((e, i) => i > 0 && expect(e.index === 0 || e.index === rec.events[i - 1]!.index + 1).toBe(true));
		const report = {
			transitions,
			seconds: Math.round(seconds),
			heapMB: [start.heapMB.toFixed(1), end.heapMB.toFixed(1)],
			perfMemoryMB: [start.perfMB.toFixed(1), end.perfMB.toFixed(1)],
			nodes: [start.nodes, end.nodes],
			listeners: [start.listeners, end.listeners],
			documents: [start.documents, end.documents],
			mapArrivals: rec.map.length
		};
		console.log(`kiosk endurance: ${JSON.stringify(report)}`);
		info.annotations.push({ type: 'endurance', description: JSON.stringify(report) });
		expect(end.heapMB - start.heapMB).toBeLessThan(HEAP_GROWTH_MB);
		expect(end.perfMB - start.perfMB).toBeLessThan(HEAP_GROWTH_MB);
		expect(end.nodes - start.nodes).toBeLessThan(NODE_GROWTH);
		expect(end.listeners - start.listeners).toBeLessThan(LISTENER_GROWTH);
		expect(end.documents).toBeLessThanOrEqual(start.documents);
		// The map kept up with the loop: it arrived at a quarter of the scenes or more; a map that
		// stopped following the kiosk would fall behind for good (and \`still\` above would not find the
		// first scene drawn). How many it reaches at this dwell is the machine's speed: 240-270 of
		// 304-305 on 2026-12-03, 160-168 of about 330 on a slower machine of the same kind on 12-04.
		expect(rec.map.length, 'scenes the map arrived at').toBeGreaterThanOrEqual(rec.events.length / 4);
		expect(watch.errors).toEqual([]);
		expect(watch.external).toEqual([]);
	});
});
