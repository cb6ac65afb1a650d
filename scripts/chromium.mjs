// The system Chromium and the flags it needs here, shared by the browser tests, the benchmark and
// the soak so they never drift apart.

/** The system Chromium (Debian package `chromium`); CHROMIUM_PATH overrides it on other machines. */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Software WebGL without GPU-stall warnings, and no background traffic on a closed network. */
export const CHROMIUM_ARGS = [
	'--use-angle=swiftshader',
	'--enable-unsafe-swiftshader',
	'--no-sandbox',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];
