/** Reads the story and geodata from disk (Node only: the build, the CLI and the tests). */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildDataset, type Dataset, type InputFile, type Inputs } from './dataset';
import { DataError } from './issues';

export function readInputs(root = process.cwd()): Inputs {
	const file = (path: string): InputFile => ({ path, bytes: readFileSync(join(root, path)) });
	const list = (dir: string) =>
		readdirSync(join(root, dir))
			.filter((f) => f.endsWith('.geojson'))
			.sort()
			.map((f) => file(relative(root, join(root, dir, f))));
	return {
		story: file('src/content/story.yaml'),
		places: file('geodata/places.geojson'),
		connections: file('geodata/connections.json'),
		areas: [file('geodata/countries.geojson'), file('geodata/provinces.geojson')],
		basemap: list('geodata/basemap'),
		translations: readdirSync(join(root, 'src/content/i18n'))
			.filter((f) => f.endsWith('.yaml'))
			.sort()
			.map((f) => file(`src/content/i18n/${f}`))
	};
}

let cached: Dataset | undefined;

/** The validated dataset; throws a DataError listing every problem. Cached per process. */
export function loadDataset(root?: string): Dataset {
	if (cached && root === undefined) return cached;
	const result = buildDataset(readInputs(root));
	if (!result.ok) throw new DataError(result.issues);
	if (root === undefined) cached = result.dataset;
	return result.dataset;
}
