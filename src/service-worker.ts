/**
 * Offline for the kiosk, which registers it (story pages do not, so a reader's first visit does not
 * download the whole site; once a kiosk has installed it, it serves the story pages too).
 *
 * - Install: precache this build, whole: the app, the static files and every prerendered page and
 *   data file (/data/*.json, /static-maps/*.svg), into a cache named after the build's `version`.
 *   The install fails, and leaves nothing behind, unless the server answered with this build from
 *   start to end (its `_app/version.json` is this worker's version before and after), so a deploy
 *   under way, or one that lands mid-install, never yields a cache of two builds.
 * - Waiting: a new worker does not take over by itself. The page that is open keeps the worker and
 *   the cache it was loaded with; the kiosk hands over between two loops, when nobody is watching
 *   (it posts `skip-waiting`, then reloads: src/lib/kiosk/runtime.svelte.ts). A first install, with
 *   no worker before it, takes control at once.
 * - Activate: take control of open pages, then delete the caches of older builds.
 * - Fetch: same-origin GETs from this build's cache; anything else from the network, never stored
 *   (a file of another build must never enter this build's cache).
 */
/// <reference types="@sveltejs/kit" />
import { base, build, files, prerendered, version } from '$service-worker';

// The project's TypeScript program uses the DOM library; these are the few service-worker types used.
interface ExtendableEventLike extends Event {
	waitUntil(p: Promise<unknown>): void;
}
interface FetchEventLike extends ExtendableEventLike {
	request: Request;
	respondWith(r: Response | Promise<Response>): void;
}
interface MessageEventLike extends Event {
	data: unknown;
}
interface ServiceWorkerScopeLike {
	location: Location;
	skipWaiting(): Promise<void>;
	clients: { claim(): Promise<void> };
	addEventListener(type: 'install' | 'activate', fn: (e: ExtendableEventLike) => void): void;
	addEventListener(type: 'fetch', fn: (e: FetchEventLike) => void): void;
	addEventListener(type: 'message', fn: (e: MessageEventLike) => void): void;
}

const sw = self as unknown as ServiceWorkerScopeLike;

const PREFIX = 'story-map-';
const CACHE = `${PREFIX}${version}`;
/** The host's configuration files are in static/ but are not served as part of the site. */
const HOST_FILES = /\/_(headers|redirects)$/;
/**
 * Share cards and share pages are for social sites and chat apps, not for a kiosk's offline copy
 * (the cards alone are several megabytes): they are left out of the precache.
 */
const FOR_SHARING = /\/og\/|\/scenes\/[^/]+\/(index\.html)?$/;
/** Everything the pages use: hashed app files, static files, prerendered pages and endpoints. */
const ASSETS = [...new Set([...build, ...files.filter((f) => !HOST_FILES.test(f)), ...prerendered])].filter(
	(url) => !FOR_SHARING.test(url)
);
/** In `vite dev` the lists are empty: the worker then stays out of the way. */
const ACTIVE = build.length > 0;
const VERSION_URL = `${base}/_app/version.json`;

/** The build the server is serving now. */
async function servedVersion(): Promise<string | undefined> {
	const r = await fetch(VERSION_URL, { cache: 'no-store' });
	if (!r.ok) return undefined;
	return ((await r.json()) as { version?: string }).version;
}

async function precache(): Promise<void> {
	const before = await servedVersion();
	if (before !== version) throw new Error(`the server has build ${before}, this worker is ${version}: not installing`);
	const cache = await caches.open(CACHE);
	try {
		// `cache: 'reload'` bypasses the HTTP cache so a new version never stores stale files.
		await cache.addAll(ASSETS.map((url) => new Request(url, { cache: 'reload' })));
		const after = await servedVersion();
		if (after !== version) throw new Error(`a new deploy (${after}) landed while ${version} was installing`);
	} catch (e) {
		await caches.delete(CACHE);
		throw e;
	}
}

sw.addEventListener('install', (event) => {
	if (ACTIVE) event.waitUntil(precache());
});

sw.addEventListener('message', (event) => {
	if ((event.data as { type?: string } | null)?.type === 'skip-waiting') void sw.skipWaiting();
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			// Take the pages first (the kiosk reloads as soon as it is controlled), then clear up.
			await sw.clients.claim();
			await Promise.all((await caches.keys()).filter((key) => key !== CACHE && key.startsWith(PREFIX)).map((key) => caches.delete(key)));
		})()
	);
});

async function respond(request: Request): Promise<Response> {
	const cache = await caches.open(CACHE);
	// Pages are cached by path: /kiosk?lang=vi&dwell=12 is the prerendered /kiosk.
	const cached = await cache.match(request, { ignoreSearch: request.mode === 'navigate', ignoreVary: true });
	if (cached) return cached;
	try {
		return await fetch(request);
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
	// Range requests (media) and the build id (SvelteKit's update check, and ours) go to the network.
	if (request.headers.has('range') || url.pathname === VERSION_URL) return;
	event.respondWith(respond(request));
});
