/**
 * Context layers of a story (`<geodata>/context/labels.geojson`, `rivers.geojson`): what orients
 * the reader beyond the story's own places. Every feature is checked: RFC 7946 geometry of the
 * right type, an id, a kind, a zoom range, a rank, a source, and a name in every edition (unless
 * it is an unnamed river drawn without a label, `label: false`). Problems name file, feature and
 * reason, like every other check of the build.
 */
import * as v from 'valibot';
import type { FeatureCollection } from 'geojson';
import { checkFeatureCollection, decodeUtf8, parseJson } from './geojson.ts';
import { featureLabel, type DataIssue } from './issues.ts';

export const CONTEXT_KINDS = ['country', 'ocean', 'sea', 'gulf', 'bay', 'island', 'city', 'river'] as const;

const Zoom = v.pipe(v.number(), v.minValue(0), v.maxValue(24));

const ContextProps = v.looseObject({
	id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug')),
	kind: v.picklist(CONTEXT_KINDS),
	/** `false`: drawn (a river) but never labelled, so it needs no name. */
	label: v.optional(v.boolean()),
	name: v.nullish(v.string()),
	source: v.pipe(v.string(), v.minLength(5, 'must name where the feature comes from')),
	minzoom: Zoom,
	maxzoom: Zoom,
	/** Lower is more important: wins a collision, drawn larger. */
	rank: v.pipe(v.number(), v.minValue(0))
});

export interface ContextInput {
	path: string;
	bytes: Uint8Array;
}

/**
 * Read and check the context files. `langs`: the editions other than the first, whose names
 * (`name_<lang>`) every labelled feature must carry. Returns the checked collections (absent files
 * give empty ones) and pushes every problem onto `issues`.
 */
export function readContext(
	files: { labels?: ContextInput; rivers?: ContextInput },
	langs: readonly string[],
	issues: DataIssue[]
): { labels: FeatureCollection; rivers: FeatureCollection } {
	const read = (file: ContextInput | undefined, geometry: readonly string[]): FeatureCollection => {
		const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };
		if (!file) return empty;
		const { text, issue } = decodeUtf8(file.path, file.bytes);
		if (issue) {
			issues.push(issue);
			return empty;
		}
		const parsed = parseJson(file.path, text as string);
		if (parsed.issue) {
			issues.push(parsed.issue);
			return empty;
		}
		const { features, issues: geo } = checkFeatureCollection(file.path, parsed.value);
		issues.push(...geo);
		const good = [];
		const all = (parsed.value as FeatureCollection).features;
		for (const f of features) {
			const index = all.indexOf(f);
			const props = (f.properties ?? {}) as Record<string, unknown>;
			const where = featureLabel(index, props.id);
			const fail = (reason: string) => issues.push({ file: file.path, where, reason });
			if (!geometry.includes(f.geometry.type)) {
				fail(`must be a ${geometry.join(' or ')}, not a ${f.geometry.type}`);
				continue;
			}
			const r = v.safeParse(ContextProps, props);
			if (!r.success) {
				for (const i of r.issues) fail(`property ${v.getDotPath(i) ?? ''}: ${i.message}`.replace('property : ', 'properties: '));
				continue;
			}
			if (r.output.minzoom >= r.output.maxzoom) {
				fail(`minzoom ${r.output.minzoom} must be below maxzoom ${r.output.maxzoom}`);
				continue;
			}
			if (r.output.label !== false) {
				const missing = [typeof props.name === 'string' && props.name.trim() ? undefined : 'name', ...langs.map((l) => (typeof props[`name_${l}`] === 'string' && (props[`name_${l}`] as string).trim() ? undefined : `name_${l}`))].filter(Boolean);
				if (missing.length) {
					fail(`has no ${missing.join(', ')} (a labelled context feature needs a name in every edition; set "label": false to draw it unnamed)`);
					continue;
				}
			}
			good.push(f);
		}
		return { type: 'FeatureCollection', features: good };
	};
	return {
		labels: read(files.labels, ['Point']),
		rivers: read(files.rivers, ['LineString', 'MultiLineString', 'Polygon', 'MultiPolygon'])
	};
}
