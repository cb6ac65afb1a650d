import { mkdirSync } from 'node:fs';
import { expect, map, openBar, sceneIds, scrollToScene, test } from './fixtures';

mkdirSync('screenshots/editions', { recursive: true });

for (const [lang, path, title] of [
	['vi', '/vi/', /Việt Nam/],
	['ko', '/ko/', /[가-힣]/]
] as const) {
	test.describe(`the ${lang} edition`, () => {
		// Every scene of this edition is walked to its drawn map, at three sizes, by labels.spec.ts.
		test('has the same scenes and its own language', async ({ page, watch }, info) => {
			test.skip(info.project.name !== 'desktop', 'the same pages on every screen: once is enough');
			await page.goto('/');
			const englishIds = await sceneIds(page);
			await page.goto(path);
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			await expect(page.locator('h1')).toHaveText(title);
			expect(await sceneIds(page)).toEqual(englishIds);
			const alternates = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((els) => els.map((e) => e.getAttribute('hreflang')));
			expect(alternates.sort()).toEqual(['en', 'ko', 'vi', 'x-default']);
			expect(watch.errors).toEqual([]);
			expect(watch.external).toEqual([]);
		});

		test('shows a scene with many labels in its own script', async ({ page }, info) => {
			await page.goto(`${path}?debug#tour-hanoi`);
			await expect(map(page)).toHaveAttribute('data-map-rendered', 'tour-hanoi');
			if (lang === 'ko') {
				expect(await page.evaluate(() => document.fonts.check('16px "Noto Sans KR"', '하노이'))).toBe(true);
				// Every label's font stack ends in the edition's face: MapLibre draws Hangul from it, not
				// from whatever the system has (on a box without CJK fonts the labels were boxes).
				const stacks = await page.evaluate(() => {
					type MapLike = { getStyle(): { layers: { id: string; type: string; layout?: Record<string, unknown> }[] } };
					const m = (document.querySelector('[data-map]') as HTMLElement & { storyMap?: () => MapLike }).storyMap!();
					return m.getStyle().layers.filter((l) => l.type === 'symbol' && l.layout?.['text-font']).map((l) => `${l.id}: ${String(l.layout!['text-font'])}`);
				});
				expect(stacks.length).toBeGreaterThan(0);
				expect(stacks.filter((s) => !s.endsWith('Noto Sans KR')), stacks.join('\n')).toEqual([]);
			}
			// The trigger line ?debug draws is for tests, not for the reader's picture.
			await page.screenshot({ path: `screenshots/editions/${lang}-tour-hanoi-${info.project.name}.png`, style: '[data-scroll-debug] { display: none }' });
		});
	});
}

test('switching language mid-story stays on the same scene', async ({ page }) => {
	await page.goto('/#us-1995');
	await expect(page.locator('html')).toHaveAttribute('data-active-scene', 'us-1995');
	await openBar(page);
	await page.locator('nav a[data-lang="vi"]').first().click();
	await expect(page).toHaveURL(/\/vi\/#us-1995$/);
	await expect(page.locator('html')).toHaveAttribute('data-active-scene', 'us-1995');
	await expect(map(page)).toHaveAttribute('data-map-scene', 'us-1995');
	await openBar(page);
	await page.locator('nav a[data-lang="ko"]').first().click();
	await expect(page).toHaveURL(/\/ko\/#us-1995$/);
	await expect(page.locator('[data-scene="us-1995"] h2')).toBeInViewport();
	await scrollToScene(page, 'cambodia-1978');
	await expect(page.locator('html')).toHaveAttribute('data-active-scene', 'cambodia-1978');
	await expect(page.locator('nav a[data-lang="en"]').first()).toHaveAttribute('href', /#cambodia-1978$/);
	await openBar(page);
	await page.locator('nav a[data-lang="en"]').first().click();
	await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/#cambodia-1978$/);
	await expect(page.locator('html')).toHaveAttribute('data-active-scene', 'cambodia-1978');
});
