/**
 * `npm run validate`: checks the story and every geodata file before the build. Prints each problem
 * as `file: feature or scene: reason` and exits 1 if there is any.
 */
import { buildDataset } from '../src/lib/data/dataset';
import { readInputs } from '../src/lib/data/read';
import { formatIssue } from '../src/lib/data/issues';
import { StoryFolderError, storyFolder } from '../src/lib/story/folder';

// `validate [root]`: the story folder is STORY_DIR (default src/content), relative to the project
// root (the current directory, or the argument: the mutation tests validate a copy).
let folder;
try {
	folder = storyFolder(undefined, process.argv[2] ?? process.cwd());
} catch (e) {
	if (!(e instanceof StoryFolderError)) throw e;
	console.error(`✗ ${e.message}`);
	process.exit(1);
}
const result = buildDataset(readInputs(folder));
if (!result.ok) {
	console.error(`✗ ${result.issues.length} problem(s) in the story data:`);
	for (const i of result.issues) console.error('  ' + formatIssue(i));
	process.exit(1);
}
const { scenes, places, lines, basemap } = result.dataset;
console.log(
	`✓ story data valid: ${scenes.length} scenes, ${places.features.length} places, ${lines.features.length} routes and arcs, ${Object.keys(basemap).length} basemap layers`
);
