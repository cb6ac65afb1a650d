#!/usr/bin/env node
/**
 * The built site's web server: `npm start`, the kiosk box's systemd unit, the browser tests and the
 * benchmark all use it. It is sirv (the static-file server behind sirv-cli and `vite preview`) with
 * what a production host does around it:
 *
 *   node scripts/serve.mjs [dir]      dir: the argument, else SERVE_DIR, else build/
 *   PORT (default 4173), HOST (default 127.0.0.1), BASE_PATH (a build made with BASE_PATH is
 *   served under it, as docs/deployment.md describes; other paths are 404s)
 *
 * - Files only. There is no SPA fallback: a missing file is a 404, answered with `<dir>/404.html`
 *   when the build has one. `/kiosk` is `kiosk.html`, `/vi/` is `vi/index.html`. GET and HEAD only.
 * - Compression: the `.br` and `.gz` files the build writes beside every text file (adapter-static
 *   `precompress`), chosen by the request's Accept-Encoding (`Vary: Accept-Encoding`). Nothing is
 *   compressed on the fly.
 * - Headers: the rules of `<dir>/_headers` (the Netlify / Cloudflare Pages file the build ships), so
 *   the cache and security headers are the ones the public host sends. Every rule whose path
 *   pattern matches the request path applies, in file order; a header set by two rules gets both
 *   values, comma-separated (what both hosts do). Patterns are literal paths in which `*` matches
 *   any run of characters, `/` included, and a placeholder `:name` matches one path segment.
 * - Deploys: `dir` may be a symlink. When it points at another folder (an atomic deploy: build into
 *   a new folder, then switch the link), the next request is served from the new build, whole; a
 *   request never sees half of one build and half of another. A build rewritten in place is picked
 *   up by a restart or a SIGHUP (the file list is read once per build, as sirv does in production).
 */
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

/**
 * @typedef {{ pattern: string, match: RegExp, headers: [string, string][], line: number }} HeaderRule
 */

/**
 * Parse a `_headers` file: a path pattern at the start of a line, then its headers, indented, one
 * `Name: value` a line; `#` starts a comment line. Throws, naming the file and line, on a header
 * line with no path above it or without `Name: value`.
 * @param {string} text
 * @param {string} [file]
 * @returns {HeaderRule[]}
 */
export function parseHeaders(text, file = '_headers') {
	/** @type {HeaderRule[]} */
	const rules = [];
	/** @type {HeaderRule | undefined} */
	let rule;
	text.split(/\r?\n/).forEach((raw, i) => {
		const line = i + 1;
		const trimmed = raw.trim();
		if (!trimmed || trimmed.startsWith('#')) return;
		if (!/^\s/.test(raw)) {
			if (!trimmed.startsWith('/')) throw new Error(`${file}:${line}: a path pattern must start with "/" (got "${trimmed}")`);
			const source = trimmed
				.split('*')
				// `:name` (a placeholder, as both hosts write it: `/:lang/embed/*`) is one path segment.
				.map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:[A-Za-z]\w*/g, '[^/]+'))
				.join('.*');
			rules.push((rule = { pattern: trimmed, match: new RegExp(`^${source}$`), headers: [], line }));
			return;
		}
		if (!rule) throw new Error(`${file}:${line}: a header before any path pattern ("${trimmed}")`);
		const colon = trimmed.indexOf(':');
		const name = colon > 0 ? trimmed.slice(0, colon).trim() : '';
		const value = colon > 0 ? trimmed.slice(colon + 1).trim() : '';
		if (!/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/.test(name) || !value) {
			throw new Error(`${file}:${line}: expected "Name: value" under ${rule.pattern} (got "${trimmed}")`);
		}
		rule.headers.push([name, value]);
	});
	return rules;
}

/**
 * The headers the rules give a request path: every matching rule in order, values of a header set
 * twice joined with ", ". Names keep the spelling of their first rule.
 * @param {HeaderRule[]} rules
 * @param {string} pathname
 * @returns {Map<string, [string, string]>} lower-case name → [name, value]
 */
export function headersFor(rules, pathname) {
	/** @type {Map<string, [string, string]>} */
	const out = new Map();
	for (const rule of rules) {
		if (!rule.match.test(pathname)) continue;
		for (const [name, value] of rule.headers) {
			const key = name.toLowerCase();
			const prev = out.get(key);
			out.set(key, prev ? [prev[0], `${prev[1]}, ${value}`] : [name, value]);
		}
	}
	return out;
}

/**
 * One build: its files (read once), its header rules and its 404 page.
 * @param {string} dir an absolute folder
 * @returns {import('node:http').RequestListener}
 */
function siteHandler(dir) {
	const headersFile = join(dir, '_headers');
	const rules = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8'), headersFile) : [];
	const notFoundFile = join(dir, '404.html');
	const notFoundPage = existsSync(notFoundFile) ? readFileSync(notFoundFile) : undefined;
	/** @param {import('node:http').ServerResponse} res @param {string} pathname */
	const apply = (res, pathname) => {
		for (const [name, value] of headersFor(rules, pathname).values()) res.setHeader(name, value);
	};
	const files = sirv(dir, {
		dev: false,
		etag: true,
		brotli: true,
		gzip: true,
		single: false,
		dotfiles: false,
		extensions: ['html'],
		setHeaders: (res, pathname) => apply(res, pathname)
	});
	return (req, res) => {
		const pathname = pathOf(req.url);
		/**
		 * A 404 carries the headers of its path (nosniff, frame-ancestors, …) but is never cached: a
		 * file missing now (a deploy under way) may be there on the next request.
		 */
		const notFound = () => {
			res.statusCode = 404;
			apply(res, pathname);
			res.setHeader('Cache-Control', 'no-cache');
			res.setHeader('Content-Type', notFoundPage ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8');
			res.end(req.method === 'HEAD' ? undefined : (notFoundPage ?? 'Not found\n'));
		};
		// The host's configuration is not part of the site.
		if (pathname === '/_headers') return notFound();
		files(req, res, notFound);
	};
}

/** @param {string | undefined} url */
function pathOf(url) {
	const path = (url ?? '/').split(/[?#]/)[0] || '/';
	try {
		return decodeURI(path);
	} catch {
		return path;
	}
}

/**
 * The server. `dir` is read as a deploy target: each request resolves it (it may be a symlink) and
 * uses the build it points at, reading a new build's file list when the target changes.
 * @param {{ dir: string, base?: string, log?: (message: string) => void }} options
 * @returns {import('node:http').Server}
 */
export function createSiteServer({ dir, base = '', log = () => {} }) {
	const root = resolve(dir);
	const prefix = base.replace(/\/+$/, '');
	/** @type {{ real: string, handle: import('node:http').RequestListener } | undefined} */
	let current;
	const reload = () => {
		current = undefined;
	};
	const server = createServer((req, res) => {
		if (req.method !== 'GET' && req.method !== 'HEAD') {
			res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
			return res.end('Method not allowed\n');
		}
		if (prefix) {
			const path = pathOf(req.url);
			if (path === prefix) {
				res.writeHead(308, { Location: `${prefix}/` });
				return res.end();
			}
			if (!path.startsWith(`${prefix}/`)) {
				res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache' });
				return res.end(`Not found (the site is under ${prefix}/)\n`);
			}
			// The site's own paths (and its _headers rules) start after the base path.
			req.url = (req.url ?? '/').slice(prefix.length);
		}
		let real;
		try {
			real = realpathSync(root);
			if (!statSync(real).isDirectory()) throw new Error('not a folder');
		} catch {
			res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '5' });
			return res.end(`No site at ${root}\n`);
		}
		if (current?.real !== real) {
			try {
				current = { real, handle: siteHandler(real) };
				log(`serving ${real}`);
			} catch (e) {
				log(`cannot serve ${real}: ${/** @type {Error} */ (e).message}`);
				res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
				return res.end(`${/** @type {Error} */ (e).message}\n`);
			}
		}
		current.handle(req, res);
	});
	server.on('close', () => process.off('SIGHUP', reload));
	process.on('SIGHUP', reload);
	return server;
}

async function main() {
	const dir = process.argv[2] || process.env.SERVE_DIR || 'build';
	const port = Number(process.env.PORT || 4173);
	const host = process.env.HOST || '127.0.0.1';
	if (!existsSync(dir)) {
		console.error(`serve: ${dir} does not exist (run \`npm run build\` first, or pass the folder to serve)`);
		process.exit(1);
	}
	const log = (/** @type {string} */ m) => console.log(`serve: ${m}`);
	const server = createSiteServer({ dir, base: process.env.BASE_PATH ?? '', log });
	server.on('error', (e) => {
		console.error(`serve: ${/** @type {NodeJS.ErrnoException} */ (e).code === 'EADDRINUSE' ? `port ${port} on ${host} is in use` : e.message}`);
		process.exit(1);
	});
	server.listen(port, host, () => log(`http://${host}:${port}${process.env.BASE_PATH ?? ''}/ (${resolve(dir)})`));
	for (const sig of /** @type {NodeJS.Signals[]} */ (['SIGINT', 'SIGTERM'])) {
		process.on(sig, () => {
			server.close();
			server.closeAllConnections();
			process.exit(0);
		});
	}
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
