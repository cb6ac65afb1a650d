/**
 * Small HTTP servers the publishing tests start themselves on their own ports: a static host that
 * serves a build under a base path (with its 404.html for addresses it does not have, as static
 * hosts do), and pages of a "newsroom" on another origin that embed the story.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.txt': 'text/plain; charset=utf-8'
};

export interface Served {
	url: string;
	close(): Promise<void>;
}

function listen(server: Server, host: string, port: number): Promise<Served> {
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, host, () =>
			resolve({ url: `http://${host}:${port}`, close: () => new Promise<void>((done) => server.close(() => done())) })
		);
	});
}

/** A build directory served under `base` (`/stories/x`), directories as their index.html. */
export function serveBuild(opts: { root: string; base: string; host: string; port: number }): Promise<Served> {
	const send = (res: ServerResponse, status: number, file: string) => {
		res.writeHead(status, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
		res.end(readFileSync(file));
	};
	const server = createServer((req: IncomingMessage, res: ServerResponse) => {
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		const notFound = () => send(res, 404, join(opts.root, '404.html'));
		if (!path.startsWith(`${opts.base}/`)) return notFound();
		const rel = normalize(path.slice(opts.base.length)).replace(/^(\.\.[/\\])+/, '');
		// As static hosts do: a file, else `<path>.html` (/kiosk → kiosk.html), else a directory's index.html.
		const base = join(opts.root, rel);
		const isFile = (f: string) => existsSync(f) && statSync(f).isFile();
		const file = [base, `${base.replace(/[/\\]$/, '')}.html`, join(base, 'index.html')].find(isFile);
		if (!file) return notFound();
		send(res, 200, file);
	});
	return listen(server, opts.host, opts.port);
}

/** Fixed pages (path → HTML or a file) on an origin of their own. */
export function servePages(opts: { host: string; port: number; pages: Record<string, string | { file: string }> }): Promise<Served> {
	const server = createServer((req, res) => {
		const path = new URL(req.url ?? '/', 'http://x').pathname;
		const page = opts.pages[path];
		if (page === undefined) {
			res.writeHead(404, { 'content-type': 'text/plain' });
			res.end('not found');
			return;
		}
		if (typeof page === 'string') {
			res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
			res.end(page);
		} else {
			res.writeHead(200, { 'content-type': TYPES[extname(page.file)] ?? 'application/octet-stream' });
			res.end(readFileSync(page.file));
		}
	});
	return listen(server, opts.host, opts.port);
}

/**
 * Ports of these servers: the suite's own port (TEST_PORT) plus one (the embed's host) and plus three
 * (the build under a base path); plus two is the second story's server (playwright.config.ts).
 */
export const TEST_PORT = Number(process.env.TEST_PORT || 4173);
