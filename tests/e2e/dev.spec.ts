/**
 * The author's live loop: `npm run dev` on a copy of a story folder. An edit to story.yaml reloads
 * the page with the new text; a mistake shows in the browser (Vite's error overlay) with the same
 * `file: scene: reason` line the build prints; fixing it brings the page back.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';

const PORT = Number(process.env.DEV_TEST_PORT || 4181);
const ORIGIN = `http://127.0.0.1:${PORT}`;

let dir: string;
let server: ChildProcess | undefined;
let log = '';

test.describe.configure({ mode: 'serial' });
test.beforeAll(async ({}, info) => {
	if (info.project.name !== 'desktop') return;
	dir = mkdtempSync(join(tmpdir(), 'story-dev-'));
	cpSync('tests/fixtures/singapore-2018', dir, { recursive: true });
	server = spawn('npx', ['vite', 'dev', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], {
		env: { ...process.env, STORY_DIR: dir },
		detached: true,
		stdio: ['ignore', 'pipe', 'pipe']
	});
	server.stdout?.on('data', (b) => (log += String(b)));
	server.stderr?.on('data', (b) => (log += String(b)));
	// Up when it answers (the first request also makes Vite prepare its dependencies).
	await expect
		.poll(
			async () => {
				try {
					return (await fetch(ORIGIN + '/')).status;
				} catch {
					return 0;
				}
			},
			{ timeout: 90_000, intervals: [500] }
		)
		.toBe(200);
});

test.afterAll(() => {
	if (server?.pid) {
		try {
			process.kill(-server.pid, 'SIGTERM');
		} catch {
			/* already gone */
		}
	}
	if (dir) rmSync(dir, { recursive: true, force: true });
});

test('an edit reloads the page; a mistake shows in the overlay; the fix brings the page back', async ({ page }, info) => {
	test.skip(info.project.name !== 'desktop', 'one dev server, once');
	test.setTimeout(180_000);
	const file = join(dir, 'story.yaml');
	const original = readFileSync(file, 'utf8');
	const title = /^title: "(.*)"$/m.exec(original)![1]!;
	// The page reloads on an edit once Vite's client is connected to the server: wait for that (on a
	// clean clone the first load also makes Vite optimise its dependencies, which takes a while).
	const connected = page.waitForEvent('console', { predicate: (m) => m.text().includes('[vite] connected'), timeout: 90_000 });
	await page.goto(ORIGIN + '/');
	await expect(page.locator('h1')).toHaveText(title, { timeout: 60_000 });
	await connected;

	// An edit: the page reloads by itself with the new title.
	const edited = original.replace(`title: "${title}"`, 'title: "Edited while the server runs"');
	writeFileSync(file, edited);
	await expect(page.locator('h1')).toHaveText('Edited while the server runs', { timeout: 30_000 });

	// A mistake: a scene names a place that does not exist. The overlay says where and why.
	const firstPlaces = /^ {6}places: \[([^\]]+)\]/m.exec(edited)!;
	const broken = edited.replace(firstPlaces[0], firstPlaces[0].replace(firstPlaces[1]!, `${firstPlaces[1]}, no-such-place`));
	writeFileSync(file, broken);
	const overlay = page.locator('vite-error-overlay');
	await expect(overlay).toBeAttached({ timeout: 30_000 });
	await expect(overlay.locator('.message-body')).toContainText('names unknown place "no-such-place"');
	await expect(overlay.locator('.message-body')).toContainText('story.yaml: scene');

	// The fix: the overlay goes and the page is back.
	writeFileSync(file, edited);
	await expect(page.locator('h1')).toHaveText('Edited while the server runs', { timeout: 30_000 });
	await expect(overlay).toHaveCount(0);
	expect(log).toContain('names unknown place "no-such-place"');
});
