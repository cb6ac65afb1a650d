/**
 * Labels never collide: in every scene, in every edition, at 390×844, 1280×800 and 1920×1080, no
 * label the map draws (the story's places, the context labels) overlaps another label, a place's
 * marker or a drawn line, and none runs off the edge of the map or under the page's controls. Read from MapLibre's own placement: every box it placed this frame (texts,
 * markers, and the invisible obstacles along the scene's lines), checked pair by pair. Waits on the
 * map's `data-map-rendered` hook (the scene drawn, every tile placed), never on the clock. This is
 * also the walk that brings every scene of every edition to its drawn map, with no error and no
 * request leaving the site.
 */
import { expect, mapAt, sceneIds, scrollToScene, test } from './fixtures';
import type { Page } from '@playwright/test';

const SIZES = [
	{ width: 390, height: 844 },
	{ width: 1280, height: 800 },
	{ width: 1920, height: 1080 }
];
const EDITIONS = ['/', '/vi/', '/ko/'];

/** Pairs of placed boxes that overlap where at least one is a label (not two markers or obstacles). */
async function collisions(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		type Key = { bucketInstanceId: number; featureIndex: number; overlapMode: string };
		type MapLike = {
			style: { placement: { collisionIndex: { grid: { boxKeys: Key[]; bboxes: number[] }; transform: { width: number; height: number } } } };
			queryRenderedFeatures(p: [number, number]): { layer: { id: string }; properties: Record<string, unknown> }[];
		};
		const el = document.querySelector('[data-map]') as HTMLElement & { storyMap?: () => MapLike };
		const m = el.storyMap?.();
		if (!m) return ['no map (open with ?debug)'];
		const { grid, transform } = m.style.placement.collisionIndex;
		const boxes = grid.boxKeys.map((key, i) => ({
			key,
			x1: grid.bboxes[4 * i]! - 100,
			y1: grid.bboxes[4 * i + 1]! - 100,
			x2: grid.bboxes[4 * i + 2]! - 100,
			y2: grid.bboxes[4 * i + 3]! - 100
		}));
		const onScreen = boxes.filter((b) => b.x2 > 0 && b.y2 > 0 && b.x1 < transform.width && b.y1 < transform.height);
		const name = (b: (typeof boxes)[number]) => {
			const hit = m.queryRenderedFeatures([(b.x1 + b.x2) / 2, (b.y1 + b.y2) / 2]).find((f) => f.layer.id !== 'lines-obstacles');
			return `${hit ? `${hit.layer.id}:${String(hit.properties.name ?? hit.properties.id ?? '?')}` : 'obstacle'} (${b.key.overlapMode})`;
		};
		const out: string[] = [];
		for (let i = 0; i < onScreen.length; i++) {
			for (let j = i + 1; j < onScreen.length; j++) {
				const a = onScreen[i]!;
				const b = onScreen[j]!;
				if (a.key.overlapMode !== 'never' && b.key.overlapMode !== 'never') continue;
				if (a.key.bucketInstanceId === b.key.bucketInstanceId && a.key.featureIndex === b.key.featureIndex) continue;
				const w = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
				const h = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
				if (w > 0.5 && h > 0.5) out.push(`${name(a)} × ${name(b)}`);
			}
		}
		return out;
	});
}

/**
 * Labels cut short or covered: MapLibre draws a label whose box crosses the map's edge, cut there,
 * and one under the page's legend, timeline or controls (the timeline is translucent: it shows
 * through). Every box it placed this frame that is partly off the map, or whose corners or middle
 * are not the map's canvas to the eye, but for the places' markers (a place at the very edge keeps
 * its dot) and the invisible obstacles.
 */
async function offMap(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		type Key = { bucketInstanceId: number; featureIndex: number };
		type Query = { bucketIndex: number; featureIndex: { bucketLayerIDs: string[][] } };
		type MapLike = {
			style: { placement: { retainedQueryData: Record<number, Query>; collisionIndex: { grid: { boxKeys: Key[]; bboxes: number[] }; transform: { width: number; height: number } } } };
		};
		const m = (document.querySelector('[data-map]') as HTMLElement & { storyMap?: () => MapLike }).storyMap?.();
		if (!m) return ['no map (open with ?debug)'];
		const { placement } = m.style;
		const { grid, transform } = placement.collisionIndex;
		const canvasEl = document.querySelector('[data-map] canvas.maplibregl-canvas');
		const canvas = canvasEl!.getBoundingClientRect();
		const out: string[] = [];
		grid.boxKeys.forEach((key, i) => {
			const [x1, y1, x2, y2] = [0, 1, 2, 3].map((k) => grid.bboxes[4 * i + k]! - 100) as [number, number, number, number];
			const on = x2 > 0 && y2 > 0 && x1 < transform.width && y1 < transform.height;
			const off = x1 < 0 || y1 < 0 || x2 > transform.width || y2 > transform.height;
			if (!on) return;
			const q = placement.retainedQueryData[key.bucketInstanceId];
			const layers = q?.featureIndex.bucketLayerIDs[q.bucketIndex] ?? ['?'];
			if (layers.some((l) => /-dot$|^lines-obstacles$|^map-frame$/.test(l))) return;
			const at = `${layers.join('+')} #${key.featureIndex} at [${[x1, y1, x2, y2].map(Math.round).join(', ')}]`;
			if (off) {
				out.push(`${at} runs off the ${transform.width}×${transform.height} map`);
				return;
			}
			// What the reader sees at its corners and middle: the map, or what covers it there.
			const seen = [
				[x1 + 1.5, y1 + 1.5],
				[x2 - 1.5, y1 + 1.5],
				[x1 + 1.5, y2 - 1.5],
				[x2 - 1.5, y2 - 1.5],
				[(x1 + x2) / 2, (y1 + y2) / 2]
			].map(([x, y]) => document.elementFromPoint(canvas.left + x!, canvas.top + y!));
			const onMap = seen.filter((el) => el === canvasEl).length;
			if (onMap < seen.length) {
				const over = seen.find((el) => el !== canvasEl);
				out.push(`${at} is under ${over ? `${over.tagName.toLowerCase()}.${[...over.classList].join('.')}` : 'nothing'}`);
			}
		});
		return out;
	});
}

/** The scene's places whose marker is on screen but whose name the map did not place. */
async function unnamed(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		type MapLike = {
			getFilter(id: string): unknown;
			getCanvas(): HTMLCanvasElement;
			project(p: [number, number]): { x: number; y: number };
			queryRenderedFeatures(q?: unknown, o?: { layers: string[] }): { layer: { id: string }; properties: { id: string }; geometry: { coordinates: [number, number] } }[];
		};
		const m = (document.querySelector('[data-map]') as HTMLElement & { storyMap?: () => MapLike }).storyMap?.();
		if (!m) return ['no map (open with ?debug)'];
		const ids = (id: string) => ((m.getFilter(id) as [string, unknown, [string, string[]]])?.[2]?.[1] ?? []) as string[];
		const wanted = [...ids('places'), ...ids('places-focus')];
		const named = new Set(m.queryRenderedFeatures(undefined, { layers: ['places', 'places-focus'] }).map((f) => f.properties.id));
		const { width, height } = m.getCanvas().getBoundingClientRect();
		const shown = m.queryRenderedFeatures(undefined, { layers: ['places-dot', 'places-focus-dot'] }).filter((f) => {
			const p = m.project(f.geometry.coordinates);
			return p.x >= 0 && p.y >= 0 && p.x <= width && p.y <= height;
		});
		return [...new Set(shown.map((f) => f.properties.id))].filter((id) => wanted.includes(id) && !named.has(id));
	});
}

test.describe('labels', () => {
	test.use({ reducedMotion: 'reduce' });
	for (const path of EDITIONS) {
		test(`never collide, are never cut short, and name every place shown, in ${path}, at every size, in every scene`, async ({ page, watch }, info) => {
			test.skip(info.project.name !== 'desktop', 'the three sizes are walked here');
			test.setTimeout(300_000);
			const found: string[] = [];
			for (const size of SIZES) {
				// A fresh page at each size: the map and its placement start from that screen.
				await page.setViewportSize(size);
				await page.goto(`${path}?debug`);
				const ids = await sceneIds(page);
				for (const id of ids) {
					await scrollToScene(page, id);
					await mapAt(page, id, 'rendered');
					for (const c of await collisions(page)) found.push(`${size.width}×${size.height} ${id}: ${c}`);
					// No label is cut by the map's edge or under the page's controls (layers/frame.ts).
					for (const c of await offMap(page)) found.push(`${size.width}×${size.height} ${id}: ${c}`);
					// Every place the scene shows is named: a marker without its name tells the reader nothing.
					for (const p of await unnamed(page)) found.push(`${size.width}×${size.height} ${id}: ${p} drawn without its name`);
				}
			}
			expect(found, found.join('\n')).toEqual([]);
			expect(watch.errors).toEqual([]);
			expect(watch.external).toEqual([]);
		});
	}
});

test.describe('a highlighted country', () => {
	test.use({ reducedMotion: 'reduce' });
	// North Korea's name has its own point in the middle of the whole country (scene-labels.ts gives
	// each scene another). The 1953 armistice scene frames Pyongyang, Panmunjom and Seoul: the country
	// fills the top half of the map, and its own point is under the scene menu at 1280×800 and above
	// a phone's map. In the first scene Pyongyang's name took the own point's place.
	const CASES = [
		{ id: 'armistice-1953', size: SIZES[0]!, label: 'prk-label' },
		{ id: 'armistice-1953', size: SIZES[1]!, label: 'prk-label' },
		{ id: 'summit-hanoi', size: SIZES[1]!, label: 'prk-label' }
	];
	test('is named where its own point is off the map, under the controls or taken', async ({ page, watch }, info) => {
		test.skip(info.project.name !== 'desktop', 'the sizes are walked here');
		for (const { id, size, label } of CASES) {
			await page.setViewportSize(size);
			await page.goto('/?debug');
			await scrollToScene(page, id);
			await mapAt(page, id, 'rendered');
			const named = await page.evaluate(() => {
				type MapLike = { queryRenderedFeatures(q?: unknown, o?: { layers: string[] }): { properties: { id: string } }[] };
				const m = (document.querySelector('[data-map]') as HTMLElement & { storyMap?: () => MapLike }).storyMap?.();
				return [...new Set(m?.queryRenderedFeatures(undefined, { layers: ['context-land', 'context-land-scene'] }).map((f) => f.properties.id))];
			});
			expect(named, `${id} at ${size.width}×${size.height}`).toContain(label);
		}
		const svg = await (await page.request.get('/static-maps/armistice-1953.svg')).text();
		expect(svg).toMatch(/<text data-context="prk-label"[^>]*>NORTH KOREA</);
		expect(watch.errors).toEqual([]);
	});
});
