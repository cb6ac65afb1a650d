// Build B of the kiosk's deploy test (tests/e2e/kiosk-update.spec.ts): the same code and geodata as
// the build under test, the first scene retitled (an editor's fix, redeployed), built into a folder
// of its own, so that it has its own SvelteKit version, service worker and hashed file names, as a
// second deploy has. `npm test` builds it beside the other builds (scripts/test.sh:
// `node scripts/kiosk-deploy-b.mjs`); the test builds it itself when it is not there.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const WORK = resolve('test-results/kiosk-update');
export const B_DIR = join(WORK, 'B');
export const TITLE_A = 'Hanoi takes the stage';
export const TITLE_B = 'Hanoi takes the stage (deploy B)';

/** Copy the story with its first scene retitled, and build it into B_DIR. Returns the seconds it took. */
export function buildB() {
	rmSync(WORK, { recursive: true, force: true });
	const story = join(WORK, 'story');
	mkdirSync(story, { recursive: true });
	cpSync('src/content', story, { recursive: true });
	symlinkSync(resolve('geodata'), join(story, 'geodata'));
	const yaml = readFileSync(join(story, 'story.yaml'), 'utf8');
	if (!yaml.includes(`title: ${TITLE_A}\n`)) {
		throw new Error(`src/content/story.yaml: the first scene is no longer titled "${TITLE_A}" (the kiosk's deploy test retitles it for build B)`);
	}
	// The copy's geodata is the symlink beside it (the default story names ../../geodata).
	const retitled = yaml.replace(`title: ${TITLE_A}\n`, `title: ${TITLE_B}\n`).replace(/^(\s+geodata:) .*$/m, '$1 geodata');
	writeFileSync(join(story, 'story.yaml'), retitled);
	const t0 = Date.now();
	execFileSync('npm', ['run', '--silent', 'build'], {
		// Its own version, even when built in the same millisecond as A (npm test builds them side by side).
		env: { ...process.env, STORY_DIR: story, BUILD_DIR: B_DIR, KIT_OUT_DIR: join(WORK, 'svelte-kit'), KIT_VERSION: `${Date.now()}-deploy-b` },
		stdio: 'pipe'
	});
	return (Date.now() - t0) / 1000;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	console.log(`kiosk deploy test: built B in ${buildB().toFixed(1)} s`);
}
