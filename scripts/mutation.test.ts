/**
 * Mutation tests for the data validator: copy the story and geodata to a temp dir, damage ONE thing,
 * run the real CLI (`scripts/validate.ts <root>`) and check that it fails with a line naming the
 * file, the feature or scene, and the reason — the line a newsroom developer would have to act on.
 * The real files are never touched: they are hashed before and after the whole suite.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseDocument } from 'yaml';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const tsxCli = join(repo, 'node_modules/tsx/dist/cli.mjs');
/** What the validator reads (see `readInputs` in src/lib/data/read.ts). */
const COPIED = ['geodata', 'src/content'];
const CASE_TIMEOUT = 20_000;

// --- The real files stay byte-identical ---------------------------------------------------------

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const p = join(dir, name);
		return statSync(p).isDirectory() ? walk(p) : [p];
	});
}

function hashTree(): Record<string, string> {
	const out: Record<string, string> = {};
	for (const d of COPIED) {
		for (const f of walk(join(repo, d)).sort()) {
			out[relative(repo, f)] = createHash('sha256').update(readFileSync(f)).digest('hex');
		}
	}
	return out;
}

let before: Record<string, string>;
beforeAll(() => {
	before = hashTree();
});
afterAll(() => {
	expect(hashTree(), 'the real geodata/ and src/content/ files changed during the suite').toEqual(before);
});

// --- Helpers ------------------------------------------------------------------------------------

interface Copy {
	root: string;
	read(path: string): Buffer;
	write(path: string, data: string | Uint8Array): void;
	json<T = any>(path: string, edit: (doc: T) => void): void;
	yaml(path: string, edit: (doc: ReturnType<typeof parseDocument>) => void): void;
}

function copyInputs(): Copy {
	const root = mkdtempSync(join(tmpdir(), 'story-mutation-'));
	for (const d of COPIED) cpSync(join(repo, d), join(root, d), { recursive: true });
	const read = (p: string) => readFileSync(join(root, p));
	const write = (p: string, data: string | Uint8Array) => writeFileSync(join(root, p), data);
	return {
		root,
		read,
		write,
		json(p, edit) {
			const doc = JSON.parse(read(p).toString('utf8'));
			edit(doc);
			write(p, JSON.stringify(doc, null, 2) + '\n');
		},
		yaml(p, edit) {
			const doc = parseDocument(read(p).toString('utf8'));
			edit(doc);
			write(p, String(doc));
		}
	};
}

interface Run {
	status: number | null;
	stdout: string;
	stderr: string;
}

function validate(root: string): Run {
	const r = spawnSync(process.execPath, [tsxCli, 'scripts/validate.ts', root], {
		cwd: repo,
		encoding: 'utf8',
		timeout: 15_000
	});
	return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Damage a fresh copy, run the CLI, clean up. */
function runDamaged(damage: (c: Copy) => void): Run {
	const c = copyInputs();
	try {
		damage(c);
		return validate(c.root);
	} finally {
		rmSync(c.root, { recursive: true, force: true });
	}
}

/** Exit 1, and one line of stderr names the file, where (feature/scene/entry) and the reason. */
function expectProblem(run: Run, file: string, where: string | null, reason: string | RegExp): void {
	const report = `stderr was:\n${run.stderr}\nstdout was:\n${run.stdout}`;
	expect(run.status, report).toBe(1);
	expect(run.stdout, report).not.toContain('story data valid');
	const lines = run.stderr.split('\n').map((l) => l.trim());
	const hit = lines.find(
		(l) =>
			l.startsWith(`${file}: `) &&
			(where === null || l.includes(`: ${where}: `)) &&
			(typeof reason === 'string' ? l.includes(reason) : reason.test(l))
	);
	expect(hit, `no line "${file}: ${where ?? '…'}: ${String(reason)}"\n${report}`).toBeDefined();
}

type Features = { features: { geometry: { type: string; coordinates: any }; properties: Record<string, unknown> }[] };
const byId = (doc: Features, id: string) => {
	const f = doc.features.find((x) => x.properties.id === id);
	if (!f) throw new Error(`test setup: no feature "${id}"`);
	return f;
};

/** Index of a scene in the story (so the cases do not depend on the story's order). */
function sceneIndex(doc: ReturnType<typeof parseDocument>, id: string): number {
	const scenes = (doc.toJS() as { scenes: { id: string }[] }).scenes;
	const i = scenes.findIndex((sc) => sc.id === id);
	if (i < 0) throw new Error(`test setup: no scene "${id}" in story.yaml`);
	return i;
}

/** Index of a scene in the real story.yaml. */
function realSceneIndex(id: string): number {
	return sceneIndex(parseDocument(readFileSync(join(repo, 'src/content/story.yaml'), 'utf8')), id);
}

/** Index of a feature in a GeoJSON file of the real data. */
function featureIndex(path: string, id: string): number {
	const doc = JSON.parse(readFileSync(join(repo, path), 'utf8')) as Features;
	const i = doc.features.findIndex((f) => f.properties.id === id);
	if (i < 0) throw new Error(`test setup: no feature "${id}" in ${path}`);
	return i;
}

/** Index of a connection in geodata/connections.json. */
function connectionIndex(id: string): number {
	const doc = JSON.parse(readFileSync(join(repo, 'geodata/connections.json'), 'utf8')) as { connections: { id: string }[] };
	const i = doc.connections.findIndex((c) => c.id === id);
	if (i < 0) throw new Error(`test setup: no connection "${id}"`);
	return i;
}

// --- Cases --------------------------------------------------------------------------------------

describe('the validator CLI on the real data', () => {
	test(
		'an undamaged copy of the story and geodata passes',
		() => {
			const run = runDamaged(() => {});
			expect(run.status, run.stderr).toBe(0);
			expect(run.stdout).toMatch(/story data valid: \d+ scenes/);
		},
		CASE_TIMEOUT
	);
});

describe('one kind of damage at a time fails the build with file, where and reason', () => {
	test(
		'a place with longitude and latitude swapped',
		() => {
			const run = runDamaged((c) =>
				c.json<Features>('geodata/places.geojson', (d) => {
					const f = byId(d, 'hanoi');
					f.geometry.coordinates = [21.02833, 105.85417];
				})
			);
			expectProblem(run, 'geodata/places.geojson', `feature "hanoi" (#${featureIndex('geodata/places.geojson', 'hanoi')})`, /latitude 105\.85417 is out of range \[-90, 90\] \(are longitude and latitude swapped\?/);
		},
		CASE_TIMEOUT
	);

	test(
		'a place at latitude 95',
		() => {
			const run = runDamaged((c) =>
				c.json<Features>('geodata/places.geojson', (d) => {
					byId(d, 'pyongyang').geometry.coordinates = [125.73806, 95];
				})
			);
			expectProblem(run, 'geodata/places.geojson', `feature "pyongyang" (#${featureIndex('geodata/places.geojson', 'pyongyang')})`, 'latitude 95 is out of range [-90, 90]');
		},
		CASE_TIMEOUT
	);

	test(
		'a scene that names an unknown place',
		() => {
			const run = runDamaged((c) =>
				c.yaml('src/content/story.yaml', (doc) => {
					const places = doc.getIn(['scenes', sceneIndex(doc, 'summit-hanoi'), 'map', 'places']) as { add(v: unknown): void };
					places.add('atlantis');
				})
			);
			expectProblem(run, 'src/content/story.yaml', `scene "summit-hanoi" (#${realSceneIndex('summit-hanoi')})`, 'map.places names unknown place "atlantis"');
		},
		CASE_TIMEOUT
	);

	test(
		'two places with the same id',
		() => {
			let at = -1;
			const run = runDamaged((c) =>
				c.json<Features>('geodata/places.geojson', (d) => {
					const copy = structuredClone(byId(d, 'hai-phong'));
					copy.geometry.coordinates = [106.7, 20.9];
					at = d.features.push(copy) - 1;
				})
			);
			expectProblem(run, 'geodata/places.geojson', `feature "hai-phong" (#${at})`, 'duplicate id "hai-phong" (already used in geodata/places.geojson)');
		},
		CASE_TIMEOUT
	);

	test(
		'a feature with an empty geometry',
		() => {
			const run = runDamaged((c) =>
				c.json<Features>('geodata/countries.geojson', (d) => {
					byId(d, 'prk').geometry.coordinates = [];
				})
			);
			expectProblem(run, 'geodata/countries.geojson', `feature "prk" (#${featureIndex('geodata/countries.geojson', 'prk')})`, 'has an empty MultiPolygon geometry');
		},
		CASE_TIMEOUT
	);

	test(
		'a province with an unclosed ring',
		() => {
			const run = runDamaged((c) =>
				c.json<Features>('geodata/provinces.geojson', (d) => {
					const ring = byId(d, 'hai-phong-province').geometry.coordinates[0][0] as number[][];
					ring.pop();
				})
			);
			expectProblem(run, 'geodata/provinces.geojson', `feature "hai-phong-province" (#${featureIndex('geodata/provinces.geojson', 'hai-phong-province')})`, 'polygon 0 exterior ring is not closed');
		},
		CASE_TIMEOUT
	);

	test(
		'a place without its name property',
		() => {
			const run = runDamaged((c) =>
				c.json<Features>('geodata/places.geojson', (d) => {
					delete byId(d, 'ha-long').properties.name;
				})
			);
			expectProblem(run, 'geodata/places.geojson', `feature "ha-long" (#${featureIndex('geodata/places.geojson', 'ha-long')})`, /property name: Invalid key: Expected "name"/);
		},
		CASE_TIMEOUT
	);

	test(
		'places.geojson that is not valid JSON',
		() => {
			const run = runDamaged((c) => {
				const text = c.read('geodata/places.geojson').toString('utf8');
				c.write('geodata/places.geojson', text.replace('"type": "Feature",', '"type": "Feature",,'));
			});
			expectProblem(run, 'geodata/places.geojson', null, /geodata\/places\.geojson: is not valid JSON: .*(position|line|column|token)/i);
		},
		CASE_TIMEOUT
	);

	test(
		'a scene with no text',
		() => {
			const run = runDamaged((c) =>
				c.yaml('src/content/story.yaml', (doc) => {
					doc.setIn(['scenes', sceneIndex(doc, 'tour-hanoi'), 'text'], '');
				})
			);
			expectProblem(run, 'src/content/story.yaml', `scene "tour-hanoi" (#${realSceneIndex('tour-hanoi')})`, 'text: must have at least 50 words');
		},
		CASE_TIMEOUT
	);

	test(
		'a date that does not exist (2019-02-30)',
		() => {
			const run = runDamaged((c) =>
				c.yaml('src/content/story.yaml', (doc) => {
					doc.setIn(['scenes', sceneIndex(doc, 'minister-flight'), 'date'], '2019-02-30');
				})
			);
			expectProblem(run, 'src/content/story.yaml', `scene "minister-flight" (#${realSceneIndex('minister-flight')})`, 'date: is not a real calendar date');
		},
		CASE_TIMEOUT
	);

	test(
		'a connection that names only one place',
		() => {
			const run = runDamaged((c) =>
				c.json<{ connections: { id: string; via: string[] }[] }>('geodata/connections.json', (d) => {
					const c = d.connections.find((x) => x.id === 'invasion-1978');
					if (!c) throw new Error('test setup: no connection "invasion-1978"');
					c.via = ['hanoi'];
				})
			);
			expectProblem(run, 'geodata/connections.json', `connection "invasion-1978" (#${connectionIndex('invasion-1978')})`, 'via: must name at least two places');
		},
		CASE_TIMEOUT
	);

	test(
		'places.geojson that is not UTF-8 (bytes 0xff 0xfe inside a name)',
		() => {
			const run = runDamaged((c) => {
				const bytes = c.read('geodata/places.geojson');
				const at = bytes.indexOf('"Hanoi"') + 3;
				expect(at).toBeGreaterThan(3);
				c.write('geodata/places.geojson', Buffer.concat([bytes.subarray(0, at), Buffer.from([0xff, 0xfe]), bytes.subarray(at)]));
			});
			expectProblem(run, 'geodata/places.geojson', null, 'geodata/places.geojson: is not valid UTF-8 text');
		},
		CASE_TIMEOUT
	);

	test(
		'a chart bar renamed in English, so its translations name a bar that no longer exists',
		() => {
			const run = runDamaged((c) =>
				c.yaml('src/content/story.yaml', (doc) => {
					doc.setIn(['scenes', sceneIndex(doc, 'doi-moi-1986'), 'chart', 'bars', 1, 'id'], 'year-2019');
				})
			);
			expectProblem(run, 'src/content/i18n/vi.yaml', 'scene "doi-moi-1986"', 'chart.labels: has no label for bar "year-2019"');
			expectProblem(run, 'src/content/i18n/ko.yaml', 'scene "doi-moi-1986"', 'chart.labels."scmp-today" names nothing in the English story');
		},
		CASE_TIMEOUT
	);

	test(
		'a timeline event missing from the Korean translation',
		() => {
			const run = runDamaged((c) =>
				c.yaml('src/content/i18n/ko.yaml', (doc) => {
					expect(doc.deleteIn(['events', 'van-don-opens-2018'])).toBe(true);
				})
			);
			expectProblem(run, 'src/content/i18n/ko.yaml', 'event "van-don-opens-2018"', 'is missing (no ko label for this timeline event)');
		},
		CASE_TIMEOUT
	);

	test(
		'a scene missing from the Vietnamese translation',
		() => {
			const run = runDamaged((c) =>
				c.yaml('src/content/i18n/vi.yaml', (doc) => {
					expect(doc.deleteIn(['scenes', 'cambodia-1978'])).toBe(true);
				})
			);
			expectProblem(run, 'src/content/i18n/vi.yaml', 'scene "cambodia-1978"', 'is missing (no vi translation of this scene)');
		},
		CASE_TIMEOUT
	);
});
