/**
 * scripts/serve.mjs on a small site in a temporary folder: the _headers rules, precompressed files
 * by Accept-Encoding, 404s, and a deploy that switches a symlink from one build to another.
 */
import { mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSiteServer, headersFor, parseHeaders } from './serve.mjs';

const HEADERS = `# comment
/*
  X-Content-Type-Options: nosniff
  Content-Security-Policy: frame-ancestors 'self'

/_app/immutable/*
  Cache-Control: public, max-age=31536000, immutable

/*.html
  Cache-Control: public, max-age=300

/
  Cache-Control: public, max-age=300

/twice/*
  X-Test: one
/twice/*.txt
  X-Test: two
`;

describe('parseHeaders / headersFor', () => {
	const rules = parseHeaders(HEADERS);

	it('reads each path pattern and its headers', () => {
		expect(rules.map((r) => r.pattern)).toEqual(['/*', '/_app/immutable/*', '/*.html', '/', '/twice/*', '/twice/*.txt']);
		expect(rules[0]!.headers).toEqual([
			['X-Content-Type-Options', 'nosniff'],
			['Content-Security-Policy', "frame-ancestors 'self'"]
		]);
	});

	it('applies every matching rule; * spans slashes; a literal path matches only itself', () => {
		const cc = (p: string) => headersFor(rules, p).get('cache-control')?.[1];
		expect(cc('/_app/immutable/chunks/a.B1.js')).toBe('public, max-age=31536000, immutable');
		expect(cc('/')).toBe('public, max-age=300');
		expect(cc('/vi/index.html')).toBe('public, max-age=300');
		expect(cc('/kiosk')).toBeUndefined();
		expect(headersFor(rules, '/anything/at/all').get('x-content-type-options')).toEqual(['X-Content-Type-Options', 'nosniff']);
	});

	it('reads a placeholder (:lang) as one path segment, as the embed of every edition is written', () => {
		const embed = parseHeaders('/embed/*\n  X-Frame: any\n/:lang/embed/*\n  X-Frame: any\n');
		const frame = (p: string) => headersFor(embed, p).get('x-frame')?.[1];
		expect(frame('/embed/')).toBe('any');
		expect(frame('/ko/embed/')).toBe('any');
		expect(frame('/ko/embed/index.html')).toBe('any');
		expect(frame('/ko/')).toBeUndefined();
		expect(frame('/a/b/embed/')).toBeUndefined();
	});

	it('joins a header two rules set with a comma, as Netlify and Cloudflare Pages do', () => {
		expect(headersFor(rules, '/twice/a.txt').get('x-test')?.[1]).toBe('one, two');
		expect(headersFor(rules, '/twice/a.json').get('x-test')?.[1]).toBe('one');
	});

	it('names the file and line of a malformed rule', () => {
		expect(() => parseHeaders('  X-Early: yes\n', 'site/_headers')).toThrow('site/_headers:1: a header before any path pattern');
		expect(() => parseHeaders('/a\n  no colon here\n', 'site/_headers')).toThrow('site/_headers:2: expected "Name: value" under /a');
		expect(() => parseHeaders('a/b\n  X: y\n', 'site/_headers')).toThrow('site/_headers:1: a path pattern must start with "/"');
	});
});

describe('the server', () => {
	let dir: string;
	let server: Server;
	let origin: string;

	/** A build: an index page, a hashed asset (with .br and .gz), a kiosk page and its _headers. */
	function writeBuild(name: string, label: string): string {
		const b = join(dir, name);
		mkdirSync(join(b, '_app/immutable'), { recursive: true });
		mkdirSync(join(b, 'vi'), { recursive: true });
		writeFileSync(join(b, '_headers'), HEADERS);
		writeFileSync(join(b, 'index.html'), `<h1>${label}</h1>`);
		writeFileSync(join(b, 'vi/index.html'), `<h1>${label} vi</h1>`);
		writeFileSync(join(b, 'kiosk.html'), `<h1>${label} kiosk</h1>`);
		const js = `export const build = ${JSON.stringify(label)};`.repeat(40);
		for (const f of ['_app/immutable/app.X1.js', 'index.html']) {
			const body = f.endsWith('.js') ? js : `<h1>${label}</h1>`;
			writeFileSync(join(b, f), body);
			writeFileSync(join(b, `${f}.gz`), gzipSync(body));
			writeFileSync(join(b, `${f}.br`), brotliCompressSync(body));
		}
		return b;
	}

	beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'serve-test-'));
		writeBuild('a', 'build A');
		writeBuild('b', 'build B');
		writeFileSync(join(dir, 'b', '404.html'), '<h1>B: not here</h1>');
		symlinkSync('a', join(dir, 'current'));
		server = createSiteServer({ dir: join(dir, 'current') });
		// An ephemeral port: the test never collides with a server someone else runs.
		await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
		origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	});

	afterAll(async () => {
		server.closeAllConnections();
		await new Promise((done) => server.close(done));
		rmSync(dir, { recursive: true, force: true });
	});

	const get = (path: string, init?: RequestInit) => fetch(origin + path, init);

	it('sends the _headers rules of the path: hashed asset, page, security headers', async () => {
		const asset = await get('/_app/immutable/app.X1.js');
		expect(asset.status).toBe(200);
		expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
		expect(asset.headers.get('content-security-policy')).toBe("frame-ancestors 'self'");
		expect(asset.headers.get('x-content-type-options')).toBe('nosniff');
		expect(asset.headers.get('content-type')).toMatch(/^text\/javascript/);
		const page = await get('/');
		expect(page.headers.get('cache-control')).toBe('public, max-age=300');
		expect(page.headers.get('content-type')).toMatch(/^text\/html/);
	});

	it('serves the .br or .gz file the client accepts, and the plain file otherwise', async () => {
		const path = '/_app/immutable/app.X1.js';
		// Node's fetch decodes the body and says what it received in content-encoding.
		for (const [accept, encoding] of [
			['br, gzip', 'br'],
			['gzip', 'gzip'],
			['identity', null]
		] as const) {
			const r = await get(path, { headers: { 'accept-encoding': accept } });
			expect(r.headers.get('content-encoding'), accept).toBe(encoding);
			expect(r.headers.get('vary')).toBe('Accept-Encoding');
			expect(await r.text()).toContain('export const build = "build A"');
		}
	});

	it('maps /kiosk to kiosk.html and /vi/ to vi/index.html; no SPA fallback', async () => {
		expect(await (await get('/kiosk')).text()).toBe('<h1>build A kiosk</h1>');
		expect(await (await get('/vi/')).text()).toBe('<h1>build A vi</h1>');
		const missing = await get('/no/such/page');
		expect(missing.status).toBe(404);
		expect(missing.headers.get('x-content-type-options')).toBe('nosniff');
		expect(missing.headers.get('cache-control')).toBe('no-cache');
		expect(await missing.text()).toBe('Not found\n');
		expect((await get('/_headers')).status).toBe(404);
		expect((await get('/', { method: 'POST' })).status).toBe(405);
	});

	it('follows a deploy: when the symlink points at build B, the next request gets B, 404 page included', async () => {
		expect(await (await get('/')).text()).toBe('<h1>build A</h1>');
		symlinkSync('b', join(dir, 'next'));
		renameSync(join(dir, 'next'), join(dir, 'current')); // atomic switch
		expect(await (await get('/')).text()).toBe('<h1>build B</h1>');
		expect(await (await get('/_app/immutable/app.X1.js')).text()).toContain('build B');
		const missing = await get('/gone');
		expect(missing.status).toBe(404);
		expect(missing.headers.get('content-type')).toMatch(/^text\/html/);
		expect(await missing.text()).toBe('<h1>B: not here</h1>');
	});
});

describe('the server under a base path', () => {
	it('serves the site under BASE_PATH, redirects the bare base to its slash, 404s the rest', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'serve-base-'));
		writeFileSync(join(dir, 'index.html'), '<h1>story</h1>');
		writeFileSync(join(dir, '_headers'), HEADERS);
		const server = createSiteServer({ dir, base: '/stories/hanoi' });
		await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
		const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
		try {
			const page = await fetch(`${origin}/stories/hanoi/`);
			expect(await page.text()).toBe('<h1>story</h1>');
			expect(page.headers.get('cache-control')).toBe('public, max-age=300');
			const bare = await fetch(`${origin}/stories/hanoi`, { redirect: 'manual' });
			expect(bare.status).toBe(308);
			expect(bare.headers.get('location')).toBe('/stories/hanoi/');
			expect((await fetch(`${origin}/`)).status).toBe(404);
		} finally {
			server.closeAllConnections();
			await new Promise((done) => server.close(done));
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
