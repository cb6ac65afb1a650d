import { expect, map, mapAt, openStory, test } from './fixtures';

test.describe('orientation', () => {
	test('clicking a timeline mark goes to its scene', async ({ page }, info) => {
		test.skip(info.project.name !== 'desktop', 'on phones the marks are too close to tap: the scene menu is tested there');
		await openStory(page);
		await expect(map(page)).toHaveAttribute('data-map-scene', 'summit-hanoi');
		await page.locator('[data-timeline-mark="cambodia-1978"]:not([data-timeline-event])').click();
		await expect(page.locator('html')).toHaveAttribute('data-active-scene', 'cambodia-1978');
		await expect(map(page)).toHaveAttribute('data-map-scene', 'cambodia-1978');
		await expect(page.locator('[data-timeline-mark="cambodia-1978"][aria-current="step"]')).toHaveCount(1);
		// An event without a scene of its own leads to the scene that tells about it.
		await page.locator('[data-timeline-event][data-timeline-mark="visit-1958"]').click();
		await expect(page.locator('html')).toHaveAttribute('data-active-scene', 'visit-1958');
	});

	test('the scene menu goes to any scene and follows the reader', async ({ page }) => {
		await openStory(page);
		await expect(map(page)).toHaveAttribute('data-map-scene', 'summit-hanoi');
		const menu = page.locator('[data-scene-select]');
		await menu.selectOption('kim-jong-nam-2017');
		await expect(page.locator('html')).toHaveAttribute('data-active-scene', 'kim-jong-nam-2017');
		await expect(map(page)).toHaveAttribute('data-map-scene', 'kim-jong-nam-2017');
		await expect(menu).toHaveValue('kim-jong-nam-2017');
		await page.keyboard.press('Escape');
	});

	test('the locator inset appears only when the map is zoomed in', async ({ page }, info) => {
		test.skip(info.project.name !== 'desktop', 'the inset shows on phones only while exploring');
		await page.goto('/#tour-hai-phong');
		await expect(map(page)).toHaveAttribute('data-map-rendered', 'tour-hai-phong');
		await expect(page.locator('[data-locator]')).toBeVisible();
		// The land outline comes with it (fetched once the map first zooms in).
		await expect(page.locator('[data-locator] path')).toHaveAttribute('d', /^M-?[\d.]+ -?[\d.]+L/);
		await page.goto('/#us-1995');
		await expect(map(page)).toHaveAttribute('data-map-rendered', 'us-1995');
		await expect(page.locator('[data-locator]')).toHaveCount(0);
	});

	for (const id of ['minister-flight', 'tour-quang-ninh', 'cambodia-1978', 'us-1995']) {
		test(`the legend matches what the map draws in ${id}`, async ({ page }, info) => {
			test.skip(info.project.name !== 'desktop', 'the legend shows on phones only while exploring');
			await page.emulateMedia({ reducedMotion: 'reduce' });
			await page.goto(`/#${id}`);
			await mapAt(page, id, 'rendered');
			const drawn = ((await map(page).getAttribute('data-map-layers')) ?? '').split(' ').filter(Boolean).sort();
			const legend = (await page.locator('[data-legend-item]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.legendItem!))).sort();
			expect(drawn.length).toBeGreaterThan(0);
			expect(legend).toEqual(drawn);
		});
	}

	test('charts show the distances and the economy as accessible figures', async ({ page }) => {
		await page.goto('/#singapore-2018');
		const chart = page.locator('[data-chart="singapore-2018-chart"]');
		await expect(chart).toBeVisible();
		await expect(chart.locator('svg[role="img"]')).toHaveAttribute('aria-labelledby', 'singapore-2018-chart-title');
		const items = await chart.locator('ul li').allInnerTexts();
		expect(items).toHaveLength(2);
		const km = items.map((t) => Number(t.replace(/[^\d]/g, '')));
		expect(km[0]).toBeGreaterThan(2500); // Pyongyang–Hanoi
		expect(km[1]).toBeGreaterThan(km[0]!); // Singapore is farther
		await expect(page.locator('[data-chart="doi-moi-1986-chart"] ul li').last()).toContainText('2,400');
		await chart.screenshot({ path: `screenshots/chart-${test.info().project.name}.png` });
	});
});
