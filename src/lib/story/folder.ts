/**
 * Where a story lives. A story is a folder: `story.yaml` (the story and its settings), `i18n/` (one
 * `<lang>.yaml` per translated edition) and its geodata (`geodata/` beside story.yaml, or wherever
 * `settings.geodata` in story.yaml points, relative to the folder). The default story is
 * `src/content/` with the top-level `geodata/`; `STORY_DIR=<folder>` picks another. Node only.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';

export const DEFAULT_STORY_DIR = 'src/content';

export interface StoryFolder {
	/** The project root (paths in messages are relative to it). */
	root: string;
	/** The story folder, absolute. */
	dir: string;
	/** The story folder as given, relative to the root where it lies inside it. */
	label: string;
	story: string;
	i18n: string;
	geodata: string;
}

/** A story folder that cannot be used: the message names the folder, the file and the reason. */
export class StoryFolderError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'StoryFolderError';
	}
}

/** The last story file read for its geodata setting, by path, size and time (a build asks for every page). */
let lastSetting: { key: string; value: string | undefined } | undefined;

/**
 * The geodata folder story.yaml names (`settings.geodata`), read without validating the rest. Read
 * again only when the file changes: every page and file the build writes asks for the story's
 * folder, and parsing the whole story.yaml each time was a quarter of the prerender's time.
 */
function geodataSetting(storyFile: string): string | undefined {
	const st = statSync(storyFile);
	const key = `${storyFile}:${st.size}:${st.mtimeMs}`;
	if (lastSetting?.key === key) return lastSetting.value;
	const value = readGeodataSetting(storyFile);
	lastSetting = { key, value };
	return value;
}

function readGeodataSetting(storyFile: string): string | undefined {
	try {
		const doc = parseYaml(readFileSync(storyFile, 'utf8')) as { settings?: { geodata?: unknown } } | null;
		const g = doc?.settings?.geodata;
		return typeof g === 'string' && g.trim() ? g : undefined;
	} catch {
		// A story file that does not parse is reported, with its line, by the validation itself.
		return undefined;
	}
}

export function storyFolder(dir = process.env.STORY_DIR || DEFAULT_STORY_DIR, root = process.cwd()): StoryFolder {
	const abs = isAbsolute(dir) ? dir : resolve(root, dir);
	const rel = relative(root, abs);
	const label = rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : abs;
	if (!existsSync(abs) || !statSync(abs).isDirectory()) {
		throw new StoryFolderError(`STORY_DIR ${label}: no such folder (a story folder holds story.yaml, i18n/ and geodata/)`);
	}
	const story = join(abs, 'story.yaml');
	if (!existsSync(story)) throw new StoryFolderError(`${join(label, 'story.yaml')}: missing (every story folder needs a story.yaml)`);
	const geo = geodataSetting(story);
	const geodata = geo ? resolve(abs, geo) : join(abs, 'geodata');
	if (!existsSync(geodata)) throw new StoryFolderError(`${join(label, 'story.yaml')}: its geodata folder ${relative(root, geodata) || geodata} does not exist (settings.geodata, or geodata/ beside story.yaml)`);
	return { root, dir: abs, label, story, i18n: join(abs, 'i18n'), geodata };
}
