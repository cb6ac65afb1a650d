/**
 * The Content-Security-Policy of the built site (svelte.config.js `kit.csp`, a meta tag in every
 * prerendered page) and the host headers file (static/_headers): the policy is strict, and reading
 * the whole story under it breaks nothing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, map, sceneIds, scrollToScene, test } from './fixtures';

const LANG_PAGES = ['/', '/vi/', '/ko/'];

interface Violation {
	directive: string;
	blocked: string;
	source: string;
	sample: string;
}

/** Record every CSP violation the page reports, from the first script on. */
async function recordViolations(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const w = window as unknown as { __cspViolations: unknown[] };
		w.__cspViolations = [];
		document.addEventListener('securitypolicyviolation', (e) => {
			w.__cspViolations.push({
				directive: e.effectiveDirective || e.violatedDirective,
				blocked: e.blockedURI,
				source: `${e.sourceFile}:${e.lineNumber}`,
				sample: e.sample
			});
		});
	});
}

const violations = (page: Page) =>
	page.evaluate(() => (window as unknown as { __cspViolations?: Violation[] }).__cspViolations ?? []);

/** The page's CSP meta tag as a map of directive → sources. */
async function metaPolicy(page: Page): Promise<Map<string, string[]>> {
	const meta = page.locator('meta[http-equiv="content-security-policy" i]');
	await expect(meta, 'the page has no CSP meta tag').toHaveCount(1);
	const content = (await meta.getAttribute('content')) ?? '';
	return new Map(
		content
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.filter((parts) => parts[0])
			.map(([name, ...sources]) => [name!.toLowerCase(), sources])
	);
}

test.describe('content security policy', () => {
	for (const path of LANG_PAGES) {
		test(`${path} allows only its own scripts (no inline script without a hash)`, async ({ page }) => {
			await page.goto(path);
			const policy = await metaPolicy(page);
			const scripts = policy.get('script-src') ?? [];
			expect(scripts, 'script-src').toContain("'self'");
			expect(scripts, "script-src must not allow 'unsafe-inline'").not.toContain("'unsafe-inline'");
			expect(scripts, "script-src must not allow 'unsafe-eval'").not.toContain("'unsafe-eval'");
			expect(scripts.some((s) => s.startsWith("'sha256-")), 'SvelteKit hashes its inline bootstrap script').toBe(true);
			expect(policy.get('default-src')).toEqual(["'self'"]);
			expect(policy.get('object-src')).toEqual(["'none'"]);
			expect(policy.get('base-uri')).toEqual(["'self'"]);
			expect(policy.get('connect-src')).toContain("'self'");
			expect(policy.get('worker-src')).toContain("'self'");
			// Ignored in a meta tag (and logged as a console error): it belongs in _headers.
			expect(policy.has('frame-ancestors')).toBe(false);
		});
	}

	// Walking every scene under the policy: the `watch` fixture turns every CSP violation into a
	// console error, and the story walks (story.spec.ts, both projects; editions.spec.ts, /vi/ and
	// /ko/) assert there is none.

	test('the kiosk plays a whole loop under the policy: every scene, the attract title, autoplay again', async ({ page, watch }, info) => {
		test.skip(info.project.name !== 'desktop', 'the kiosk is a 1920×1080 screen: once is enough');
		// Prerendered as build/kiosk.html (URL /kiosk) or build/kiosk/index.html (URL /kiosk/).
		const query = '?dwell=0.3';
		const url = existsSync('build/kiosk.html') ? `/kiosk${query}` : existsSync('build/kiosk/index.html') ? `/kiosk/${query}` : null;
		test.skip(url === null && !existsSync('build/kiosk'), 'no kiosk in this build (build/kiosk, build/kiosk.html)');
		await recordViolations(page);
		// The kiosk's modes as they change (the attract title lasts one second here: recorded, not polled).
		await page.addInitScript(() => {
			const w = window as unknown as { __modes: string[] };
			w.__modes = [];
			new MutationObserver(() => {
				const mode = document.querySelector<HTMLElement>('[data-kiosk-mode]')?.dataset.kioskMode;
				if (mode && mode !== w.__modes.at(-1)) w.__modes.push(mode);
			}).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-kiosk-mode'] });
		});
		await page.goto(url ?? `/kiosk${query}`);
		await metaPolicy(page);
		const modes = () => page.evaluate(() => (window as unknown as { __modes: string[] }).__modes.join(' '));
		await expect.poll(modes, { timeout: 60_000 }).toMatch(/autoplay attract autoplay/);
		await expect(page.locator('[data-map]')).toHaveAttribute('data-map-scene', /.+/);
		expect(await violations(page), 'CSP violations').toEqual([]);
		expect(watch.errors, 'console errors').toEqual([]);
	});
});

test.describe('host headers', () => {
	test('the build ships _headers that let only the embed be framed by other sites and cache only hashed files forever', () => {
		expect(existsSync('build/_headers'), 'build/_headers (from static/_headers)').toBe(true);
		const text = readFileSync('build/_headers', 'utf8');
		const rules = new Map<string, string[]>();
		let current: string[] | undefined;
		for (const line of text.split('\n')) {
			if (!line.trim() || line.trimStart().startsWith('#')) continue;
			if (!/^\s/.test(line)) rules.set(line.trim(), (current = []));
			else current?.push(line.trim());
		}
		const all = rules.get('/*') ?? [];
		expect(all).toContain('X-Content-Type-Options: nosniff');
		expect(all).toContain('Referrer-Policy: strict-origin-when-cross-origin');
		expect(all).toContain('Permissions-Policy: geolocation=(), camera=(), microphone=()');
		// Framing: every page by the site itself only; the embed by other sites, through
		// frame-ancestors (which browsers obey instead of X-Frame-Options), on rules of its own.
		expect(all).toContain('X-Frame-Options: SAMEORIGIN');
		expect(all.join('\n'), 'a frame-ancestors policy on /* would also reach the embed').not.toContain('frame-ancestors');
		for (const path of ['/embed/*', '/:lang/embed/*']) expect(rules.get(path), path).toContain('Content-Security-Policy: frame-ancestors *');
		expect(rules.get('/_app/immutable/*')).toContain('Cache-Control: public, max-age=31536000, immutable');
		for (const path of ['/data/*', '/static-maps/*', '/og/*', '/', '/*.html']) {
			expect(rules.get(path), path).toContain('Cache-Control: public, max-age=300, must-revalidate');
		}
		// Only the hashed assets are immutable.
		for (const [path, headers] of rules) {
			if (path !== '/_app/immutable/*') expect(headers.join('\n'), path).not.toContain('immutable');
		}
	});
});

test.describe('the site server (scripts/serve.mjs, which every browser test runs against)', () => {
	test.beforeEach(({}, info) => test.skip(info.project.name !== 'desktop', 'HTTP only: the same for every browser project'));
	/** A file of the build's hashed folder whose name matches. */
	const hashed = (folder: 'chunks' | 'assets', re: RegExp) => {
		const name = readdirSync(`build/_app/immutable/${folder}`).find((f) => re.test(f));
		expect(name, `no file like ${re} in build/_app/immutable/${folder}`).toBeDefined();
		return `/_app/immutable/${folder}/${name}`;
	};

	test("sends _headers' Cache-Control for a hashed asset and for the pages, and who may frame each", async ({ request }) => {
		const chunk = hashed('chunks', /\.js$/);
		const worker = hashed('assets', /^maplibre-gl-worker.*\.mjs$/);
		for (const [path, cache] of [
			[chunk, 'public, max-age=31536000, immutable'],
			[worker, 'public, max-age=31536000, immutable'],
			['/', 'public, max-age=300, must-revalidate'],
			['/vi/', 'public, max-age=300, must-revalidate'],
			['/kiosk', 'public, max-age=300, must-revalidate'],
			['/data/places.json', 'public, max-age=300, must-revalidate'],
			['/_app/version.json', 'no-cache'],
			['/service-worker.js', 'no-cache'],
			['/embed/', 'public, max-age=300, must-revalidate'],
			['/ko/embed/', 'public, max-age=300, must-revalidate']
		] as const) {
			const r = await request.get(path);
			expect(r.status(), path).toBe(200);
			const h = r.headers();
			expect(h['cache-control'], path).toBe(cache);
			// Framed by the site itself only; the embed, of every edition, by any site (frame-ancestors,
			// which browsers obey instead of X-Frame-Options).
			expect(h['x-frame-options'], path).toBe('SAMEORIGIN');
			expect(h['content-security-policy'], path).toBe(path.endsWith('/embed/') ? 'frame-ancestors *' : undefined);
			expect(h['x-content-type-options'], path).toBe('nosniff');
		}
		// With nosniff, the worker must be served as JavaScript or the map cannot start.
		expect((await request.get(worker)).headers()['content-type']).toMatch(/^text\/javascript/);
	});

	test('compresses with brotli or gzip, as the client asks', async ({ request }) => {
		for (const path of ['/', '/kiosk', '/data/places.json', hashed('chunks', /\.js$/)]) {
			const plain = await request.get(path, { headers: { 'accept-encoding': 'identity' } });
			expect(plain.headers()['content-encoding'], `${path} identity`).toBeUndefined();
			for (const encoding of ['br', 'gzip']) {
				const r = await request.get(path, { headers: { 'accept-encoding': encoding } });
				expect(r.headers()['content-encoding'], `${path} ${encoding}`).toBe(encoding);
				expect(r.headers()['vary'], path).toBe('Accept-Encoding');
				expect(Number(r.headers()['content-length']), `${path} ${encoding} is smaller`).toBeLessThan(Number(plain.headers()['content-length']));
				// Playwright decodes the body: the same file either way.
				expect((await r.body()).equals(await plain.body()), `${path} ${encoding} decodes to the file`).toBe(true);
			}
		}
	});

	test('a missing file is a 404, never the app shell (no SPA fallback)', async ({ request }) => {
		for (const path of ['/no-such-page', '/no-such-page/', '/data/no-such.json', '/_app/immutable/chunks/no-such.js', '/_headers']) {
			const r = await request.get(path);
			expect(r.status(), path).toBe(404);
			expect(r.headers()['cache-control'], path).toBe('no-cache');
			expect(r.headers()['x-content-type-options'], path).toBe('nosniff');
			expect(await r.text(), path).not.toContain('__sveltekit');
		}
	});

	test('every file the build serves gets exactly one Cache-Control rule from _headers', async ({ request }) => {
		const urls: string[] = [];
		const walk = (dir: string) => {
			for (const e of readdirSync(dir, { withFileTypes: true })) {
				const path = `${dir}/${e.name}`;
				if (e.isDirectory()) walk(path);
				else if (!/\.(br|gz)$/.test(e.name) && e.name !== '_headers') {
					const url = path.slice('build'.length);
					urls.push(url.endsWith('/index.html') ? url.slice(0, -'index.html'.length) : url.replace(/\.html$/, ''));
				}
			}
		};
		walk('build');
		expect(urls.length).toBeGreaterThan(50);
		const problems: string[] = [];
		for (const url of urls) {
			const r = await request.head(url);
			const cache = r.headers()['cache-control'];
			// Two rules for one path would join their values: "max-age=300, …, max-age=31536000".
			if (r.status() !== 200 || !cache || (cache.match(/max-age|no-cache/g) ?? []).length !== 1) problems.push(`${url}: ${r.status()} ${cache}`);
		}
		expect(problems).toEqual([]);
	});
});
