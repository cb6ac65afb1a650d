/**
 * Size budgets of the built site (`build/`, after `npm run build`). No page is opened: the figures
 * are read from the files, so they are the same on every run. The measurement lives in
 * `scripts/budgets.mjs`, shared with `npm run bench`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { openStory } from './fixtures';
import { formatTable, kb, measureBuild, summary, type Measurement } from '../../scripts/budgets.mjs';

let m: Measurement;

test.describe('size budgets of the built story', () => {
	test.beforeAll(({}, info) => {
		// The build is the same for every browser project: measure and report it once.
		test.skip(info.project.name !== 'desktop', 'the build is the same for every project; measured on desktop');
		m = measureBuild({ buildDir: 'build' });
		console.log(`\nSize budgets of build/ (gzip, 1 KB = 1024 B)\n${formatTable(m)}\n`);
		mkdirSync('test-results', { recursive: true });
		writeFileSync('test-results/budgets.json', JSON.stringify(summary(m), null, 2) + '\n');
	});

	test("the story's JavaScript before the map stays under 40 KB gzip", () => {
		console.log(`JS before the map: ${kb(m.initialJs.gzip)} gzip in ${m.initialJs.files.length} files (budget ${kb(m.budgets.initialJsGzip)})`);
		expect(m.initialJs.files.length, 'index.html loads no scripts?').toBeGreaterThan(0);
		expect(m.initialJs.gzip, `JS before the map is ${kb(m.initialJs.gzip)} gzip:\n${formatTable(m)}`).toBeLessThanOrEqual(
			m.budgets.initialJsGzip
		);
	});

	test('the map library and its worker wait until the text is on screen (not in the initial scripts)', () => {
		expect(m.mapChunk, 'no built chunk contains maplibre-gl').not.toBeNull();
		expect(m.worker, 'no maplibre-gl-worker asset in build/_app/immutable/assets').not.toBeNull();
		console.log(`map chunk: ${m.mapChunk?.file} ${kb(m.mapChunk?.gzip ?? 0)} gzip; worker: ${m.worker?.file} ${kb(m.worker?.gzip ?? 0)} gzip`);
		expect(m.mapChunkInInitialSet, `${m.mapChunk?.file} is loaded before the map`).toBe(false);
		expect(m.workerInInitialSet, `${m.worker?.file} is named by the page or its initial scripts`).toBe(false);
		expect(m.initialJs.files.map((f) => f.file)).not.toContain(m.mapChunk?.file);
	});

	test("the first scene's map data stays under 150 KB gzip", () => {
		for (const f of m.startData.files) console.log(`  ${f.file}: ${kb(f.gzip)} gzip (${kb(f.raw)} raw)`);
		console.log(`first scene data: ${kb(m.startData.gzip)} gzip (budget ${kb(m.budgets.startDataGzip)})`);
		expect(m.missingStartData, 'data files the map fetches at start are missing from build/data').toEqual([]);
		expect(m.startData.gzip, `first scene data is ${kb(m.startData.gzip)} gzip:\n${formatTable(m)}`).toBeLessThanOrEqual(
			m.budgets.startDataGzip
		);
	});

	test('the detailed coast is downloaded only when a scene zooms in', () => {
		for (const f of m.lazyData.files) console.log(`  ${f.file}: ${kb(f.gzip)} gzip (lazy)`);
		expect(m.lazyData.files.length, 'coast-fine.json / land-10m.json are not in build/data').toBeGreaterThan(0);
		expect(m.lazyDataReferencedBy, 'the prerendered pages or the initial scripts name the lazy coast data').toEqual([]);
	});

	test('styles and fonts stay small (reported)', () => {
		console.log(
			`CSS: ${kb(m.initialCss.gzip)} gzip in the page + ${kb(m.lazyCss.gzip)} with the map; fonts: ${kb(m.fonts.raw)} woff2 in ${m.fonts.files.length} files`
		);
		expect(m.initialCss.files.length, 'the page links no stylesheet').toBeGreaterThan(0);
		expect(m.fonts.files.length, 'no self-hosted woff2 fonts in the build').toBeGreaterThan(0);
	});
});

test('the first scene fetches only the data files counted in its budget', async ({ page }, info) => {
	test.skip(info.project.name !== 'desktop', 'measured once');
	const { START_DATA } = await import('../../scripts/budgets.mjs');
	const fetched: string[] = [];
	page.on('request', (r) => {
		const m = /\/data\/([^/?#]+)$/.exec(new URL(r.url()).pathname);
		if (m) fetched.push(m[1]!);
	});
	await openStory(page);
	await expect(page.locator('[data-map]')).toHaveAttribute('data-map-rendered', /.+/);
	expect(fetched.length).toBeGreaterThan(0);
	for (const f of fetched) expect(START_DATA, `${f} is fetched for the first scene`).toContain(f);
});
