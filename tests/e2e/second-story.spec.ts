/**
 * A second story, built by the same engine from its own folder (tests/fixtures/singapore-2018,
 * `STORY_DIR=… BUILD_DIR=build-fixture npm run build`, served on its own port): one edition, its
 * own chapters, places, lines, basemap, timeline and credits. Walking it proves the engine knows no
 * story of its own.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, map, mapAt, sceneIds, scrollToScene, test } from './fixtures';

const story = parse(readFileSync('tests/fixtures/singapore-2018/story.yaml', 'utf8')) as {
	title: string;
	settings: { chapters: Record<string, string>; lineKinds: Record<string, { label: string }>; timeline: { label: string }; credits: { text: string } };
	scenes: { id: string; title: string; chapter: string }[];
};

test.describe('the second story', () => {
	test('walks scene by scene: its own text, map, legend, timeline and credits', async ({ page, watch }, info) => {
		await page.goto('/');
		await expect(page.locator('h1')).toHaveText(story.title);
		expect(await sceneIds(page)).toEqual(story.scenes.map((s) => s.id));
		// One edition: no language switch, no other edition's page.
		await expect(page.locator('nav.langs')).toHaveCount(0);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		for (const s of story.scenes) {
			const step = page.locator(`[data-scene="${s.id}"]`);
			await expect(step.locator('h2')).toHaveText(s.title);
			await expect(step.locator('.chapter')).toHaveText(story.settings.chapters[s.chapter]!);
			await scrollToScene(page, s.id);
			await expect(page.locator('html')).toHaveAttribute('data-active-scene', s.id);
			await mapAt(page, s.id, 'rendered');
			await page.screenshot({ path: `screenshots/${info.project.name}/second-story-${s.id}.png` });
		}
		// The legend names this story's kinds of line, in its words.
		const labels = Object.values(story.settings.lineKinds).map((k) => k.label);
		const legend = await page.locator('[data-legend-item]').allTextContents();
		expect(legend.some((t) => labels.some((l) => t.includes(l)))).toBe(true);
		await expect(page.locator('[data-timeline]')).toHaveAttribute('aria-label', story.settings.timeline.label);
		await expect(page.locator('footer.credits')).toContainText(story.settings.credits.text.slice(0, 60));
		// Its static maps are its own.
		const res = await page.request.get(`/static-maps/${story.scenes[0]!.id}.svg`);
		expect(res.ok()).toBe(true);
		expect(await res.text()).toContain(`data-scene="${story.scenes[0]!.id}"`);
		expect(watch.errors).toEqual([]);
		expect(watch.external).toEqual([]);
	});

	test('an explicit camera (center and zoom) is where the map goes', async ({ page }) => {
		const withCamera = parse(readFileSync('tests/fixtures/singapore-2018/story.yaml', 'utf8')).scenes.find(
			(s: { map: { camera?: { center?: number[] } } }) => s.map.camera?.center
		) as { id: string; map: { camera: { center: [number, number]; zoom: number } } };
		await page.goto(`/#${withCamera.id}`);
		await expect(map(page)).toHaveAttribute('data-map-scene', withCamera.id);
		// The helper shows the map's camera: it is the scene's own.
		await page.goto(`/?camera#${withCamera.id}`);
		await expect(map(page)).toHaveAttribute('data-map-scene', withCamera.id);
		const yaml = page.locator('[data-camera-yaml]');
		await expect(yaml).toContainText(`zoom: ${withCamera.map.camera.zoom}`);
		await expect(yaml).toContainText(`center: [${withCamera.map.camera.center.map((n) => Number(n.toFixed(4))).join(', ')}]`);
	});
});
