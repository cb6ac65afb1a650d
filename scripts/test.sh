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

# The browser tests draw WebGL with Mesa's llvmpipe where it is installed (scripts/chromium.mjs:
# on this GPU-less machine it is faster than Chromium's SwiftShader); install it like Chromium.
if ! node -e "import('./scripts/chromium.mjs').then((m) => process.exit(m.hasMesa() ? 0 : 1))"; then
	echo "Mesa's EGL and llvmpipe not found: installing the Debian packages libegl-mesa0 and libgl1-mesa-dri"
	SUDO=""; [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null && SUDO="sudo"
	{ $SUDO apt-get update -qq && $SUDO apt-get install -y -qq libegl-mesa0 libgl1-mesa-dri >/dev/null; } || echo "could not install Mesa: the browser tests use SwiftShader"
fi

mkdir -p test-results
rm -f test-results/vitest.json test-results/playwright.json
status=0
# Each phase says when it starts, in seconds since `npm test` began (the last, "done", is its whole time).
phase() { echo "== $1 (at ${SECONDS} s)"; }

phase "type check"
npm run --silent check || status=1

phase "unit tests"
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json || status=1

# Four builds side by side (each keeps its own output and SvelteKit folder; a build uses about one
# core of the two here): the story; the second story the engine must also build (tests/fixtures);
# the story under a base path, which tests/e2e/publish-base.spec.ts serves (it reuses this one);
# and the kiosk deploy test's second deploy.
phase "build: the story, the second story (tests/fixtures), the story under a base path and the kiosk's second deploy, side by side"
build() { # name, then the environment of `npm run build`
	local name=$1; shift
	( env "$@" npm run --silent build > "test-results/build-$name.log" 2>&1; echo $? > "test-results/build-$name.rc" ) &
}
build story BUILD_DIR=build
build fixture STORY_DIR=tests/fixtures/singapore-2018 BUILD_DIR=build-fixture KIT_OUT_DIR=.svelte-kit-fixture
build base BASE_PATH=/stories/hanoi-2019 BUILD_DIR=build-base
# Build B of the kiosk's deploy test (tests/e2e/kiosk-update.spec.ts reuses it).
( node scripts/kiosk-deploy-b.mjs > test-results/build-kiosk-b.log 2>&1; echo $? > test-results/build-kiosk-b.rc ) &
wait
built=0
for name in story fixture base kiosk-b; do
	echo "-- build $name"
	cat "test-results/build-$name.log"
	[ "$(cat "test-results/build-$name.rc")" = 0 ] || { echo "build $name failed"; built=1; }
done
if [ $built -eq 0 ]; then
	phase "budgets and browser tests"
	node scripts/chromium.mjs
	PUBLISH_BASE_BUILD=reuse KIOSK_B_BUILD=reuse npx playwright test || status=1
else
	echo "build failed: browser tests not run"
	status=1
fi

phase "done"
node scripts/test-summary.mjs || status=1
exit $status
