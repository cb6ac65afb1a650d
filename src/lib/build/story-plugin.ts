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
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import { StoryFolderError, storyFolder, type StoryFolder } from '../story/folder.ts';

const VIRTUAL = 'virtual:story';
const RESOLVED = '\0' + VIRTUAL;
/** The validation runs inside the dev server's own module graph (the config stays small). */
const CHECK = fileURLToPath(new URL('./check.ts', import.meta.url));

/** What the browser may know of the story's settings. */
export type ClientSettings = Record<string, unknown>;

export function storyPlugin(clientSettings: (folder: StoryFolder) => ClientSettings = () => ({})): Plugin {
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
			return id === VIRTUAL ? RESOLVED : undefined;
		},
		load(id) {
			if (id !== RESOLVED) return undefined;
			if (!folder) return `export const settings = {};`;
			let settings: ClientSettings = {};
			try {
				settings = clientSettings(folder);
			} catch {
				// A broken story shows its problems in the overlay (dev) or stops the build (validate).
			}
			return `export const settings = ${JSON.stringify(settings)};`;
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
			const changed = async (file: string) => {
				if (!inside(file)) return;
				for (const env of Object.values(server.environments)) {
					const mod = env.moduleGraph.getModuleById(RESOLVED);
					if (mod) env.moduleGraph.invalidateModule(mod);
				}
				let problems: string | undefined;
				try {
					problems = await problemsOf();
				} catch (e) {
					problems = `The story in ${f.label} could not be read: ${(e as Error).message}`;
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
