import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { expect, map, openBar, openStory, sceneIds, scrollToScene, test } from './fixtures';

test.describe('reading for everyone', () => {
	test('axe finds no WCAG 2.2 AA violations on the story', async ({ page }) => {
		await page.goto('/#tour-hai-phong');
		await expect(map(page)).toHaveAttribute('data-map-rendered', 'tour-hai-phong');
		const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
		const summary = results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help} (${v.nodes[0]?.target.join(' ')})`);
		expect(summary).toEqual([]);
	});

	test('axe finds no WCAG 2.2 AA violations on the kiosk, playing or taken over', async ({ page }, info) => {
		test.skip(info.project.name !== 'desktop', 'the kiosk is a 1920×1080 screen');
		await page.setViewportSize({ width: 1920, height: 1080 });
		// No scene change during an analysis: a dwell longer than the test.
		await page.goto('/kiosk?dwell=600');
		await expect(page.locator('[data-kiosk-mode]')).toHaveAttribute('data-kiosk-mode', /autoplay|attract/);
		const check = async () => {
			const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
			return r.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help} (${v.nodes[0]?.target.join(' ')})`);
		};
		expect(await check()).toEqual([]);
		await page.mouse.click(960, 300);
		await expect(page.locator('[data-kiosk-mode]')).toHaveAttribute('data-kiosk-mode', 'visitor');
		expect(await check()).toEqual([]);
	});

	test('a keyboard-only reader can skip to the story and walk it to the end', async ({ page, watch }) => {
		await page.goto('/');
		const ids = await sceneIds(page);
		await page.keyboard.press('Tab');
		const skip = page.locator('a.skip');
		await expect(skip).toBeFocused();
		await expect(skip).toBeInViewport();
		await page.keyboard.press('Enter');
		await expect(page.locator('#story')).toBeFocused();
		// The story keys arrive with the chrome after first paint (the timeline is part of it); a key
		// pressed before that scrolls the page as the browser's own key would.
		await expect(page.locator('[data-timeline]')).toBeAttached();
		for (let i = 1; i < ids.length; i++) {
			await page.keyboard.press('ArrowDown');
			await expect(page.locator('html')).toHaveAttribute('data-active-scene', ids[i]!);
		}
		await expect(map(page)).toHaveAttribute('data-map-scene', ids[ids.length - 1]!);
		expect(watch.errors).toEqual([]);
	});

	test('scene changes are announced politely to screen readers', async ({ page }) => {
		await page.goto('/');
		const ids = await sceneIds(page);
		const live = page.locator('[data-announcer]');
		await expect(live).toHaveAttribute('aria-live', 'polite');
		await scrollToScene(page, ids[3]!);
		const title = await page.locator(`[data-scene="${ids[3]}"] h2`).innerText();
		await expect(live).toContainText(title);
		await expect(map(page).locator('canvas')).toHaveAttribute('aria-hidden', 'true');
	});

	test('the animation toggle turns motion off: scenes cut and routes appear whole', async ({ page }) => {
		await openStory(page);
		await expect(map(page)).toHaveAttribute('data-map-scene', 'summit-hanoi');
		await scrollToScene(page, 'minister-flight');
		await expect(map(page)).toHaveAttribute('data-map-scene', 'minister-flight');
		await expect(map(page)).toHaveAttribute('data-map-motion', 'fly');
		const toggle = page.locator('[data-motion]');
		await openBar(page);
		await toggle.click();
		await expect(toggle).toHaveAttribute('aria-pressed', 'true');
		await scrollToScene(page, 'us-1995');
		// Without motion the map jumps instead of flying.
		await expect(map(page)).toHaveAttribute('data-map-scene', 'us-1995');
		await expect(map(page)).toHaveAttribute('data-map-motion', 'jump');
		await expect(map(page)).toHaveAttribute('data-map-rendered', 'us-1995');
		await expect(map(page)).toHaveAttribute('data-map-layers', /line-relation/);
		// The choice survives a reload.
		await page.reload();
		await expect(page.locator('[data-motion]')).toHaveAttribute('aria-pressed', 'true');
	});

	test('"Explore the map" lets the reader move the map, and the story takes it back', async ({ page }) => {
		await page.goto('/#tour-hai-phong');
		await expect(map(page)).toHaveAttribute('data-map-rendered', 'tour-hai-phong');
		// Count the map's arrivals at a scene from here on (the controller sets data-map-scene on each).
		await map(page).evaluate((el) => {
			const w = window as unknown as { __arrivals: number };
			w.__arrivals = 0;
			new MutationObserver((list) => (w.__arrivals += list.length)).observe(el, { attributes: true, attributeFilter: ['data-map-scene'] });
		});
		const arrivals = () => page.evaluate(() => (window as unknown as { __arrivals: number }).__arrivals);
		const explore = page.locator('[data-explore]');
		await openBar(page);
		await explore.click();
		await expect(explore).toHaveAttribute('aria-pressed', 'true');
		const before = await map(page).screenshot();
		const box = (await map(page).boundingBox())!;
		const cx = box.x + box.width / 2;
		const cy = box.y + box.height / 2;
		await page.mouse.move(cx, cy);
		await page.mouse.down();
		await page.mouse.move(cx - 150, cy - 80, { steps: 8 });
		await page.mouse.up();
		// The drag moved the map, and the story left it where the reader put it.
		await expect.poll(async () => (await map(page).screenshot()).equals(before)).toBe(false);
		expect(await arrivals()).toBe(0);
		await openBar(page);
		await explore.click();
		await expect(explore).toHaveAttribute('aria-pressed', 'false');
		// Handing the camera back brings the map to the scene again.
		await expect.poll(arrivals).toBeGreaterThan(0);
		await expect(map(page)).toHaveAttribute('data-map-scene', 'tour-hai-phong');
	});

	for (const [path, name, heading] of [
		['/', 'Hai Phong', 'In the story:'],
		['/vi/', 'Hải Phòng', 'Trong câu chuyện:'],
		['/ko/', '하이퐁', '이야기 속 장면:']
	] as const) {
		test(`while exploring in ${path}, a place answers a tap or a key with its name and the scenes that mention it`, async ({ page, watch }) => {
			await page.goto(`${path}#tour-hai-phong`);
			await expect(map(page)).toHaveAttribute('data-map-rendered', 'tour-hai-phong');
			// Reading, the places are only drawn: nothing to tap or to tab to.
			await expect(page.locator('[data-place]')).toHaveCount(0);
			const explore = page.locator('[data-explore]');
			await openBar(page);
			await explore.click();
			const place = page.locator('[data-place="hai-phong"]');
			await expect(place).toHaveAccessibleName(name);
			await place.click();
			const popup = page.locator('[data-place-popup="hai-phong"]');
			await expect(popup).toBeVisible();
			await expect(popup).toContainText(name);
			await expect(popup).toContainText(heading);
			// The tour's scenes that show Hai Phong, each a link; the first goes back to the tour.
			const links = popup.locator('[data-place-scene]');
			await expect(links).not.toHaveCount(0);
			await expect(popup.locator('[data-place-scene="tour-hanoi"]')).toBeVisible();
			// The keyboard reaches the same place and opens it with Enter.
			await page.keyboard.press('Escape');
			await expect(popup).toHaveCount(0);
			await place.focus();
			await page.keyboard.press('Enter');
			await expect(popup).toBeVisible();
			// A link goes to its scene, and the story takes the map back.
			await popup.locator('[data-place-scene="tour-hanoi"]').click();
			await expect(page.locator('html')).toHaveAttribute('data-active-scene', 'tour-hanoi');
			await expect(explore).toHaveAttribute('aria-pressed', 'false');
			await expect(map(page)).toHaveAttribute('data-map-scene', 'tour-hanoi');
			await expect(page.locator('[data-place]')).toHaveCount(0);
			expect(watch.errors).toEqual([]);
		});
	}

	test('the page zooms to 200% without losing the text', async ({ page }, info) => {
		test.skip(info.project.name !== 'desktop', 'desktop zoom');
		await page.setViewportSize({ width: 640, height: 400 });
		await page.goto('/#minister-flight');
		const card = page.locator('[data-scene="minister-flight"] .card');
		await expect(card).toBeVisible();
		const { width } = (await card.boundingBox())!;
		expect(width).toBeLessThanOrEqual(640);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow).toBeLessThanOrEqual(0);
		mkdirSync('screenshots/reading', { recursive: true });
		await page.screenshot({ path: 'screenshots/reading/zoom-200.png' });
	});
});

test.describe('a deep link', () => {
	// A reader who follows a link to a scene sees that scene from the map's first frame: the map
	// starts at the scene's camera, framed with room for its labels and in its projection, so its
	// arrival has nothing left to move (a map framed without that room flew there, and compiled
	// its GPU programs for two projections on the way). Motion is on: \`jump\` here means still.
	for (const id of ['tour-hai-phong', 'singapore-2018']) {
		test(`to ${id} opens the map on it, with no flight there`, async ({ page }) => {
			await page.goto(`/#${id}`);
			await expect(page.locator('[data-motion]')).toHaveAttribute('aria-pressed', 'false');
			await expect(map(page)).toHaveAttribute('data-map-rendered', id);
			await expect(map(page)).toHaveAttribute('data-map-motion', 'jump');
		});
	}
});

test.describe('reduced motion from the system', () => {
	test.use({ reducedMotion: 'reduce' });
	test('is followed: the map jumps between scenes', async ({ page }) => {
		await openStory(page);
		await expect(page.locator('[data-motion]')).toHaveAttribute('aria-pressed', 'true');
		await expect(map(page)).toHaveAttribute('data-map-scene', 'summit-hanoi');
		await scrollToScene(page, 'singapore-2018');
		await expect(map(page)).toHaveAttribute('data-map-scene', 'singapore-2018');
		await expect(map(page)).toHaveAttribute('data-map-motion', 'jump');
	});
});
