import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { CHROMIUM } from '../../playwright.config';
import { expect, sceneIds, scrollToScene, test } from './fixtures';

mkdirSync('screenshots/fallbacks', { recursive: true });

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('every scene shows its text and its static map', async ({ page }, info) => {
		await page.goto('/');
		const scenes = page.locator('[data-scene]');
		const n = await scenes.count();
		expect(n).toBeGreaterThanOrEqual(14);
		for (let i = 0; i < n; i++) {
			const img = scenes.nth(i).locator('img.static-map');
			await img.scrollIntoViewIfNeeded();
			await expect(img).toBeVisible();
			await expect.poll(() => img.evaluate((e: HTMLImageElement) => e.complete && e.naturalWidth > 0)).toBe(true);
		}
		await scrollToScene(page, 'tour-hai-phong');
		await page.screenshot({ path: `screenshots/fallbacks/no-js-${info.project.name}.png` });
	});
});

test('without WebGL the static maps take the live map’s place and follow the scroll', async ({ baseURL }, info) => {
	const browser = await chromium.launch({
		executablePath: CHROMIUM,
		args: ['--no-sandbox', '--disable-webgl', '--disable-webgl2', '--disable-3d-apis', '--disable-gpu']
	});
	try {
		const page = await browser.newPage({ viewport: info.project.use.viewport ?? { width: 1280, height: 800 } });
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		await page.goto(`${baseURL}/`);
		const ids = await sceneIds(page);
		const fallback = page.locator('[data-map-fallback]');
		for (const id of [ids[0]!, 'tour-quang-ninh', 'us-1995']) {
			await scrollToScene(page, id);
			await expect(fallback).toHaveAttribute('data-map-fallback', id);
			const img = fallback.locator('img');
			await expect(img).toHaveAttribute('src', new RegExp(`/static-maps/${id}\\.svg$`));
			await expect.poll(() => img.evaluate((e: HTMLImageElement) => e.complete && e.naturalWidth > 0)).toBe(true);
		}
		await page.screenshot({ path: `screenshots/fallbacks/no-webgl-${info.project.name}.png` });
		await expect(page.locator('[data-scene="us-1995"] h2')).toBeVisible();
		expect(errors).toEqual([]);
	} finally {
		await browser.close();
	}
});

test('printed, the story is text plus a static map per scene, with sources', async ({ page }, info) => {
	test.skip(info.project.name !== 'desktop', 'print layout is the same for every project');
	await page.goto('/');
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.map-column')).toBeHidden();
	const maps = page.locator('img.print-map');
	const n = await maps.count();
	expect(n).toBeGreaterThanOrEqual(14);
	for (let i = 0; i < n; i++) await expect(maps.nth(i)).toBeVisible();
	await expect(page.locator('.sources').first()).toBeVisible();
	await page.screenshot({ path: 'screenshots/fallbacks/print.png', fullPage: false });
	const pdf = await page.pdf({ format: 'A4', path: 'screenshots/fallbacks/story.pdf' });
	expect(pdf.byteLength).toBeGreaterThan(50_000);
});
