import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { CHROMIUM, KIOSK_TEST_ARGS } from '../../scripts/chromium.mjs';

/** Console errors, page errors and requests that left the site's origin, collected per test. */
export interface Watch {
	errors: string[];
	external: string[];
}

export const test = base.extend<{ watch: Watch }>({
	watch: async ({ page, baseURL }, use) => {
		const watch: Watch = { errors: [], external: [] };
		const origin = new URL(baseURL ?? 'http://127.0.0.1:4173').origin;
		page.on('pageerror', (e) => watch.errors.push(`pageerror: ${e.message}`));
		page.on('console', (m) => {
			if (m.type() === 'error') watch.errors.push(`console: ${m.text()}`);
		});
		// A Content-Security-Policy violation is an error too: every test that checks errors checks it.
		await page.addInitScript(() =>
			document.addEventListener('securitypolicyviolation', (e) =>
				console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI}`)
			)
		);
		page.on('request', (r) => {
			const url = r.url();
			if (url.startsWith('data:') || url.startsWith('blob:')) return;
			if (new URL(url).origin !== origin) watch.external.push(url);
		});
		await use(watch);
	}
});

export { expect };

/**
 * The kiosk's tests launch the browser composited on the software GPU, where its always-redrawing
 * full-screen map runs faster (scripts/chromium.mjs). `test.use({ launchOptions:
 * KIOSK_LAUNCH })` in a kiosk spec.
 */
export const KIOSK_LAUNCH = { executablePath: CHROMIUM, args: KIOSK_TEST_ARGS };

export async function sceneIds(page: Page): Promise<string[]> {
	return page.locator('[data-scene]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.scene!));
}

/** Scroll like a reader: put the top of a scene's text a little above the trigger line. */
export async function scrollToScene(page: Page, id: string): Promise<void> {
	await page.evaluate((sceneId) => {
		const el = document.querySelector<HTMLElement>(`[data-scene="${sceneId}"]`)!;
		const top = el.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.3;
		window.scrollTo({ top, behavior: 'instant' });
	}, id);
}

export const map = (page: Page) => page.locator('[data-map]');

/**
 * Open the story and scroll its first scene to the trigger line. The map waits for the reader to
 * reach it (it loads once it fills half the screen), so a test that wants the map starts here.
 */
export async function openStory(page: Page, path = '/'): Promise<void> {
	await page.goto(path);
	const [first] = await sceneIds(page);
	await scrollToScene(page, first!);
}

/** Whether the top line of an element is what the reader sees there, not a control drawn over it. */
export async function clearOfControls(target: Locator): Promise<boolean> {
	return target.evaluate((el) => {
		const r = el.getBoundingClientRect();
		return [0.1, 0.5, 0.9].every((f) => el.contains(document.elementFromPoint(r.left + r.width * f, r.top + 4)));
	});
}

/** On a phone the bar may be down to its first row (the reader scrolled down): open it, as a reader taps ☰. */
export async function openBar(page: Page): Promise<void> {
	const toggle = page.locator('[data-bar-toggle]');
	if (await page.locator('.map-ui [data-bar="compact"]').count()) await toggle.click();
	await expect(page.locator('.map-ui [data-bar]')).toHaveAttribute('data-bar', 'full');
}

/**
 * Wait until the first element matching `selector` has the attribute `name` equal to `value`,
 * looking on every animation frame. Playwright's own assertions look again after 100, 250, 500
 * and then every 1000 ms, which added 0.3 s on average to each scene of a walk here (the map drawn
 * at 0.73 s, seen at 1.1 s). On a timeout the assertion says what was there instead.
 */
export async function attributeIs(page: Page, selector: string, name: string, value: string, timeout = 20_000): Promise<void> {
	try {
		await page.waitForFunction(([s, n, v]) => document.querySelector(s)?.getAttribute(n) === v, [selector, name, value] as const, { timeout, polling: 'raf' });
	} catch {
		await expect(page.locator(selector).first()).toHaveAttribute(name, value, { timeout: 1 });
	}
}

/** The map has arrived at scene `id` (`data-map-scene`), or drawn it (`rendered`: every tile in). */
export const mapAt = (page: Page, id: string, what: 'scene' | 'rendered' = 'scene', timeout?: number) =>
	attributeIs(page, '[data-map]', `data-map-${what}`, id, timeout);
