/** The story's problems as one message (or undefined when it validates): what the dev overlay shows. */
import { buildDataset } from '../data/dataset';
import { formatIssue } from '../data/issues';
import { readInputs } from '../data/read';
import type { StoryFolder } from '../story/folder';

export function storyProblems(folder: StoryFolder): string | undefined {
	const result = buildDataset(readInputs(folder));
	if (result.ok) return undefined;
	return (
		`The story in ${folder.label} has ${result.issues.length} problem${result.issues.length === 1 ? '' : 's'}:\n` +
		result.issues.map((i) => '  ' + formatIssue(i)).join('\n')
	);
}
