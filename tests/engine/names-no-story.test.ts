/**
 * The engine names no story: no id, place name, date or language of a story appears in the
 * engine's code (everything under src/ but the default story's own folder, src/content). A story
 * is data in its folder; a second story is a second folder. Stories checked: the default one and
 * the test fixture (tests/fixtures/*).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '$lib/data/read';
import { storyFolder } from '$lib/story/folder';

const ROOT = process.cwd();

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const p = join(dir, name);
		return statSync(p).isDirectory() ? walk(p) : [p];
	});
}

/** The engine: every text file under src/ outside the default story's folder. */
const engine = walk(join(ROOT, 'src'))
	.filter((p) => !relative(ROOT, p).startsWith('src/content/'))
	.filter((p) => /\.(ts|js|mjs|svelte|css|html)$/.test(p));

const fixtures = existsSync(join(ROOT, 'tests/fixtures')) ? readdirSync(join(ROOT, 'tests/fixtures')).map((f) => join('tests/fixtures', f)) : [];
const stories = ['src/content', ...fixtures].filter((dir) => existsSync(join(ROOT, dir, 'story.yaml')));

interface Needle {
	what: string;
	re: RegExp;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A whole word (or phrase), not part of a longer one. */
const word = (s: string) => new RegExp(`(?<![\\p{L}\\p{N}_-])${escape(s)}(?![\\p{L}\\p{N}_-])`, 'u');
/** Only as a string literal: short codes and common words are fine in prose and identifiers. */
const literal = (s: string) => new RegExp(`(['"\`])${escape(s)}\\1`);

function needles(dir: string): Needle[] {
	const d = loadDataset(storyFolder(dir));
	const out: Needle[] = [];
	const add = (what: string, s: string | undefined | null, kind: 'word' | 'literal' = 'word') => {
		if (!s || s.length < 2) return;
		out.push({ what: `${what} ${JSON.stringify(s)}`, re: kind === 'word' ? word(s) : literal(s) });
	};
	const distinctive = (id: string) => /[-\d]/.test(id) || id.length >= 8;
	const ids = [
		...d.scenes.map((s) => s.id),
		...d.places.features.map((f) => f.properties.id),
		...d.areas.features.map((f) => f.properties.id),
		...d.lines.features.map((f) => f.properties.id),
		...d.meta.events.map((e) => e.id ?? ''),
		...(d.context?.labels.features ?? []).map((f) => String(f.properties?.id)),
		...Object.keys(d.settings.chapters),
		...Object.keys(d.settings.lineKinds)
	];
	for (const id of ids) add('id', id, distinctive(id) ? 'word' : 'literal');
	const names = [
		...d.places.features.map((f) => f.properties as Record<string, unknown>),
		...d.areas.features.map((f) => f.properties as Record<string, unknown>),
		...(d.context?.labels.features ?? []).map((f) => (f.properties ?? {}) as Record<string, unknown>)
	];
	for (const p of names) for (const [k, v] of Object.entries(p)) if (/^name(_|$)/.test(k) && typeof v === 'string') add('name', v);
	for (const s of d.scenes) {
		add('date', s.date.length > 4 ? s.date : undefined);
		add('date', s.dateEnd && s.dateEnd.length > 4 ? s.dateEnd : undefined);
	}
	for (const y of [d.settings.timeline.start, d.settings.timeline.end]) add('year', y.slice(0, 4));
	for (const e of d.settings.editions.slice(1)) {
		add('language code', e.lang, 'literal');
		add('language name', e.name);
	}
	return out;
}

describe.each(stories)('the story in %s', (dir) => {
	const list = needles(dir);
	it('has names, ids and dates to look for', () => {
		expect(list.length).toBeGreaterThan(10);
	});
	it('is named nowhere in the engine (src/ outside the story folder)', () => {
		const found: string[] = [];
		for (const file of engine) {
			const lines = readFileSync(file, 'utf8').split('\n');
			lines.forEach((line, i) => {
				for (const n of list) if (n.re.test(line)) found.push(`${relative(ROOT, file)}:${i + 1}: ${n.what}`);
			});
		}
		expect(found, found.join('\n')).toEqual([]);
	});
});
