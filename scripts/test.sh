#!/usr/bin/env bash
# `npm test`: type checks, unit tests, the production build, and browser tests against the built
# site in the system Chromium. Ends with one line "N passed, N failed" counted from the reporters.
set -uo pipefail
cd "$(dirname "$0")/.."

CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$CHROMIUM" ]; then
	echo "Chromium not found at $CHROMIUM: installing the Debian package (browsers are never downloaded by Playwright)"
	SUDO=""; [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null && SUDO="sudo"
	$SUDO apt-get update -qq && $SUDO apt-get install -y -qq chromium >/dev/null || { echo "could not install chromium"; exit 1; }
fi

mkdir -p test-results
rm -f test-results/vitest.json test-results/playwright.json
status=0

echo "== type check"
npm run --silent check || status=1

echo "== unit tests"
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json || status=1

echo "== build (the story, and the second story the engine must also build: tests/fixtures)"
if npm run --silent build && STORY_DIR=tests/fixtures/singapore-2018 BUILD_DIR=build-fixture KIT_OUT_DIR=.svelte-kit-fixture npm run --silent build; then
	echo "== budgets and browser tests"
	npx playwright test || status=1
else
	echo "build failed: browser tests not run"
	status=1
fi

node scripts/test-summary.mjs || status=1
exit $status
