/**
 * The static maps, rendered from the real story and geodata: every scene in every language is a
 * well-formed SVG document that shows the scene's places, labels, lines and areas inside the image,
 * with labels that do not collide.
 */
import { describe, expect, it } from 'vitest';
import { isHttpError } from '@sveltejs/kit';
import { loadDataset } from '$lib/data/read';
import type { Dataset } from '$lib/data/dataset';
import { AREA, COLORS } from '$lib/map/tokens';
import { MAP_SETTINGS } from './edition';
import { placeName } from '$lib/map/layers/places';
import { sceneState } from '$lib/story/state';
import type { ResolvedScene } from '$lib/story/types';
import { ATTRIBUTION, renderSceneSvg } from '$lib/static-map/svg';
import { CompactPathContext } from '$lib/static-map/path';
import { escapeXml, wrapLabel } from '$lib/static-map/labels';
import { sceneView, scaleForZoom, zoomForScale } from '$lib/static-map/projection';
import { geoDistance } from 'd3-geo';
import { STATIC_MAP_LANGS, parseStaticMapFile, staticMapFile, type StaticMapLang } from './edition';

const LINE_STYLES = MAP_SETTINGS.lineKinds;
import { GET, entries } from '../../src/routes/static-maps/[file]/+server';

const data = loadDataset();
const W = 800;
const H = 560;

const rendered = new Map<string, string>();
function svgOf(scene: ResolvedScene, lang: StaticMapLang = 'en', d: Dataset = data): string {
	if (d !== data) return renderSceneSvg(scene, d, { width: W, height: H, lang, settings: MAP_SETTINGS });
	const key = `${scene.id}.${lang}`;
	let svg = rendered.get(key);
	if (svg === undefined) {
		svg = renderSceneSvg(scene, d, { width: W, height: H, lang, settings: MAP_SETTINGS });
		rendered.set(key, svg);
	}
	return svg;
}
function sceneById(id: string): ResolvedScene {
	const s = data.scenes.find((x) => x.id === id);
	if (!s) throw new Error(`no scene ${id}`);
	return s;
}

// --- A tiny XML reader (no dependency): enough to check the documents this module writes. ----------

const ENTITY = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g;
const TAG = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>/y;

function unescapeXml(s: string): string {
	return s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[e] ?? _);
}

/** Throws unless the text is one well-formed element: balanced tags, quoted attributes, escaped text. */
function checkWellFormed(xml: string): void {
	const stack: string[] = [];
	let roots = 0;
	let i = 0;
	while (i < xml.length) {
		const lt = xml.indexOf('<', i);
		const text = xml.slice(i, lt < 0 ? xml.length : lt);
		if (text.replace(ENTITY, '').includes('&')) throw new Error(`unescaped & in text near ${JSON.stringify(text.slice(0, 40))}`);
		if (text.includes('>')) throw new Error(`stray > in text near ${JSON.stringify(text.slice(0, 40))}`);
		if (stack.length === 0 && text.trim()) throw new Error(`text outside the root: ${JSON.stringify(text.slice(0, 40))}`);
		if (lt < 0) break;
		TAG.lastIndex = lt;
		const m = TAG.exec(xml);
		if (!m) throw new Error(`malformed tag at ${lt}: ${JSON.stringify(xml.slice(lt, lt + 60))}`);
		const [whole, close, name, attrs, selfClose] = m as unknown as [string, string, string, string, string];
		if ((attrs ?? '').replace(ENTITY, '').includes('&')) throw new Error(`unescaped & in attributes of <${name}>`);
		const names = [...(attrs ?? '').matchAll(/([\w:.-]+)=/g)].map((a) => a[1]);
		if (new Set(names).size !== names.length) throw new Error(`duplicate attribute in <${name}>`);
		if (close) {
			if (attrs || selfClose) throw new Error(`bad closing tag </${name}>`);
			const open = stack.pop();
			if (open !== name) throw new Error(`</${name}> closes <${open}>`);
		} else if (!selfClose) {
			if (stack.length === 0) roots++;
			stack.push(name);
		} else if (stack.length === 0) roots++;
		i = lt + whole.length;
	}
	if (stack.length > 0) throw new Error(`unclosed <${stack.join('>, <')}>`);
	if (roots !== 1) throw new Error(`${roots} root elements`);
}

interface El {
	attrs: Record<string, string>;
	inner: string;
}
function attrsOf(s: string): Record<string, string> {
	return Object.fromEntries([...s.matchAll(/([\w:.-]+)="([^"]*)"/g)].map((m) => [m[1] as string, unescapeXml(m[2] as string)]));
}
/** Elements with a given tag name (not nested in themselves), optionally only those with an attribute. */
function elements(xml: string, tag: string, withAttr?: string): El[] {
	const re = new RegExp(`<${tag}((?:\\s+[\\w:.-]+="[^"]*")*)\\s*(?:/>|>([\\s\\S]*?)</${tag}>)`, 'g');
	return [...xml.matchAll(re)]
		.map((m) => ({ attrs: attrsOf(m[1] ?? ''), inner: m[2] ?? '' }))
		.filter((e) => !withAttr || withAttr in e.attrs);
}

interface Label {
	id: string;
	text: string;
	box: { x0: number; y0: number; x1: number; y1: number };
}
/** Place labels with their boxes, estimated as 0.6 × font size × characters wide. */
function labelsOf(svg: string): Label[] {
	return elements(svg, 'text', 'data-place').map((e) => {
		const a = e.attrs;
		const tspans = elements(e.inner, 'tspan');
		const lines = (tspans.length ? tspans.map((t) => t.inner) : [e.inner]).map(unescapeXml);
		const size = Number(a['font-size']);
		const x = Number(a.x);
		const y = Number(a.y);
		const dy = tspans.slice(1).reduce((sum, t) => sum + Number(t.attrs.dy ?? 0), 0);
		const w = Math.max(...lines.map((l) => 0.6 * size * [...l].length));
		const x0 = a['text-anchor'] === 'end' ? x - w : a['text-anchor'] === 'middle' ? x - w / 2 : x;
		return { id: a['data-place'] as string, text: lines.join(' '), box: { x0, x1: x0 + w, y0: y - 0.8 * size, y1: y + dy + 0.2 * size } };
	});
}
function overlaps(a: Label['box'], b: Label['box']): boolean {
	return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}
function zoomOf(svg: string): number {
	return Number(/data-zoom="([^"]+)"/.exec(svg)?.[1]);
}
function drawnBasemap(svg: string): string[] {
	return elements(svg, 'path', 'data-basemap').map((e) => e.attrs['data-basemap'] as string);
}

// --- Units ---------------------------------------------------------------------------------------------

describe('helpers', () => {
	it('escapes the five XML special characters', () => {
		expect(escapeXml(`a & b < c > d "e" 'f'`)).toBe('a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;');
	});

	it('names files per scene and language, and reads them back', () => {
		expect(staticMapFile('us-1995')).toBe('us-1995.svg');
		expect(staticMapFile('us-1995', 'vi')).toBe('us-1995.vi.svg');
		expect(staticMapFile('us-1995', 'ko')).toBe('us-1995.ko.svg');
		for (const lang of STATIC_MAP_LANGS) expect(parseStaticMapFile(staticMapFile('tour-hai-phong', lang))).toEqual({ id: 'tour-hai-phong', lang });
		for (const bad of ['us-1995.en.svg', 'us-1995.fr.svg', 'us-1995.json', '$lib/x.svg', 'US.svg', '.svg']) expect(parseStaticMapFile(bad)).toBeUndefined();
	});

	it('converts between the live map zoom (512 px tiles) and the Mercator scale', () => {
		expect(scaleForZoom(0)).toBeCloseTo(512 / (2 * Math.PI), 9);
		expect(scaleForZoom(11)).toBeCloseTo((512 * 2048) / (2 * Math.PI), 6);
		for (const z of [0, 3.5, 7, 11]) expect(zoomForScale(scaleForZoom(z))).toBeCloseTo(z, 9);
	});

	it('wraps long labels at spaces like the live map, and keeps short ones whole', () => {
		expect(wrapLabel('Hanoi', 14, false)).toEqual(['Hanoi']);
		const long = 'Nhà máy VinFast (Đình Vũ – Cát Hải)';
		const lines = wrapLabel(long, 16, true);
		expect(lines.length).toBeGreaterThan(1);
		expect(lines.join(' ')).toBe(long);
	});

	it('writes rounded, relative path data and leaves out what rounds to nothing', () => {
		const c = new CompactPathContext();
		c.moveTo(10.04, 20);
		c.lineTo(15, 20);
		c.lineTo(15.01, 20.02); // rounds onto the previous vertex
		c.lineTo(15, 25.56);
		c.closePath();
		c.moveTo(100, 100); // a ring that rounds to a point
		c.lineTo(100.01, 100);
		c.lineTo(100, 100.02);
		c.closePath();
		c.moveTo(0, 0); // an open line
		c.lineTo(-1.26, 3);
		expect(c.result()).toBe('M10,20l5,0,0,5.6zm-10-20l-1.3,3');
		expect(c.result()).toBe('');
	});
});

// --- Every scene, every language ----------------------------------------------------------------------

describe('static maps of every scene', () => {
	const cases = data.scenes.flatMap((s) => STATIC_MAP_LANGS.map((lang) => [s.id, lang] as const));

	it.each(cases)('%s (%s) is a well-formed standalone SVG titled with the scene alt', (id, lang) => {
		const scene = sceneById(id);
		const svg = svgOf(scene, lang);
		checkWellFormed(svg);
		expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
		const root = attrsOf(/^<svg([^>]*)>/.exec(svg)?.[1] ?? '');
		expect(root.viewBox).toBe(`0 0 ${W} ${H}`);
		expect(root.role).toBe('img');
		expect(root['font-family']).toBe('Noto Sans, sans-serif');
		const title = elements(svg, 'title');
		expect(title).toHaveLength(1);
		expect(title[0]?.attrs.id).toBe(root['aria-labelledby']);
		const alt = lang === 'en' ? scene.alt : (data.translations[lang]?.scenes[scene.id]?.alt ?? scene.alt);
		expect(title[0]?.inner).toBe(escapeXml(alt));
		expect(svg).toContain(`>${escapeXml(ATTRIBUTION)}</text>`);
	});

	it.each(cases)('%s (%s) labels every place, in its language, inside the image, without collisions', (id, lang) => {
		const scene = sceneById(id);
		const svg = svgOf(scene, lang);
		const labels = labelsOf(svg);
		expect(labels.map((l) => l.id).sort()).toEqual([...scene.map.places].sort());
		for (const l of labels) {
			const f = data.places.features.find((p) => p.properties.id === l.id);
			expect(l.text).toBe(placeName(f!.properties, lang));
			expect(l.box.x0, `${l.id} left`).toBeGreaterThanOrEqual(0);
			expect(l.box.y0, `${l.id} top`).toBeGreaterThanOrEqual(0);
			expect(l.box.x1, `${l.id} right`).toBeLessThanOrEqual(W);
			expect(l.box.y1, `${l.id} bottom`).toBeLessThanOrEqual(H);
		}
		for (let i = 0; i < labels.length; i++) {
			for (let j = i + 1; j < labels.length; j++) {
				const [a, b] = [labels[i] as Label, labels[j] as Label];
				expect(overlaps(a.box, b.box), `${a.id} and ${b.id} overlap`).toBe(false);
			}
		}
		// Markers: one per place, inside the image, focus places bigger and in the focus colour.
		const dots = elements(svg, 'circle', 'data-place-dot');
		expect(dots.map((d) => d.attrs['data-place-dot']).sort()).toEqual([...scene.map.places].sort());
		for (const d of dots) {
			const [x, y] = [Number(d.attrs.cx), Number(d.attrs.cy)];
			expect(x >= 0 && x <= W && y >= 0 && y <= H, `${d.attrs['data-place-dot']} at ${x},${y}`).toBe(true);
			const focus = scene.map.focus.includes(d.attrs['data-place-dot'] as string);
			expect(d.attrs.fill).toBe(focus ? COLORS.focus : COLORS.place);
			expect(Number(d.attrs.r)).toBe(focus ? 7 : 4.5);
		}
	});

	it.each(data.scenes.map((s) => s.id))('%s draws its lines (final fraction, line style) and highlighted areas', (id) => {
		const scene = sceneById(id);
		const svg = svgOf(scene);
		const visible = sceneState(scene, 1, { animateLines: false }).lines.filter((l) => l.fraction > 0);
		const lines = elements(svg, 'path', 'data-line');
		expect(lines.map((l) => l.attrs['data-line']).sort()).toEqual(visible.map((l) => l.id).sort());
		for (const l of lines) {
			const kind = data.lines.features.find((f) => f.properties.id === l.attrs['data-line'])?.properties.kind as string;
			const style = LINE_STYLES[kind];
			expect(l.attrs.stroke).toBe(style?.color);
			expect('stroke-dasharray' in l.attrs).toBe(!!style?.dash);
			expect(l.attrs.d).toMatch(/^M/);
		}
		const areas = elements(svg, 'path', 'data-area');
		expect(areas.map((a) => a.attrs['data-area']).sort()).toEqual([...scene.map.areas].sort());
		for (const a of areas) {
			expect(a.attrs.fill).toBe(COLORS.area);
			expect(a.attrs['fill-opacity']).toBe(String(AREA.fillOpacity));
			expect(a.attrs.stroke).toBe(COLORS.areaLine);
			expect(a.attrs.d).toMatch(/^M/);
		}
	});

	it.each(data.scenes.map((s) => s.id))('%s draws land from the basemap file of its scale, never more zoomed than maxZoom', (id) => {
		const scene = sceneById(id);
		const svg = svgOf(scene);
		const zoom = zoomOf(svg);
		expect(zoom).toBeLessThanOrEqual(scene.map.camera.maxZoom + 1e-9);
		const land = drawnBasemap(svg).filter((b) => b.startsWith('land') || b === 'coast-fine');
		expect(land.length, 'some land is drawn').toBeGreaterThan(0);
		// The live map's choice is drawn whenever it has data in view; coarser land only fills in beneath.
		if (zoom < 3) expect(land).toEqual(['land-110m']);
		else if (zoom < 7) expect(land).toContain('land-50m');
		else expect(land.some((b) => b === 'land-10m' || b === 'coast-fine' || b === 'land-50m-outer')).toBe(true);
		expect(land).not.toContain(zoom < 7 ? 'coast-fine' : 'land-110m');
	});
});

describe('particular scenes', () => {
	it('frames Hanoi and Washington across the antimeridian (us-1995), the Pacific between them', () => {
		const svg = svgOf(sceneById('us-1995'));
		const dot = (id: string) => {
			const d = elements(svg, 'circle', 'data-place-dot').find((e) => e.attrs['data-place-dot'] === id);
			return [Number(d?.attrs.cx), Number(d?.attrs.cy)] as const;
		};
		const [hx, hy] = dot('hanoi');
		const [wx, wy] = dot('washington');
		for (const [x, y] of [
			[hx, hy],
			[wx, wy]
		] as const) {
			expect(x).toBeGreaterThan(0);
			expect(x).toBeLessThan(W);
			expect(y).toBeGreaterThan(0);
			expect(y).toBeLessThan(H);
		}
		expect(wx - hx).toBeGreaterThan(W / 2); // Washington east of Hanoi, across the Pacific
		expect(zoomOf(svg)).toBeLessThan(3);
		expect(drawnBasemap(svg)).toContain('land-110m');
		expect(elements(svg, 'path', 'data-line')).toHaveLength(1);
	});

	it('keeps context around close-ups: tour-hai-phong stops at the camera maxZoom, with the fine coast', () => {
		const scene = sceneById('tour-hai-phong');
		const svg = svgOf(scene);
		expect(zoomOf(svg)).toBeCloseTo(scene.map.camera.maxZoom, 6);
		expect(drawnBasemap(svg)).toContain('coast-fine');
	});

	it('shows land where the detailed files have none (a close-up of Korea)', () => {
		const svg = svgOf(sceneById('armistice-1953'));
		expect(zoomOf(svg)).toBeGreaterThanOrEqual(7);
		expect(drawnBasemap(svg)).toEqual(expect.arrayContaining(['land-50m-outer']));
	});

	it('labels the tour scenes in Korean without collisions', () => {
		for (const id of ['tour-hanoi', 'tour-hai-phong', 'tour-quang-ninh']) {
			const scene = sceneById(id);
			const labels = labelsOf(svgOf(scene, 'ko'));
			expect(labels).toHaveLength(scene.map.places.length);
			for (const l of labels) {
				const f = data.places.features.find((p) => p.properties.id === l.id);
				expect(l.text).toBe(f?.properties.name_ko);
			}
			for (const a of labels) for (const b of labels) if (a !== b) expect(overlaps(a.box, b.box), `${a.id} / ${b.id}`).toBe(false);
		}
	});

	it.each(STATIC_MAP_LANGS)('separates the labels of places a few pixels apart (%s)', (lang) => {
		// The tour's five places seen from zoom 5: Hai Phong and the VinFast plant are ~8 px apart.
		const base = sceneById('tour-hanoi');
		const places = ['hanoi', 'hai-phong', 'vinfast-dinh-vu', 'ha-long', 'van-don-airport'];
		const scene: ResolvedScene = {
			...base,
			map: { ...base.map, places, focus: ['hai-phong'], camera: { ...base.map.camera, maxZoom: 5 } }
		};
		const svg = svgOf(scene, lang, { ...data });
		expect(zoomOf(svg)).toBeCloseTo(5, 6);
		const labels = labelsOf(svg);
		expect(labels.map((l) => l.id).sort()).toEqual([...places].sort());
		for (const l of labels) {
			expect(l.box.x0 >= 0 && l.box.y0 >= 0 && l.box.x1 <= W && l.box.y1 <= H, `${l.id} inside`).toBe(true);
			for (const o of labels) if (o !== l) expect(overlaps(l.box, o.box), `${l.id} / ${o.id}`).toBe(false);
		}
	});

	it.each(STATIC_MAP_LANGS)('names nothing on the far side of a globe (%s)', (lang) => {
		// us-1995 is seen on a globe over the Pacific: India, behind it, had its name on the sea.
		const scene = sceneById('us-1995');
		const view = sceneView(scene.map.camera, W, H);
		expect(view.globe).toBe(true);
		const [rl, rp] = view.projection.rotate();
		const byId = new Map((data.context?.labels.features ?? []).map((f) => [String(f.properties?.id), f]));
		const shown = elements(svgOf(scene, lang), 'text', 'data-context').map((e) => e.attrs['data-context'] as string);
		expect(shown.length).toBeGreaterThan(0);
		for (const id of shown) {
			const f = byId.get(id)!;
			const at = (f.geometry as unknown as { coordinates: [number, number] }).coordinates;
			expect(geoDistance(at, [-rl, -rp]), id).toBeLessThanOrEqual(Math.PI / 2);
		}
	});

	it('escapes text taken from the data', () => {
		const scene = { ...sceneById('summit-hanoi'), alt: `Hanoi & Pyongyang <"map"> it's` };
		const odd = `Ha <Noi> & "Co" 'x'`;
		const d: Dataset = {
			...data,
			places: {
				...data.places,
				features: data.places.features.map((f) =>
					f.properties.id === 'hanoi' ? { ...f, properties: { ...f.properties, name: odd } } : f
				)
			}
		};
		const svg = svgOf(scene, 'en', d);
		checkWellFormed(svg);
		expect(svg).toContain(`>${escapeXml(scene.alt)}</title>`);
		expect(labelsOf(svg).find((l) => l.id === 'hanoi')?.text).toBe(odd);
		expect(svg).not.toContain(odd);
	});

	it('stays small: most maps under 60 KB, none over 200 KB', () => {
		const sizes = data.scenes.flatMap((s) => STATIC_MAP_LANGS.map((lang) => new TextEncoder().encode(svgOf(s, lang)).length));
		const small = sizes.filter((n) => n < 60_000).length;
		expect(small / sizes.length).toBeGreaterThanOrEqual(0.75);
		expect(Math.max(...sizes)).toBeLessThan(200_000);
	});
});

describe('the /static-maps endpoint', () => {
	it('prerenders every scene in every language', async () => {
		const list = await entries();
		expect(list).toHaveLength(data.scenes.length * STATIC_MAP_LANGS.length);
		expect(list).toContainEqual({ file: 'us-1995.svg' });
		expect(list).toContainEqual({ file: 'us-1995.vi.svg' });
		expect(list).toContainEqual({ file: 'us-1995.ko.svg' });
	});

	it('serves an SVG, and 404 for an unknown scene', async () => {
		const res = await GET({ params: { file: 'tour-quang-ninh.ko.svg' } } as unknown as Parameters<typeof GET>[0]);
		expect(res.headers.get('content-type')).toBe('image/svg+xml');
		const body = await res.text();
		expect(body).toBe(svgOf(sceneById('tour-quang-ninh'), 'ko'));
		for (const file of ['no-such-scene.svg', 'us-1995.json', 'us-1995.fr.svg']) {
			let status = 0;
			try {
				await GET({ params: { file } } as unknown as Parameters<typeof GET>[0]);
			} catch (e) {
				status = isHttpError(e) ? e.status : -1;
			}
			expect(status, file).toBe(404);
		}
	});
});
