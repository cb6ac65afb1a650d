/**
 * Offline for the kiosk, which registers it (story pages do not, so a reader's first visit does not
 * download the whole site; once a kiosk has installed it, it serves the story pages too): on install, precache everything the site
 * is made of (the app build, the static files and every prerendered page and data file, including
 * /data/*.json and /static-maps/*.svg); serve same-origin GETs cache-first with a network fallback;
 * on activate, delete the caches of older deploys. The cache name carries SvelteKit's `version`, so
 * a new deploy installs a new worker and a new cache; `skipWaiting` + `clients.claim` make it take
 * over at once and the next reload uses it (see docs/kiosk.md).
 */
/// <reference types="@sveltejs/kit" />
import { build, files, prerendered, version } from '$service-worker';

// The project's TypeScript program uses the DOM library; these are the few service-worker types used.
interface ExtendableEventLike extends Event {
	waitUntil(p: Promise<unknown>): void;
}
interface FetchEventLike extends ExtendableEventLike {
	request: Request;
	respondWith(r: Response | Promise<Response>): void;
}
interface ServiceWorkerScopeLike {
	location: Location;
	skipWaiting(): Promise<void>;
	clients: { claim(): Promise<void> };
	addEventListener(type: 'install' | 'activate', fn: (e: ExtendableEventLike) => void): void;
	addEventListener(type: 'fetch', fn: (e: FetchEventLike) => void): void;
}

const sw = self as unknown as ServiceWorkerScopeLike;

const PREFIX = 'story-map-';
const CACHE = `${PREFIX}${version}`;
/**
 * Share cards and share pages are for social sites and chat apps, not for a kiosk's offline copy
 * (the cards alone are several megabytes): they are left out of the precache.
 */
const FOR_SHARING = /\/og\/|\/scenes\/[^/]+\/(index\.html)?$/;
/** Everything the pages use: hashed app files, static files, prerendered pages and endpoints. */
const ASSETS = [...new Set([...build, ...files, ...prerendered])].filter((url) => !FOR_SHARING.test(url));
/** In `vite dev` the lists are empty: the worker then stays out of the way. */
const ACTIVE = build.length > 0;

sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			if (ACTIVE) {
				const cache = await caches.open(CACHE);
				// `cache: 'reload'` bypasses the HTTP cache so a new version never stores stale files.
				await cache.addAll(ASSETS.map((url) => new Request(url, { cache: 'reload' })));
			}
			await sw.skipWaiting();
		})()
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) {
				if (key !== CACHE && key.startsWith(PREFIX)) await caches.delete(key);
			}
			await sw.clients.claim();
		})()
	);
});

async function respond(request: Request): Promise<Response> {
	const cache = await caches.open(CACHE);
	const navigate = request.mode === 'navigate';
	// Pages are cached by path: /kiosk?lang=vi&dwell=12 is the prerendered /kiosk.
	const cached = await cache.match(request, { ignoreSearch: navigate, ignoreVary: true });
	if (cached) return cached;
	try {
		const response = await fetch(request);
		// Keep same-origin files that were not precached (never pages with their query strings).
		if (!navigate && response.ok && response.type === 'basic') await cache.put(request, response.clone());
		return response;
	} catch {
		return new Response('Offline, and this file was not cached.', {
			status: 503,
			headers: { 'content-type': 'text/plain; charset=utf-8' }
		});
	}
}

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	if (!ACTIVE || request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	// Range requests (media) and SvelteKit's update check go to the network.
	if (request.headers.has('range') || url.pathname.endsWith('/_app/version.json')) return;
	event.respondWith(respond(request));
});
