/** One problem found in the story or the geodata: where it is and what is wrong. */
export interface DataIssue {
	/** Path of the file, relative to the project root (`geodata/places.geojson`). */
	file: string;
	/** The feature, scene or entry: its id and/or index, e.g. `feature "old-town" (#0)`. */
	where?: string;
	/** What is wrong, in words a newsroom developer can act on. */
	reason: string;
}

export function formatIssue(i: DataIssue): string {
	return i.where ? `${i.file}: ${i.where}: ${i.reason}` : `${i.file}: ${i.reason}`;
}

/** Thrown by the build when the data has problems; its message lists every one. */
export class DataError extends Error {
	readonly issues: DataIssue[];
	constructor(issues: DataIssue[]) {
		super(
			`The story data has ${issues.length} problem${issues.length === 1 ? '' : 's'}:\n` +
				issues.map((i) => '  ' + formatIssue(i)).join('\n')
		);
		this.name = 'DataError';
		this.issues = issues;
	}
}

export function featureLabel(index: number, id: unknown): string {
	return typeof id === 'string' && id ? `feature "${id}" (#${index})` : `feature #${index}`;
}
