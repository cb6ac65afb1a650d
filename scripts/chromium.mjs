// The system Chromium and the flags it needs here, shared by the browser tests, the benchmark and
// the soak so they never drift apart. `node scripts/chromium.mjs` prints the WebGL renderer the
// browser tests get.
import { existsSync, readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** The system Chromium (Debian package `chromium`); CHROMIUM_PATH overrides it on other machines. */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** No background traffic on a closed network. */
const QUIET = ['--no-sandbox', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * Software WebGL in Chromium's own SwiftShader, without GPU-stall warnings: what a machine without
 * a GPU gets by default. The benchmark and the soak use it, so their figures stay comparable.
 */
export const CHROMIUM_ARGS = ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', ...QUIET];

/** Mesa's EGL and its software driver (Debian `libegl-mesa0`, `libgl1-mesa-dri`), where installed. */
export function hasMesa() {
	const libs = existsSync('/usr/lib') ? readdirSync('/usr/lib').filter((d) => d.endsWith('-linux-gnu')) : [];
	return libs.some((d) => existsSync(`/usr/lib/${d}/libEGL_mesa.so.0`) && existsSync(`/usr/lib/${d}/dri/swrast_dri.so`));
}

/**
 * Software WebGL in Mesa's llvmpipe, through ANGLE on EGL (llvmpipe is on Chromium's GPU blocklist
 * as a software driver, hence the last flag). On this 2-core machine without a GPU the emulated GPU
 * was the browser tests' bottleneck: in one edition's labels walk SwiftShader's GPU process used
 * 78 s of CPU in 72 s, llvmpipe's 47 s, and the walk took 54 s (the story and layout specs 252 s →
 * 197 s, the kiosk's 241 s → 213 s, with its map arriving at 298 of 304 scenes in the soak, not 199).
 * The page, the map and what the tests assert are the same. TEST_GL=swiftshader keeps SwiftShader;
 * without Mesa the tests use it too.
 */
export const TEST_GL = process.env.TEST_GL || (hasMesa() ? 'llvmpipe' : 'swiftshader');
const GL = TEST_GL === 'llvmpipe' ? ['--use-gl=angle', '--use-angle=gl-egl', '--ignore-gpu-blocklist', ...QUIET] : CHROMIUM_ARGS;

/**
 * The kiosk's tests: the page composited on the (software) GPU. Its always-redrawing full-screen map
 * ran ~35% slower with the page's compositor in software (each frame read back from the GPU).
 */
export const KIOSK_TEST_ARGS = GL;

/**
 * The story's browser tests: the page's compositor draws in software, which leaves the software GPU
 * to the map's WebGL; walking the story's scenes took 10-20% less time here (interleaved runs).
 */
export const TEST_CHROMIUM_ARGS = [...GL, '--disable-gpu-compositing'];

/** The WebGL renderer a browser launched with `args` reports (an unmasked name such as "ANGLE (Mesa/X.org, llvmpipe …)"). */
export async function webglRenderer(args = TEST_CHROMIUM_ARGS) {
	const { chromium } = await import('@playwright/test');
	const browser = await chromium.launch({ executablePath: CHROMIUM, args });
	try {
		const page = await browser.newPage();
		return await page.evaluate(() => {
			const gl = document.createElement('canvas').getContext('webgl2');
			if (!gl) return 'none (no WebGL 2)';
			const info = gl.getExtension('WEBGL_debug_renderer_info');
			return String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
		});
	} finally {
		await browser.close();
	}
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	console.log(`browser tests: ${TEST_GL}, WebGL renderer ${await webglRenderer()}`);
}
