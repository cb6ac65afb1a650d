/**
 * The build's data step: decode, parse and validate every geodata file and the story, resolve every
 * reference, generate routes and arcs with turf, and compute each scene's camera. Pure: it takes file
 * contents and returns either the dataset or the complete list of problems.
 */
import * as v from 'valibot';
import { parse as parseYaml } from 'yaml';
import type { Feature, FeatureCollection, Geometry, LineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import {
	AreaProps,
	BasemapProps,
	Connection,
	PlaceProps,
	Story,
	StoryTranslation,
	type Lang
} from '../story/schema.ts';
import { Settings } from '../story/settings.ts';
import { ENGINE_UI_KEYS } from '../i18n/ui.ts';
import { checkFeatureCollection, decodeUtf8, parseJson } from './geojson.ts';
import { featureLabel, type DataIssue } from './issues.ts';
import { bboxOf, greatCirclePath, positionsOf } from '../geo/lines.ts';
import { buildScenes } from '../story/scenes.ts';
import { readContext } from './context.ts';
import { sceneLabels } from './scene-labels.ts';
import type { ResolvedScene, StoryMeta } from '../story/types.ts';

export interface InputFile {
	/** Path relative to the project root, used in messages. */
	path: string;
	bytes: Uint8Array;
}

export interface Inputs {
	story: InputFile;
	places: InputFile;
	connections: InputFile;
	/** Countries and provinces that scenes may highlight. */
	areas: InputFile[];
	/** Land and border layers of the embedded basemap. */
	basemap: InputFile[];
	/** Translations of the story (`src/content/i18n/<lang>.yaml`). */
	translations: InputFile[];
	/** Context layers (`<geodata>/context/labels.geojson`, `rivers.geojson`), where the story has them. */
	context?: { labels?: InputFile; rivers?: InputFile };
}

export type PlaceFeature = Feature<Point, PlaceProps>;
export type AreaFeature = Feature<Polygon | MultiPolygon, AreaProps>;
export interface LineProps {
	id: string;
	kind: Connection['kind'];
	label: string;
	/** Cumulative length in km at each stop of `via`. */
	stopKm: number[];
	via: string[];
	lengthKm: number;
	/** The stops are reported, the path between them is not. */
	approximate?: boolean;
}
export type LineFeature = Feature<LineString, LineProps>;

export interface Dataset {
	meta: StoryMeta;
	scenes: ResolvedScene[];
	places: FeatureCollection<Point, PlaceProps>;
	areas: FeatureCollection<AreaFeature['geometry'], AreaProps>;
	lines: FeatureCollection<LineString, LineProps>;
	/** Basemap layers keyed by file stem (`land-110m`). */
	basemap: Record<string, FeatureCollection>;
	/** The story's settings (editions, chapters, line kinds, timeline, basemap, locator, credits). */
	settings: Settings;
	/** The story's translations, by edition, checked complete against the first edition. */
	translations: Partial<Record<Lang, StoryTranslation>>;
	/** Context layers: labels (countries, seas, islands, cities, rivers) and river geometry. */
	/** `scenes`: each scene's own points for country names (scene-labels.ts), made from the rest. */
	context?: { labels: FeatureCollection; rivers: FeatureCollection; scenes: FeatureCollection };
}

export type DatasetResult = { ok: true; dataset: Dataset } | { ok: false; issues: DataIssue[] };

function readJson(file: InputFile, issues: DataIssue[]): unknown {
	const { text, issue } = decodeUtf8(file.path, file.bytes);
	if (issue) {
		issues.push(issue);
		return undefined;
	}
	const parsed = parseJson(file.path, text as string);
	if (parsed.issue) issues.push(parsed.issue);
	return parsed.value;
}

function readYaml(file: InputFile, issues: DataIssue[]): unknown {
	const { text, issue } = decodeUtf8(file.path, file.bytes);
	if (issue) {
		issues.push(issue);
		return undefined;
	}
	try {
		return parseYaml(text as string, { prettyErrors: true });
	} catch (e) {
		issues.push({ file: file.path, reason: `is not valid YAML: ${(e as Error).message.split('\n')[0]}` });
		return undefined;
	}
}

function schemaIssues(
	file: string,
	where: string | undefined,
	result: v.SafeParseResult<v.GenericSchema>
): DataIssue[] {
	if (result.success) return [];
	return result.issues.map((i) => {
		const path = v.getDotPath(i);
		return { file, where, reason: path ? `${path}: ${i.message}` : i.message };
	});
}

/** A feature that passed its checks, with its index in the file (for messages). */
interface Checked<G extends Geometry, P> {
	feature: Feature<G, P>;
	where: string;
}

/** Validate a FeatureCollection and each feature's properties against a schema. */
function readCollection<P>(
	file: InputFile,
	props: v.GenericSchema<unknown, P>,
	issues: DataIssue[]
): Checked<Geometry, P>[] {
	const doc = readJson(file, issues);
	if (doc === undefined) return [];
	const { features, issues: geo } = checkFeatureCollection(file.path, doc);
	issues.push(...geo);
	const good: Checked<Geometry, P>[] = [];
	for (const f of features) {
		const index = (doc as FeatureCollection).features.indexOf(f);
		const where = featureLabel(index, (f.properties as { id?: unknown } | null)?.id);
		const r = v.safeParse(props, f.properties);
		for (const i of schemaIssues(file.path, where, r)) issues.push({ ...i, reason: `property ${i.reason}` });
		if (r.success) good.push({ feature: { ...f, properties: r.output } as Feature<Geometry, P>, where });
	}
	return good;
}

function stem(path: string): string {
	return (path.split('/').pop() ?? path).replace(/\.(geo)?json$/, '');
}

export function buildDataset(inputs: Inputs): DatasetResult {
	const issues: DataIssue[] = [];

	// The story first: its settings say which editions the geodata must name places for.
	const storyValue = readYaml(inputs.story, issues);
	const settingsResult = v.safeParse(Settings, (storyValue as { settings?: unknown } | undefined)?.settings);
	const settings = settingsResult.success ? settingsResult.output : undefined;
	/** The editions after the first: each needs its translation and its names. */
	const otherLangs = settings ? settings.editions.slice(1).map((e) => e.lang) : [];
	/** Every edition needs a name (or label) for a feature: `name_<lang>` for the editions after the first. */
	const needNames = (props: Record<string, unknown>, prefix: 'name' | 'label', file: string, where: string | undefined) => {
		for (const l of otherLangs) {
			const val = props[`${prefix}_${l}`];
			if (typeof val !== 'string' || !val.trim()) {
				const name = settings?.editions.find((e) => e.lang === l)?.name ?? l;
				issues.push({ file, where, reason: `property ${prefix}_${l}: missing (the ${name} edition needs it)` });
			}
		}
	};

	// Ids are unique across places, areas and connections: scenes may name any of them.
	const owners = new Map<string, string>();
	const claim = (id: string, file: string, where: string): boolean => {
		const prev = owners.get(id);
		if (prev) issues.push({ file, where, reason: `duplicate id "${id}" (already used in ${prev})` });
		else owners.set(id, file);
		return !prev;
	};

	// --- Places -----------------------------------------------------------------------------------
	const places = new Map<string, PlaceFeature>();
	const placeWhere = new Map<string, string>();
	for (const { feature: f, where } of readCollection(inputs.places, PlaceProps, issues)) {
		if (!claim(f.properties.id, inputs.places.path, where)) continue;
		if (f.geometry.type !== 'Point') {
			issues.push({ file: inputs.places.path, where, reason: `must be a Point, not a ${f.geometry.type}` });
			continue;
		}
		needNames(f.properties, 'name', inputs.places.path, where);
		places.set(f.properties.id, f as PlaceFeature);
		placeWhere.set(f.properties.id, where);
	}

	// --- Areas (countries, provinces) -------------------------------------------------------------
	const areas = new Map<string, AreaFeature>();
	const areaFile = new Map<string, string>();
	for (const file of inputs.areas) {
		for (const { feature: f, where } of readCollection(file, AreaProps, issues)) {
			if (!claim(f.properties.id, file.path, where)) continue;
			if (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon') {
				issues.push({ file: file.path, where, reason: `must be a Polygon or MultiPolygon, not a ${f.geometry.type}` });
				continue;
			}
			needNames(f.properties, 'name', file.path, where);
			areas.set(f.properties.id, f as AreaFeature);
			areaFile.set(f.properties.id, file.path);
		}
	}

	// --- Basemap ------------------------------------------------------------------------------------
	const basemap: Record<string, FeatureCollection> = {};
	for (const file of inputs.basemap) {
		const features = readCollection(file, BasemapProps, issues).map((c) => c.feature);
		basemap[stem(file.path)] = { type: 'FeatureCollection', features };
	}

	// --- Places lie in their country --------------------------------------------------------------
	for (const [id, f] of places) {
		const country = areas.get(f.properties.country);
		if (!country) continue;
		const [w, s, e, n] = bboxOf(positionsOf(country.geometry.coordinates));
		const [lon, lat] = f.geometry.coordinates as [number, number];
		const margin = 0.5;
		const lonIn = (l: number) => l >= w - margin && l <= e + margin;
		if (!(lonIn(lon) || lonIn(lon + 360)) || lat < s - margin || lat > n + margin) {
			issues.push({
				file: inputs.places.path,
				where: placeWhere.get(id),
				reason: `[${lon}, ${lat}] lies outside its country "${f.properties.country}" (are longitude and latitude swapped?)`
			});
		}
	}

	// --- Connections: generated with turf from place ids ------------------------------------------
	const lines = new Map<string, LineFeature>();
	const connDoc = readJson(inputs.connections, issues);
	const list = (connDoc as { connections?: unknown } | undefined)?.connections;
	if (connDoc !== undefined && !Array.isArray(list)) {
		issues.push({ file: inputs.connections.path, reason: 'must be an object with a "connections" array' });
	}
	// Each connection is checked on its own, so one bad entry does not hide the others.
	(Array.isArray(list) ? list : []).forEach((raw: unknown, i) => {
		const rawId = (raw as { id?: unknown } | null)?.id;
		const where = `connection ${typeof rawId === 'string' ? `"${rawId}" ` : ''}(#${i})`;
		const parsed = v.safeParse(Connection, raw);
		if (!parsed.success) {
			issues.push(...schemaIssues(inputs.connections.path, where, parsed));
			return;
		}
		const c = parsed.output;
		claim(c.id, inputs.connections.path, where);
		needNames(c, 'label', inputs.connections.path, where);
		if (settings && !settings.lineKinds[c.kind]) {
			issues.push({ file: inputs.connections.path, where, reason: `kind "${c.kind}" is not one of the story's lineKinds (${Object.keys(settings.lineKinds).join(', ')})` });
		}
		const stops: Position[] = [];
		for (const pid of c.via) {
			const p = places.get(pid);
			if (!p) issues.push({ file: inputs.connections.path, where, reason: `names unknown place "${pid}"` });
			else stops.push(p.geometry.coordinates);
		}
		if (new Set(c.via).size !== c.via.length) {
			issues.push({ file: inputs.connections.path, where, reason: 'visits the same place twice' });
		}
		if (stops.length !== c.via.length) return;
		const { coordinates, stopKm } = greatCirclePath(stops);
		lines.set(c.id, {
			type: 'Feature',
			properties: { id: c.id, kind: c.kind, label: c.label, stopKm, via: c.via, lengthKm: stopKm[stopKm.length - 1] ?? 0, ...(c.approximate ? { approximate: true } : {}) },
			geometry: { type: 'LineString', coordinates }
		});
	});

	// --- Story -------------------------------------------------------------------------------------
	let scenes: ResolvedScene[] = [];
	let meta: StoryMeta | undefined;
	if (storyValue !== undefined) {
		const parsed = v.safeParse(Story, storyValue);
		if (!parsed.success) {
			for (const i of parsed.issues) {
				const path = i.path?.map((p) => p.key) ?? [];
				const index = path[0] === 'scenes' && typeof path[1] === 'number' ? path[1] : undefined;
				const id = index !== undefined ? (storyValue as { scenes?: { id?: unknown }[] }).scenes?.[index]?.id : undefined;
				const rest = index !== undefined ? path.slice(2).join('.') : path.join('.');
				issues.push({
					file: inputs.story.path,
					where: index !== undefined ? `scene ${typeof id === 'string' ? `"${id}" ` : ''}(#${index})` : undefined,
					reason: rest ? `${rest}: ${i.message}` : i.message
				});
			}
		} else {
			const built = buildScenes(parsed.output, { places, areas, lines }, inputs.story.path);
			issues.push(...built.issues);
			scenes = built.scenes;
			meta = built.meta;
		}
	}

	// --- Translations: every language, every scene, every quote ----------------------------------
	const translations: Partial<Record<Lang, StoryTranslation>> = {};
	const english = englishKeys(storyValue);
	const i18nDir = inputs.story.path.replace(/story\.ya?ml$/, 'i18n/');
	for (const file of inputs.translations) {
		const lang = stem(file.path.replace(/\.ya?ml$/, ''));
		if (settings && !otherLangs.includes(lang)) {
			issues.push({ file: file.path, reason: `is not the translation of an edition: settings.editions lists ${settings.editions.map((e) => e.lang).join(', ')}` });
		}
	}
	for (const lang of otherLangs) {
		const file = inputs.translations.find((f) => stem(f.path.replace(/\.ya?ml$/, '')) === lang);
		if (!file) {
			issues.push({ file: `${i18nDir}${lang}.yaml`, reason: `is missing: the ${lang} edition (settings.editions) needs a translation of every scene` });
			continue;
		}
		const t = readYaml(file, issues);
		if (t === undefined) continue;
		const r = v.safeParse(StoryTranslation, t);
		if (!r.success) {
			for (const i of r.issues) {
				const path = (i.path ?? []).map((p) => String(p.key));
				const where = path[0] === 'scenes' && path[1] ? `scene "${path[1]}"` : undefined;
				issues.push({ file: file.path, where, reason: `${(where ? path.slice(2) : path).join('.') || 'file'}: ${i.message}` });
			}
			continue;
		}
		if (r.output.lang !== lang) issues.push({ file: file.path, reason: `says lang "${r.output.lang}" but is the ${lang} file` });
		issues.push(...translationIssues(file.path, lang, english, r.output));
		if (settings) issues.push(...settingsTranslationIssues(file.path, settings, r.output));
		translations[lang] = r.output;
	}

	// --- Context layers: names in every edition, a source, a zoom range --------------------------
	const context = readContext(inputs.context ?? {}, otherLangs, issues);
	for (const f of [...context.labels.features, ...context.rivers.features]) {
		const id = String((f.properties as { id: string }).id);
		const file = (context.labels.features.includes(f) ? inputs.context?.labels : inputs.context?.rivers)?.path ?? 'context';
		claim(id, file, `feature "${id}"`);
	}

	if (issues.length > 0 || !meta || !settings) return { ok: false, issues };
	// Each scene's countries get a point of their own for their names (scene-labels.ts).
	const areaCollection = { type: 'FeatureCollection' as const, features: [...areas.values()] };
	const scenePoints = sceneLabels(context.labels, areaCollection, scenes, (id) => places.get(id)?.geometry.coordinates, (id) => areaFile.get(id) ?? 'areas');
	return {
		ok: true,
		dataset: {
			settings,
			meta,
			scenes,
			places: { type: 'FeatureCollection', features: [...places.values()] },
			areas: areaCollection,
			lines: { type: 'FeatureCollection', features: [...lines.values()] },
			basemap,
			translations,
			context: { ...context, scenes: { type: 'FeatureCollection', features: scenePoints } }
		}
	};
}

/** What a translation must match in the English story: ids and keys, read from the raw story. */
export interface EnglishKeys {
	scenes: { id: string; quote: boolean; chart?: { bars: { id: string; note: boolean }[] } }[];
	events: string[];
	articles: { key: string; author: boolean; note: boolean }[];
	/** Ids of the story's corrections and updates. */
	corrections: string[];
}

function englishKeys(story: unknown): EnglishKeys {
	const st = (story ?? {}) as {
		scenes?: { id?: unknown; quote?: unknown; chart?: { bars?: { id?: unknown; note?: unknown }[]; to?: unknown[] } }[];
		events?: { id?: unknown }[];
		articles?: Record<string, { author?: unknown; note?: unknown }>;
		corrections?: { id?: unknown }[];
	};
	const str = (x: unknown): x is string => typeof x === 'string';
	return {
		scenes: (Array.isArray(st.scenes) ? st.scenes : [])
			.filter((sc) => str(sc?.id))
			.map((sc) => ({
				id: sc.id as string,
				quote: !!sc.quote,
				chart: sc.chart
					? {
							bars: Array.isArray(sc.chart.bars)
								? sc.chart.bars.filter((b) => str(b?.id)).map((b) => ({ id: b.id as string, note: !!b.note }))
								: (Array.isArray(sc.chart.to) ? sc.chart.to : []).filter(str).map((id) => ({ id, note: false }))
						}
					: undefined
			})),
		events: (Array.isArray(st.events) ? st.events : []).map((e) => e?.id).filter(str),
		articles: Object.entries(st.articles && typeof st.articles === 'object' ? st.articles : {}).map(([key, a]) => ({
			key,
			author: !!a?.author,
			note: !!a?.note
		})),
		corrections: (Array.isArray(st.corrections) ? st.corrections : []).map((c) => c?.id).filter(str)
	};
}

/**
 * A translation against the English story, matched by id and key only: a missing translation and
 * a translation whose id no longer exists in English are both refused, naming the file and item.
 */
export function translationIssues(file: string, lang: Lang, en: EnglishKeys, t: StoryTranslation): DataIssue[] {
	const issues: DataIssue[] = [];
	const add = (where: string | undefined, reason: string) => issues.push({ file, where, reason });
	/** Keys of `given` that `wanted` lacks, and the other way round. */
	const compare = (where: string, what: string, wanted: string[], given: string[], missing: string) => {
		for (const k of wanted) if (!given.includes(k)) add(where, `${what}: ${missing} "${k}"`);
		for (const k of given) if (!wanted.includes(k)) add(where, `${what}."${k}" names nothing in the English story (was it renamed or removed?)`);
	};

	for (const sc of en.scenes) {
		const where = `scene "${sc.id}"`;
		const tr = t.scenes[sc.id];
		if (!tr) {
			add(where, `is missing (no ${lang} translation of this scene)`);
			continue;
		}
		if (sc.quote !== !!tr.quote) add(where, sc.quote ? 'has no translation of the quote' : 'has a quote the English scene does not have');
		if (!!sc.chart !== !!tr.chart) add(where, sc.chart ? 'has no translation of the chart' : 'has a chart the English scene does not have');
		if (sc.chart && tr.chart) {
			compare(where, 'chart.labels', sc.chart.bars.map((b) => b.id), Object.keys(tr.chart.labels), 'has no label for bar');
			compare(where, 'chart.notes', sc.chart.bars.filter((b) => b.note).map((b) => b.id), Object.keys(tr.chart.notes ?? {}), 'has no translation of the note on bar');
		}
	}
	const known = new Set(en.scenes.map((sc) => sc.id));
	for (const id of Object.keys(t.scenes)) if (!known.has(id)) add(`scene "${id}"`, 'is not a scene of the English story');

	const given = Object.keys(t.events ?? {});
	for (const id of en.events) if (!given.includes(id)) add(`event "${id}"`, `is missing (no ${lang} label for this timeline event)`);
	for (const id of given) if (!en.events.includes(id)) add(`event "${id}"`, 'is not an event of the English story (was it renamed or removed?)');

	for (const a of en.articles) {
		const tr = t.articles[a.key];
		if (a.author && !tr?.author) add(`article "${a.key}"`, `has no ${lang} wording of the credit line (author)`);
		if (a.note && !tr?.note) add(`article "${a.key}"`, `has no ${lang} translation of the note`);
	}
	const articleKeys = new Set(en.articles.map((a) => a.key));
	for (const key of Object.keys(t.articles)) if (!articleKeys.has(key)) add(`article "${key}"`, 'is not an article of the English story');

	const corrections = Object.keys(t.corrections ?? {});
	for (const id of en.corrections) if (!corrections.includes(id)) add(`correction "${id}"`, `is missing (no ${lang} wording of this correction)`);
	for (const id of corrections) if (!en.corrections.includes(id)) add(`correction "${id}"`, 'is not a correction of the English story (was it renamed or removed?)');
	return issues;
}

/**
 * A translation's settings and interface against the story's: the same chapters, line kinds and
 * credits (by key), and every interface string of the engine, no more, no fewer.
 */
export function settingsTranslationIssues(file: string, settings: Settings, t: StoryTranslation): DataIssue[] {
	const issues: DataIssue[] = [];
	const compare = (what: string, wanted: string[], given: string[]) => {
		for (const k of wanted) if (!given.includes(k)) issues.push({ file, where: what, reason: `has no translation of "${k}"` });
		for (const k of given) if (!wanted.includes(k)) issues.push({ file, where: what, reason: `"${k}" names nothing the story has (was it renamed or removed?)` });
	};
	compare('settings.chapters', Object.keys(settings.chapters), Object.keys(t.settings.chapters));
	compare('settings.lineKinds', Object.keys(settings.lineKinds), Object.keys(t.settings.lineKinds));
	compare('settings.credits.mapData', Object.keys(settings.credits.mapData), Object.keys(t.settings.credits.mapData));
	if (!!settings.credits.note !== !!t.settings.credits.note) issues.push({ file, where: 'settings.credits.note', reason: settings.credits.note ? 'is missing' : 'has no original in story.yaml' });
	compare('ui', ENGINE_UI_KEYS, Object.keys(t.ui));
	return issues;
}
