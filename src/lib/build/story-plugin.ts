/**
 * The story's Vite plugin: the author's live loop and the story's settings for the browser.
 *
 * - `virtual:story` exports the story's settings (editions, chapters, line kinds, timeline,
 *   basemap, locator) as plain JSON for the code that runs in the browser;
 * - `npm run dev` watches the story folder and its geodata: an edit reloads the page; a mistake
 *   shows in the browser (Vite's error overlay) with the same `file: feature or scene: reason`
 *   lines the build prints, and the page recovers on the next good save;
 * - `vite build` stops, naming the folder, the file and the reason, on a story that does not
 *   validate or a STORY_DIR that does not exist (never a stack trace).
 */
import type { Plugin, ViteDevServer } from 'vite';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, relative } from 'node:path';
import * as v from 'valibot';
import { parse as parseYaml } from 'yaml';
import { StoryFolderError, storyFolder, type StoryFolder } from '../story/folder.ts';
import { Settings, type MapSettings } from '../story/settings.ts';
import { loadDataset } from '../data/read.ts';
import { tileSets } from '../data/tile-sets.ts';

/**
 * One virtual module per part (`virtual:story/langs`, `/map`, `/timeline`, `/locator`): each goes
 * into the chunk that uses it, so the page's first script carries the editions' codes and nothing
 * of the map's settings.
 */
const PARTS = ['langs', 'map', 'timeline', 'locator'] as const;
const VIRTUAL = 'virtual:story/';
const RESOLVED = '\0' + VIRTUAL;
/** The validation runs inside the dev server's own module graph (the config stays small). */
const CHECK = fileURLToPath(new URL('./check.ts', import.meta.url));

/** What the browser may know of the story's settings (`virtual:story`, typed in src/story.d.ts). */
export interface ClientSettings {
	/** The editions' codes, the first one's served at `/`. */
	langs: string[];
	map: MapSettings;
	timeline: Omit<Settings['timeline'], 'label'>;
	locator: Omit<Settings['locator'], 'label'>;
}

/** The tile sets of a valid dataset; none while it is invalid (the validation reports why). */
function tilesOf(folder: StoryFolder): MapSettings['tiles'] {
	try {
		return tileSets(loadDataset(folder));
	} catch {
		return {};
	}
}

/** Read the settings from story.yaml (valid ones; a broken story is reported by the validation). */
export function clientSettings(folder: StoryFolder): ClientSettings | undefined {
	const doc = parseYaml(readFileSync(folder.story, 'utf8')) as { settings?: unknown } | null;
	const r = v.safeParse(Settings, doc?.settings);
	if (!r.success) return undefined;
	const s = r.output;
	// Rivers are drawn from the lowest zoom any of them asks for.
	let riversFromZoom = 24;
	const rivers = join(folder.geodata, 'context', 'rivers.geojson');
	if (existsSync(rivers)) {
		try {
			const fc = JSON.parse(readFileSync(rivers, 'utf8')) as { features?: { properties?: { minzoom?: unknown } }[] };
			for (const f of fc.features ?? []) riversFromZoom = Math.min(riversFromZoom, Number(f.properties?.minzoom ?? 24));
		} catch {
			// Reported by the validation.
		}
	}
	const { label: _t, ...timeline } = s.timeline;
	const { label: _l, ...locator } = s.locator;
	return {
		langs: s.editions.map((e) => e.lang),
		map: { basemap: s.basemap.files, detailZoom: s.basemap.detailZoom, lineKinds: s.lineKinds, riversFromZoom, tiles: tilesOf(folder) },
		timeline,
		locator
	};
}

export function storyPlugin(): Plugin {
	let folder: StoryFolder | undefined;
	let folderError: string | undefined;
	const locate = () => {
		try {
			folder = storyFolder();
			folderError = undefined;
		} catch (e) {
			if (!(e instanceof StoryFolderError)) throw e;
			folder = undefined;
			folderError = e.message;
		}
	};
	locate();

	/** The error the overlay shows until the story is fixed. */
	let broken: string | undefined;
	const overlay = (server: ViteDevServer, message: string) =>
		server.ws.send({ type: 'error', err: { message, stack: '', plugin: 'story', id: folder?.story } });

	return {
		name: 'story',
		enforce: 'pre',
		buildStart() {
			if (folderError) this.error(folderError);
		},
		resolveId(id) {
			return id.startsWith(VIRTUAL) && (PARTS as readonly string[]).includes(id.slice(VIRTUAL.length)) ? '\0' + id : undefined;
		},
		load(id) {
			if (!id.startsWith(RESOLVED)) return undefined;
			const part = id.slice(RESOLVED.length) as (typeof PARTS)[number];
			let settings: ClientSettings | undefined;
			try {
				settings = folder ? clientSettings(folder) : undefined;
			} catch {
				// A broken story shows its problems in the overlay (dev) or stops the build (validate).
			}
			const fallback: ClientSettings = {
				langs: ['en'],
				map: { basemap: [], detailZoom: 24, lineKinds: {}, riversFromZoom: 24, tiles: {} },
				timeline: { start: '2000', end: '2001', ticks: [] },
				locator: { west: -180, east: 180, south: -60, north: 75, minZoom: 24 }
			};
			const s = settings ?? fallback;
			return `export const ${part} = ${JSON.stringify(s[part])};`;
		},
		configureServer(server) {
			if (!folder) return;
			const f = folder;
			server.watcher.add([f.dir, f.geodata]);
			const inside = (file: string) => file.startsWith(f.dir) || file.startsWith(f.geodata);
			const problemsOf = async (): Promise<string | undefined> => {
				const mod = (await server.ssrLoadModule(CHECK)) as typeof import('./check');
				return mod.storyProblems(f);
			};
			// Changes come faster than a check (a mistake fixed at once): only the latest one's result
			// counts, or a slow check of the broken file could put the overlay back after the fix.
			let latest = 0;
			const changed = async (file: string, again = false): Promise<void> => {
				if (!inside(file)) return;
				const seq = ++latest;
				for (const env of Object.values(server.environments)) {
					for (const part of PARTS) {
						const mod = env.moduleGraph.getModuleById(RESOLVED + part);
						if (mod) env.moduleGraph.invalidateModule(mod);
					}
				}
				// An editor (or a script) that truncates a file and then writes it can be read half-way,
				// and the watcher may report the two steps as one change: if the file changed while it was
				// being checked, check it again.
				const stamp = () => {
					try {
						const st = statSync(file);
						return `${st.size}:${st.mtimeMs}`;
					} catch {
						return 'gone';
					}
				};
				const before = stamp();
				let problems: string | undefined;
				try {
					problems = await problemsOf();
				} catch (e) {
					problems = `The story in ${f.label} could not be read: ${(e as Error).message}`;
				}
				if (seq !== latest) return;
				const after = stamp();
				if (after !== before) return changed(file);
				// An empty file is one being written: look again shortly rather than show it as broken.
				// Once: a story.yaml left empty on purpose is then reported like any other mistake.
				if (problems && after.startsWith('0:') && !again) {
					await new Promise((r) => setTimeout(r, 200));
					if (seq === latest) return changed(file, true);
					return;
				}
				broken = problems;
				if (problems) {
					server.config.logger.error(problems, { timestamp: true });
					overlay(server, problems);
				} else {
					server.config.logger.info(`story changed: ${relative(f.root, file).startsWith('..') ? file : relative(f.root, file)}; reloading`, { timestamp: true });
					server.ws.send({ type: 'full-reload', path: '*' });
				}
			};
			const onFile = (file: string) => void changed(file);
			server.watcher.on('change', onFile);
			server.watcher.on('add', onFile);
			server.watcher.on('unlink', onFile);
			// A page opened while the story is broken sees the problems too.
			server.ws.on('connection', () => {
				if (broken) overlay(server, broken);
			});
		}
	};
}
