/**
 * STORY_DIR picks the story to build. A folder that does not exist, lacks its story file, or holds a
 * broken one stops the build with a message naming the folder, the file and the reason: never a
 * stack trace. (`npm run build` runs this same validator first.)
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { storyFolder } from '../../src/lib/story/folder';

const tsx = join(process.cwd(), 'node_modules/tsx/dist/cli.mjs');
const validate = (storyDir: string) => {
	const r = spawnSync(process.execPath, [tsx, 'scripts/validate.ts'], { env: { ...process.env, STORY_DIR: storyDir }, encoding: 'utf8' });
	return { status: r.status, out: `${r.stdout}${r.stderr}` };
};
const tmp = mkdtempSync(join(tmpdir(), 'story-dir-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('STORY_DIR', () => {
	it('follows an edit of settings.geodata at once (the dev server and the build ask for the folder on every page)', () => {
		const moved = join(tmp, 'moved');
		cpSync('tests/fixtures/singapore-2018', moved, { recursive: true });
		mkdirSync(join(moved, 'elsewhere'));
		cpSync(join(moved, 'geodata'), join(moved, 'elsewhere', 'geo'), { recursive: true });
		expect(storyFolder(moved).geodata).toBe(join(moved, 'geodata'));
		expect(storyFolder(moved).geodata).toBe(join(moved, 'geodata'));
		const file = join(moved, 'story.yaml');
		writeFileSync(file, readFileSync(file, 'utf8').replace(/^settings:\n/m, 'settings:\n  geodata: elsewhere/geo\n'));
		expect(storyFolder(moved).geodata).toBe(join(moved, 'elsewhere', 'geo'));
	});

	it('builds another story: the fixture validates', () => {
		const r = validate('tests/fixtures/singapore-2018');
		expect(r.status, r.out).toBe(0);
		expect(r.out).toMatch(/story data valid: 5 scenes/);
	}, 30_000);

	it('that does not exist is named, with what a story folder holds', () => {
		const r = validate('no/such/story');
		expect(r.status).toBe(1);
		expect(r.out).toContain('STORY_DIR no/such/story: no such folder');
		expect(r.out).not.toMatch(/\n\s+at /);
	}, 30_000);

	it('without a story.yaml is named, with the file it lacks', () => {
		const empty = join(tmp, 'empty');
		cpSync('tests/fixtures/singapore-2018/geodata', join(empty, 'geodata'), { recursive: true });
		const r = validate(empty);
		expect(r.status).toBe(1);
		expect(r.out).toContain(`${join(empty, 'story.yaml')}: missing`);
		expect(r.out).not.toMatch(/\n\s+at /);
	}, 30_000);

	it('with a broken story names the file, the scene and the reason', () => {
		const broken = join(tmp, 'broken');
		cpSync('tests/fixtures/singapore-2018', broken, { recursive: true });
		const file = join(broken, 'story.yaml');
		writeFileSync(file, readFileSync(file, 'utf8').replace('chapter: night', 'chapter: nightfall'));
		const r = validate(broken);
		expect(r.status).toBe(1);
		expect(r.out).toMatch(/story\.yaml: scene "night-out" \(#2\): chapter "nightfall" is not one of settings\.chapters/);
		expect(r.out).not.toMatch(/\n\s+at /);
	}, 30_000);

	it('whose YAML does not parse names the file and the line', () => {
		const bad = join(tmp, 'bad-yaml');
		cpSync('tests/fixtures/singapore-2018', bad, { recursive: true });
		writeFileSync(join(bad, 'story.yaml'), 'title: "unclosed\nscenes: [\n');
		const r = validate(bad);
		expect(r.status).toBe(1);
		expect(r.out).toMatch(/story\.yaml: is not valid YAML: .* at line \d+/);
		expect(r.out).not.toMatch(/\n\s+at /);
	}, 30_000);
});
