/**
 * Size budgets of the built site (`build/`, after `npm run build`). The first group opens no page:
 * the figures are read from the files, so they are the same on every run. The map data a scene
 * needs depends on the screen (the tiles in view), so the second group counts what a browser
 * fetches, at three sizes, each file at its precompressed size in the build. The measurement lives in
 * `scripts/budgets.mjs`, shared with `npm run bench`.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Browser } from '@playwright/test';
import { parse as parseYaml } from 'yaml';
import { openStory } from './fixtures';
import { BUDGETS, START_DATA, formatTable, kb, measureBuild, servedGzip, summary, type Measurement } from '../../scripts/budgets.mjs';

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

	test('the map data is cut into vector tiles: the start GeoJSON is small, the tiles are there', () => {
		for (const f of m.startData.files) console.log(`  ${f.file}: ${kb(f.gzip)} gzip (${kb(f.raw)} raw)`);
		console.log(`start GeoJSON: ${kb(m.startData.gzip)} gzip; tiles: ${m.tiles.count} files (${m.tiles.empty} empty), ${kb(m.tiles.gzip)} gzip in all`);
		expect(m.missingStartData, 'data files the map fetches at start are missing from build/data').toEqual([]);
		for (const set of ['land-50m', 'coast-fine', 'countries', 'provinces', 'rivers']) expect(m.tiles.sets[set] ?? 0, `tiles of ${set}`).toBeGreaterThan(0);
	});

	test("the locator's outline is downloaded only when a scene zooms in (no page or initial script names it)", () => {
		for (const f of m.lazyData.files) console.log(`  ${f.file}: ${kb(f.gzip)} gzip (lazy)`);
		expect(m.lazyData.files.length, 'locator.json is not in build/data').toBeGreaterThan(0);
		expect(m.lazyDataReferencedBy, 'the prerendered pages or the initial scripts name lazy data').toEqual([]);
	});

	test('styles and fonts stay small (reported)', () => {
		console.log(
			`CSS: ${kb(m.initialCss.gzip)} gzip in the page + ${kb(m.lazyCss.gzip)} with the map; fonts: ${kb(m.fonts.raw)} woff2 in ${m.fonts.files.length} files`
		);
		expect(m.initialCss.files.length, 'the page links no stylesheet').toBeGreaterThan(0);
		expect(m.fonts.files.length, 'no self-hosted woff2 fonts in the build').toBeGreaterThan(0);
	});
});

/**
 * What the map fetches to draw a page, counted as served (the precompressed .gz beside each file),
 * each file once. `path` is opened in a fresh browser context at each size.
 */
async function dataFetched(browser: Browser, baseURL: string, path: string, size: { width: number; height: number }, scene: string) {
	const ctx = await browser.newContext({ viewport: size, baseURL, reducedMotion: 'reduce' });
	const page = await ctx.newPage();
	const fetched = new Set<string>();
	page.on('request', (r) => {
		const p = new URL(r.url()).pathname;
		if (p.startsWith('/data/')) fetched.add(p);
	});
	if (path === '/') await openStory(page);
	else await page.goto(path);
	await expect(page.locator('[data-map]')).toHaveAttribute('data-map-rendered', scene, { timeout: 30_000 });
	await ctx.close();
	const files = [...fetched].map((p) => ({ path: p, gzip: servedGzip('build', p) }));
	return { files, gzip: files.reduce((n, f) => n + f.gzip, 0) };
}

const SIZES = [
	{ width: 390, height: 844 },
	{ width: 1280, height: 800 },
	{ width: 1920, height: 1080 }
];

test.describe('map data per scene, as a browser fetches it', () => {
	test.beforeEach(({}, info) => test.skip(info.project.name !== 'desktop', 'each test opens its own screens'));

	test('the first scene fetches at most 60 KB gzip of map data, and only its GeoJSON and tiles', async ({ browser, baseURL }) => {
		const [first] = readFileSync('build/index.html', 'utf8').match(/data-scene="([^"]+)"/)?.slice(1) ?? [];
		for (const size of SIZES) {
			const d = await dataFetched(browser, baseURL!, '/', size, first!);
			console.log(`first scene at ${size.width}×${size.height}: ${kb(d.gzip)} gzip in ${d.files.length} files (budget ${kb(BUDGETS.startDataGzip)})`);
			for (const f of d.files) {
				const name = f.path.replace(/^\/data\//, '');
				expect(START_DATA.includes(name) || name.startsWith('tiles/'), `${f.path} is fetched for the first scene`).toBe(true);
				// The close-up layers wait for a close-up.
				expect(name, 'the fine coast, the provinces or the rivers are fetched for the first scene').not.toMatch(/^tiles\/(coast-fine|provinces|rivers)\//);
			}
			expect(d.gzip, `first scene at ${size.width}×${size.height}:\n${d.files.map((f) => `  ${f.path} ${kb(f.gzip)}`).join('\n')}`).toBeLessThanOrEqual(
				BUDGETS.startDataGzip
			);
		}
	});

	test('a deep link into any close-up fetches at most 100 KB gzip of map data', async ({ browser, baseURL }) => {
		// Close-ups: the scenes whose static map (800×560) is drawn at the provinces' zoom or closer;
		// on a 1920×1080 screen the live map goes about one zoom closer still.
		const settings = (parseYaml(readFileSync('src/content/story.yaml', 'utf8')) as { settings: { basemap: { detailZoom: number } } }).settings;
		const closeUps = readdirSync('build/static-maps')
			.filter((f) => /^[^.]+\.svg$/.test(f))
			.map((f) => ({ id: f.replace(/\.svg$/, ''), zoom: Number(/data-zoom="([\d.]+)"/.exec(readFileSync(`build/static-maps/${f}`, 'utf8'))?.[1] ?? 0) }))
			.filter((s) => s.zoom >= settings.basemap.detailZoom - 1);
		expect(closeUps.length, 'no close-up scene found').toBeGreaterThan(0);
		for (const { id } of closeUps) {
			for (const size of [SIZES[0]!, SIZES[2]!]) {
				const d = await dataFetched(browser, baseURL!, `/#${id}`, size, id);
				console.log(`close-up ${id} at ${size.width}×${size.height}: ${kb(d.gzip)} gzip in ${d.files.length} files (budget ${kb(BUDGETS.closeUpDataGzip)})`);
				expect(d.gzip, `${id} at ${size.width}×${size.height}:\n${d.files.map((f) => `  ${f.path} ${kb(f.gzip)}`).join('\n')}`).toBeLessThanOrEqual(
					BUDGETS.closeUpDataGzip
				);
			}
		}
	});
});

test.describe('fonts a page fetches', () => {
	test.beforeEach(({}, info) => test.skip(info.project.name !== 'desktop', 'the same files on every screen'));

	for (const [path, full] of [
		['/', false],
		['/vi/', false],
		['/ko/', true]
	] as const) {
		test(`${path}: the 1 KB face of 한국어 for the language switch${full ? ', and the Korean text face' : ', never the 56 KB Korean faces'}`, async ({ page }) => {
			const fonts: string[] = [];
			page.on('request', (r) => {
				if (r.url().endsWith('.woff2')) fonts.push(new URL(r.url()).pathname);
			});
			await openStory(page, path);
			await expect(page.locator('[data-map]')).toHaveAttribute('data-map-rendered', /.+/, { timeout: 30_000 });
			// Every face the page asked for has arrived: the switch's 한국어 is drawn in the small face.
			const loaded = await page.evaluate(async () => {
				await document.fonts.ready;
				return [...document.fonts].filter((f) => f.family.includes('Noto Sans KR') && f.status === 'loaded').map((f) => `${f.weight} ${f.unicodeRange}`);
			});
			expect(loaded).toContain('400 U+AD6D, U+C5B4, U+D55C');
			expect(loaded.some((f) => f.includes('U+AC00-D7A3')), `loaded Korean faces: ${loaded.join('; ')}`).toBe(full);
			expect(fonts.some((f) => /noto-sans-kr-names-400\./.test(f)), `fetched: ${fonts.join(', ')}`).toBe(true);
			expect(fonts.some((f) => /noto-sans-kr-(400|700)\./.test(f)), `fetched: ${fonts.join(', ')}`).toBe(full);
		});
	}
});
