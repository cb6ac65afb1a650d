/** Reads the story and geodata from disk (Node only: the build, the CLI, the dev server, the tests). */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildDataset, type Dataset, type InputFile, type Inputs } from './dataset.ts';
import { DataError } from './issues.ts';
import { storyFolder, type StoryFolder } from '../story/folder.ts';

/** Every file a story is built from, with paths relative to the project root for messages. */
export function readInputs(folder: StoryFolder = storyFolder()): Inputs {
	// Paths in messages: relative to the project, or absolute for a story outside it.
	const rel = (abs: string) => {
		const r = relative(folder.root, abs);
		return r && !r.startsWith('..') ? r : abs;
	};
	const file = (abs: string): InputFile => ({ path: rel(abs), bytes: readFileSync(abs) });
	const list = (dir: string, ext: string) =>
		existsSync(dir)
			? readdirSync(dir)
					.filter((f) => f.endsWith(ext))
					.sort()
					.map((f) => file(join(dir, f)))
			: [];
	const geo = folder.geodata;
	const optional = (abs: string) => (existsSync(abs) ? [file(abs)] : []);
	return {
		story: file(folder.story),
		places: file(join(geo, 'places.geojson')),
		connections: file(join(geo, 'connections.json')),
		areas: [...optional(join(geo, 'countries.geojson')), ...optional(join(geo, 'provinces.geojson'))],
		basemap: list(join(geo, 'basemap'), '.geojson'),
		translations: list(folder.i18n, '.yaml'),
		context: {
			labels: optional(join(geo, 'context', 'labels.geojson'))[0],
			rivers: optional(join(geo, 'context', 'rivers.geojson'))[0]
		}
	};
}

/** The files a dataset was read from, with their sizes and times: a change anywhere shows here. */
function fingerprint(folder: StoryFolder): string {
	const parts: string[] = [];
	const walk = (dir: string) => {
		if (!existsSync(dir)) return;
		for (const name of readdirSync(dir).sort()) {
			const p = join(dir, name);
			const st = statSync(p);
			if (st.isDirectory()) {
				if (name !== 'scripts' && name !== 'node_modules') walk(p);
			} else parts.push(`${p}:${st.size}:${st.mtimeMs}`);
		}
	};
	walk(folder.dir);
	if (!folder.geodata.startsWith(folder.dir)) walk(folder.geodata);
	return parts.join('|');
}

let cached: { key: string; dataset: Dataset } | undefined;

/**
 * The validated dataset of the story folder (STORY_DIR, default src/content); throws a DataError
 * listing every problem. Kept while no file of the story changes (the dev server sees edits).
 */
export function loadDataset(folder: StoryFolder = storyFolder()): Dataset {
	const key = `${folder.dir}#${fingerprint(folder)}`;
	if (cached?.key === key) return cached.dataset;
	const result = buildDataset(readInputs(folder));
	if (!result.ok) throw new DataError(result.issues);
	cached = { key, dataset: result.dataset };
	return result.dataset;
}
