/**
 * buildScenes: turn the validated story into scenes ready for the page and the map. Resolves every
 * reference (places, areas, lines, articles), turns draw points into fractions and computes the
 * camera box each scene frames. Pure; runs at build time.
 */
import type { Position } from 'geojson';
import type { DataIssue } from '../data/issues.ts';
import { bboxOf, positionsOf } from '../geo/lines.ts';
import type { AreaFeature, LineFeature, PlaceFeature } from '../data/dataset.ts';
import distance from '@turf/distance';
import type { BBox } from '../geo/lines.ts';
import type { Chart, Story, Source } from './schema.ts';

type Article = Story['articles'][string];
import type { ResolvedChart, ResolvedCorrection, ResolvedScene, ResolvedSource, SceneLineSpec, StoryMeta, TimelineMark } from './types.ts';

export interface GeoIndex {
	places: Map<string, PlaceFeature>;
	areas: Map<string, AreaFeature>;
	lines: Map<string, LineFeature>;
}

/** Camera limit when neither the scene nor the story's settings set one: close enough for a port. */
export const DEFAULT_MAX_ZOOM = 11;

/** A scene whose view spans more than this (corner to corner of its box) is shown on a globe. */
export const GLOBE_KM = 4000;

/** The projection a camera box asks for: a globe across oceans and continents, Mercator closer in. */
export function projectionFor(bounds: BBox, explicit?: 'globe' | 'mercator'): 'globe' | 'mercator' {
	if (explicit) return explicit;
	const [w, s, e, n] = bounds;
	return distance([w, s], [e, n], { units: 'kilometers' }) > GLOBE_KM ? 'globe' : 'mercator';
}

/** The object without its undefined fields (they would be serialised into the page as `void 0`). */
function compact<T extends object>(o: T): T {
	return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** An article cited as a source: its parts, dated in English until an edition labels the date. */
export function articleSource(key: string, a: Article): ResolvedSource {
	return compact({
		kind: 'article',
		article: key,
		publisher: a.publication,
		title: a.title,
		lang: a.lang ?? 'en',
		printTitle: a.printTitle,
		author: a.author,
		date: a.date,
		datedFromContent: a.datedFromContent
	});
}

function outsideSource(s: Exclude<Source, { article: string }>): ResolvedSource {
	return compact({ kind: 'outside', publisher: s.publisher, title: s.name, lang: s.lang ?? 'en', via: s.via, date: s.date, url: s.url });
}

export function buildScenes(
	story: Story,
	geo: GeoIndex,
	file: string
): { scenes: ResolvedScene[]; meta: StoryMeta; issues: DataIssue[] } {
	const issues: DataIssue[] = [];
	const seen = new Map<string, number>();
	const defaultMaxZoom = story.settings.maxZoom ?? DEFAULT_MAX_ZOOM;

	const resolveSource = (s: Source, where: string): ResolvedSource | undefined => {
		if ('article' in s) {
			const a = story.articles[s.article];
			if (!a) {
				issues.push({ file, where, reason: `cites unknown article "${s.article}" (known: ${Object.keys(story.articles).join(', ')})` });
				return undefined;
			}
			return articleSource(s.article, a);
		}
		return outsideSource(s);
	};

	const scenes: ResolvedScene[] = story.scenes.map((scene, index) => {
		const where = `scene "${scene.id}" (#${index})`;
		const fail = (reason: string) => issues.push({ file, where, reason });

		const prev = seen.get(scene.id);
		if (prev !== undefined) fail(`duplicate scene id "${scene.id}" (also scene #${prev})`);
		else seen.set(scene.id, index);
		if (scene.dateEnd && scene.dateEnd < scene.date) fail(`dateEnd ${scene.dateEnd} is before date ${scene.date}`);
		const chapterLabel = story.settings.chapters[scene.chapter];
		if (chapterLabel === undefined) fail(`chapter "${scene.chapter}" is not one of settings.chapters (${Object.keys(story.settings.chapters).join(', ')})`);
		const cam = scene.map.camera;
		if ((cam?.center === undefined) !== (cam?.zoom === undefined)) fail('map.camera: an explicit camera needs both center and zoom');

		const m = scene.map;
		for (const id of m.places) if (!geo.places.has(id)) fail(`map.places names unknown place "${id}"`);
		for (const id of m.focus ?? []) if (!m.places.includes(id)) fail(`map.focus "${id}" is not one of the scene's places`);
		for (const id of m.areas ?? []) if (!geo.areas.has(id)) fail(`map.areas names unknown area "${id}"`);

		const lines: SceneLineSpec[] = [];
		for (const l of m.lines ?? []) {
			const spec = typeof l === 'string' ? { id: l } : l;
			const line = geo.lines.get(spec.id);
			if (!line) {
				fail(`map.lines names unknown connection "${spec.id}"`);
				continue;
			}
			const toFraction = (p: number | string | undefined, name: string): number | undefined => {
				if (p === undefined) return 1;
				if (typeof p === 'number') return p;
				const at = line.properties.via.indexOf(p);
				if (at < 0) {
					fail(`map.lines "${spec.id}" ${name}: "${p}" is not a stop of that line (${line.properties.via.join(' → ')})`);
					return undefined;
				}
				const km = line.properties.stopKm[at] ?? 0;
				return line.properties.lengthKm > 0 ? km / line.properties.lengthKm : 1;
			};
			const from = toFraction('from' in spec ? spec.from : undefined, 'from');
			const to = toFraction('to' in spec ? spec.to : undefined, 'to');
			if (from === undefined || to === undefined) continue;
			if (from > to) fail(`map.lines "${spec.id}": from (${from.toFixed(2)}) is after to (${to.toFixed(2)})`);
			lines.push({ id: spec.id, from, to });
		}

		const fitIds = m.camera?.fit ?? [...m.places, ...lines.map((l) => l.id)];
		const positions: Position[] = [];
		for (const id of fitIds) {
			const f = geo.places.get(id) ?? geo.lines.get(id) ?? geo.areas.get(id);
			if (!f) fail(`map.camera.fit names unknown id "${id}"`);
			else positions.push(...positionsOf(f.geometry.coordinates));
		}
		if (fitIds.length === 0) fail('the map shows nothing to frame: give it places or camera.fit');

		const bounds = positions.length > 0 ? bboxOf(positions) : ([0, 0, 0, 0] as [number, number, number, number]);
		let small: { bounds: BBox; maxZoom: number } | undefined;
		const sm = m.camera?.small;
		if (sm) {
			const pos: Position[] = [];
			for (const id of sm.fit ?? fitIds) {
				const f = geo.places.get(id) ?? geo.lines.get(id) ?? geo.areas.get(id);
				if (!f) fail(`map.camera.small.fit names unknown id "${id}"`);
				else pos.push(...positionsOf(f.geometry.coordinates));
			}
			if (pos.length > 0) small = { bounds: bboxOf(pos), maxZoom: sm.maxZoom ?? m.camera?.maxZoom ?? defaultMaxZoom };
		}
		const chart = scene.chart ? resolveChart(scene.chart, geo, fail) : undefined;
		return {
			id: scene.id,
			index,
			chapter: scene.chapter,
			chapterLabel: chapterLabel ?? scene.chapter,
			title: scene.title,
			date: scene.date,
			dateEnd: scene.dateEnd,
			paragraphs: scene.text
				.split(/\n\s*\n/)
				.map((p) => p.replace(/\s+/g, ' ').trim())
				.filter(Boolean),
			quote: scene.quote,
			sources: scene.sources.map((s) => resolveSource(s, where)).filter((s): s is ResolvedSource => !!s),
			afterArticles: scene.afterArticles ?? false,
			alt: scene.alt,
			chart,
			map: {
				places: m.places,
				focus: m.focus ?? [],
				areas: m.areas ?? [],
				lines,
				camera: compact({
					bounds,
					projection: projectionFor(bounds, cam?.projection),
					maxZoom: m.camera?.maxZoom ?? defaultMaxZoom,
					bearing: m.camera?.bearing ?? 0,
					pitch: m.camera?.pitch ?? 0,
					center: cam?.center && cam.zoom !== undefined ? (cam.center as [number, number]) : undefined,
					zoom: cam?.center && cam.zoom !== undefined ? cam.zoom : undefined,
					small
				})
			}
		};
	});

	const events: TimelineMark[] = [];
	const eventIds = new Map<string, number>();
	(story.events ?? []).forEach((e, i) => {
		const where = `event "${e.id}" (#${i})`;
		const prev = eventIds.get(e.id);
		if (prev !== undefined) issues.push({ file, where, reason: `duplicate event id "${e.id}" (also event #${prev})` });
		else eventIds.set(e.id, i);
		if (!seen.has(e.scene)) issues.push({ file, where, reason: `names unknown scene "${e.scene}"` });
		else events.push({ id: e.id, date: e.date, label: e.label, sceneId: e.scene, isScene: false });
	});

	const corrections: ResolvedCorrection[] = [];
	const correctionIds = new Map<string, number>();
	(story.corrections ?? []).forEach((c, i) => {
		const where = `correction "${c.id}" (#${i})`;
		const prev = correctionIds.get(c.id);
		if (prev !== undefined) issues.push({ file, where, reason: `duplicate correction id "${c.id}" (also correction #${prev})` });
		else correctionIds.set(c.id, i);
		if (story.published && c.date < story.published) issues.push({ file, where, reason: `is dated ${c.date}, before the story was published (${story.published})` });
		corrections.push({ id: c.id, date: c.date, kind: c.kind ?? 'correction', text: c.text.replace(/\s+/g, ' ').trim() });
	});
	// Newest first; the same day keeps the file's order.
	corrections.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
	const modified = [story.published, ...corrections.map((c) => c.date)].filter((d): d is string => !!d).sort().pop();

	const meta: StoryMeta = compact({
		title: story.title,
		standfirst: story.standfirst,
		byline: story.byline,
		articles: Object.entries(story.articles).map(([key, a]) => ({ ...articleSource(key, a), key, note: a.note })),
		events,
		published: story.published,
		modified,
		corrections
	});
	return { scenes, meta, issues };
}

/** Distances are computed from the geodata with turf; figures are passed through with their source. */
function resolveChart(c: Chart, geo: GeoIndex, fail: (reason: string) => void): ResolvedChart | undefined {
	if (c.type === 'bars') {
		const ids = new Set<string>();
		for (const b of c.bars) {
			if (ids.has(b.id)) fail(`chart.bars: duplicate bar id "${b.id}"`);
			ids.add(b.id);
		}
		return { title: c.title, unit: c.unit, bars: c.bars, source: c.source };
	}
	const from = geo.places.get(c.from);
	if (!from) {
		fail(`chart.from names unknown place "${c.from}"`);
		return undefined;
	}
	const bars: ResolvedChart['bars'] = [];
	if (new Set(c.to).size !== c.to.length) fail('chart.to names the same place twice');
	for (const id of c.to) {
		const to = geo.places.get(id);
		if (!to) {
			fail(`chart.to names unknown place "${id}"`);
			continue;
		}
		const km = distance(from.geometry.coordinates, to.geometry.coordinates, { units: 'kilometers' });
		bars.push({ id, label: `${from.properties.name} – ${to.properties.name}`, value: Math.round(km / 10) * 10 });
	}
	return {
		title: c.title,
		unit: 'km',
		bars,
		source: 'Great-circle distances computed with turf from the coordinates in the story’s geodata, rounded to 10 km.'
	};
}
