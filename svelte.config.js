import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { compressTiles } from './scripts/compress-tiles.mjs';

/**
 * Origins a remote MapLibre style needs, for hosts that configure one (`VITE_MAP_STYLE_URL`, see
 * src/lib/config.ts): the style's own origin, plus any tile, sprite or glyph hosts it names on other
 * origins (`MAP_STYLE_EXTRA_ORIGINS`, comma-separated). Both are read at build time. By default there
 * are none and the page may talk only to its own origin.
 */
const remoteStyleOrigins = (() => {
	/** @param {string} url */
	const origin = (url) => {
		try {
			return new URL(url).origin;
		} catch {
			throw new Error(`not a URL in VITE_MAP_STYLE_URL / MAP_STYLE_EXTRA_ORIGINS: ${url}`);
		}
	};
	const urls = [process.env.VITE_MAP_STYLE_URL ?? '', ...(process.env.MAP_STYLE_EXTRA_ORIGINS ?? '').split(',')]
		.map((u) => u.trim())
		.filter(Boolean);
	return [...new Set(urls.map(origin))];
})();

/**
 * BASE_PATH: the sub-path the site is served under (`/stories/hanoi-2019`), read at build time; empty
 * for the root of an origin. SvelteKit wants it with a leading slash and without a trailing one.
 */
const basePath = (() => {
	const raw = (process.env.BASE_PATH ?? '').trim().replace(/\/+$/, '');
	if (raw && !/^\/[A-Za-z0-9._~\-/]+$/.test(raw)) {
		throw new Error(`BASE_PATH must be a path like /stories/my-story (got ${JSON.stringify(process.env.BASE_PATH)})`);
	}
	return raw;
})();

// BUILD_DIR: where the site is written; KIT_OUT_DIR: SvelteKit's working folder. Both default to
// the usual build/ and .svelte-kit/; the test suite builds a second story, the site under a base
// path, and a second deploy (tests/e2e/kiosk-update.spec.ts) beside the first with them.
const buildDir = process.env.BUILD_DIR || 'build';

/**
 * @param {import('@sveltejs/kit').Adapter} inner
 * @returns {import('@sveltejs/kit').Adapter}
 */
function withCompressedTiles(inner) {
	return {
		...inner,
		async adapt(builder) {
			await inner.adapt(builder);
			builder.log.minor(`Compressed ${compressTiles(buildDir)} vector tiles`);
		}
	};
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// precompress: a .br and a .gz beside every text file, served by scripts/serve.mjs; the vector
		// tiles (binary, left out by the adapter) get theirs from scripts/compress-tiles.mjs.
		adapter: withCompressedTiles(adapter({ pages: buildDir, assets: buildDir, strict: true, precompress: true })),
		// A build into another BUILD_DIR keeps its intermediate files apart too (unless KIT_OUT_DIR
		// names them), so it never changes what is served of build/.
		outDir:
			process.env.KIT_OUT_DIR ||
			(buildDir === 'build' ? '.svelte-kit' : `.svelte-kit-${buildDir.replace(/[^A-Za-z0-9_-]/g, '_')}`),
		// BASE_PATH (above): every URL the site builds goes through `resolve()` or takes this base.
		paths: { base: basePath },
		// KIT_VERSION names the build (the kiosk's offline cache is named after it; a deploy may pass
		// its commit). By default SvelteKit takes the time of the build.
		...(process.env.KIT_VERSION ? { version: { name: process.env.KIT_VERSION } } : {}),
		// The page's own CSS (about 10 KB) goes into the HTML: no stylesheet request before first paint.
		inlineStyleThreshold: 16384,
		// The offline cache is for the kiosk: it registers the worker itself (src/routes/kiosk). A reader
		// on a phone does not download the whole site, map and static maps included, on a first visit.
		serviceWorker: { register: false },
		// SITE_ORIGIN: where the site is published, so hreflang alternates are absolute URLs.
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			origin: process.env.SITE_ORIGIN || 'http://127.0.0.1:4173'
		},
		// Prerendered pages carry this as <meta http-equiv="content-security-policy">; SvelteKit adds the
		// hash of its inline bootstrap script to script-src. `frame-ancestors` is ignored in a meta tag:
		// it is sent as a header by static/_headers (see docs/deployment.md).
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// MapLibre and Svelte set inline styles.
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:', ...remoteStyleOrigins],
				'font-src': ['self', ...remoteStyleOrigins],
				'connect-src': ['self', ...remoteStyleOrigins],
				// MapLibre's worker (a same-origin module; blob: for its fallbacks).
				'worker-src': ['self', 'blob:'],
				'child-src': ['self', 'blob:'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
