/**
 * The Content-Security-Policy of the built site (svelte.config.js `kit.csp`, a meta tag in every
 * prerendered page) and the host headers file (static/_headers): the policy is strict, and reading
 * the whole story under it breaks nothing.
 */
import { existsSync, readFileSync } from 'node:fs';
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

	test('the kiosk runs under the policy for 10 seconds', async ({ page, watch }) => {
		// Prerendered as build/kiosk.html (URL /kiosk) or build/kiosk/index.html (URL /kiosk/).
		const url = existsSync('build/kiosk.html') ? '/kiosk?dwell=1' : existsSync('build/kiosk/index.html') ? '/kiosk/?dwell=1' : null;
		test.skip(url === null && !existsSync('build/kiosk'), 'no kiosk in this build (build/kiosk, build/kiosk.html)');
		await recordViolations(page);
		await page.goto(url ?? '/kiosk?dwell=1');
		await metaPolicy(page);
		await page.waitForTimeout(10_000);
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
