import { defineConfig, devices } from '@playwright/test';

import { CHROMIUM, TEST_CHROMIUM_ARGS } from './scripts/chromium.mjs';

export { CHROMIUM };

const launchOptions = { executablePath: CHROMIUM, args: TEST_CHROMIUM_ARGS };

/** Port of the site's server the tests start (override with TEST_PORT when 4173 is taken). */
const PORT = Number(process.env.TEST_PORT || 4173);
/** The second story (tests/fixtures/singapore-2018, built into build-fixture/) is served beside it. */
const FIXTURE_PORT = PORT + 2;
const STORY_ONLY = ['**/second-story.spec.ts'];

export default defineConfig({
	testDir: 'tests/e2e',
	outputDir: 'test-results/playwright',
	timeout: 120_000,
	expect: { timeout: 20_000 },
	fullyParallel: false,
	workers: 1,
	retries: 0,
	reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		launchOptions,
		trace: 'off',
		// The site's service worker would answer requests from its cache, out of reach of
		// page.route(); tests that need it (the kiosk's offline test) allow it themselves.
		serviceWorkers: 'block'
	},
	projects: [
		{ name: 'desktop', testIgnore: STORY_ONLY, use: { browserName: 'chromium', viewport: { width: 1280, height: 800 } } },
		{
			name: 'second-story',
			testMatch: STORY_ONLY,
			use: { browserName: 'chromium', viewport: { width: 1280, height: 800 }, baseURL: `http://127.0.0.1:${FIXTURE_PORT}` }
		},
		{
			name: 'phone',
			testIgnore: STORY_ONLY,
			use: {
				...devices['iPhone 13'],
				browserName: 'chromium',
				viewport: { width: 390, height: 844 },
				defaultBrowserType: 'chromium'
			}
		}
	],
	// The production server (scripts/serve.mjs: sirv with the build's _headers and its precompressed
	// files), started with node itself so stopping it stops the server (no npx wrapper in between).
	webServer: [
		{
			command: 'node scripts/serve.mjs build',
			env: { PORT: String(PORT) },
			url: `http://127.0.0.1:${PORT}`,
			reuseExistingServer: !process.env.CI,
			timeout: 60_000
		},
		{
			command: 'node scripts/serve.mjs build-fixture',
			env: { PORT: String(FIXTURE_PORT) },
			url: `http://127.0.0.1:${FIXTURE_PORT}`,
			reuseExistingServer: !process.env.CI,
			timeout: 60_000
		}
	]
});
