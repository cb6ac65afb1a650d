import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * Origin of a remote MapLibre style a host may configure (`VITE_MAP_STYLE_URL`, see
 * src/lib/config.ts). Its style, sprites, glyphs and tiles are allowed by the CSP below; by default
 * there is none and the page may only talk to its own origin.
 */
const remoteStyleOrigin = (() => {
	const url = process.env.VITE_MAP_STYLE_URL;
	if (!url) return [];
	try {
		return [new URL(url).origin];
	} catch {
		throw new Error(`VITE_MAP_STYLE_URL is not a URL: ${url}`);
	}
})();

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ strict: true }),
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
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
				'img-src': ['self', 'data:', 'blob:', ...remoteStyleOrigin],
				'font-src': ['self', ...remoteStyleOrigin],
				'connect-src': ['self', ...remoteStyleOrigin],
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
