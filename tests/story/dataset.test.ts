/**
 * The build refuses bad data and says where and why: each test damages one copy of the real story or
 * geodata in memory and checks the message names the file, the feature or scene, and the reason.
 */
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { buildDataset, type InputFile, type Inputs } from '$lib/data/dataset';
import { readInputs } from '$lib/data/read';
import { formatIssue } from '$lib/data/issues';

const original = readInputs();
const enc = new TextEncoder();
const dec = new TextDecoder();

function json(f: InputFile) {
	return JSON.parse(dec.decode(f.bytes));
}
function withFile(inputs: Inputs, key: 'places' | 'connections' | 'story', bytes: Uint8Array): Inputs {
	return { ...inputs, [key]: { ...inputs[key], bytes } };
}
function editPlaces(fn: (fc: { features: { properties: Record<string, unknown>; geometry: { type: string; coordinates: unknown } }[] }) => void): Inputs {
	const fc = json(original.places);
	fn(fc);
	return withFile(original, 'places', enc.encode(JSON.stringify(fc)));
}
function editStory(fn: (story: { scenes: Record<string, unknown>[] }) => void): Inputs {
	const story = parse(dec.decode(original.story.bytes));
	fn(story);
	return withFile(original, 'story', enc.encode(stringify(story)));
}
function editTranslation(lang: 'vi' | 'ko', fn: (t: Record<string, any>) => void, inputs: Inputs = original): Inputs {
	const i = inputs.translations.findIndex((f) => f.path.endsWith(`/${lang}.yaml`));
	const t = parse(dec.decode(inputs.translations[i]!.bytes));
	fn(t);
	const translations = [...inputs.translations];
	translations[i] = { ...translations[i]!, bytes: enc.encode(stringify(t)) };
	return { ...inputs, translations };
}
function messages(inputs: Inputs): string[] {
	const r = buildDataset(inputs);
	expect(r.ok).toBe(false);
	return r.ok ? [] : r.issues.map(formatIssue);
}

describe('the real story and geodata', () => {
	it('pass every check', () => {
		const r = buildDataset(original);
		if (!r.ok) throw new Error(r.issues.map(formatIssue).join('\n'));
		expect(r.dataset.scenes.length).toBeGreaterThanOrEqual(14);
	});
	it('keep each source’s parts apart: publisher, title, its language, the ISO date', () => {
		const r = buildDataset(original);
		if (!r.ok) throw new Error('invalid');
		const flight = r.dataset.scenes.find((s) => s.id === 'minister-flight')!;
		expect(flight.sources[0]).toMatchObject({ kind: 'article', article: 'scmp', publisher: 'South China Morning Post', lang: 'en', date: '2019-02-12', datedFromContent: true });
		expect(flight.sources[1]).toMatchObject({ kind: 'outside', publisher: 'Hà Nội Mới', lang: 'vi', date: '2019-02-12' });
		const noDeal = r.dataset.scenes.find((s) => s.id === 'epilogue-no-deal')!;
		expect(noDeal.sources.find((s) => s.publisher === 'AFP')).toMatchObject({ via: 'Oman Observer', lang: 'en' });
	});
});

describe('bad input is refused with file, feature and reason', () => {
	it('swapped longitude and latitude', () => {
		const m = messages(editPlaces((fc) => {
			const hanoi = fc.features.find((f) => f.properties.id === 'hanoi')!;
			hanoi.geometry.coordinates = [...(hanoi.geometry.coordinates as number[])].reverse();
		}));
		expect(m.join('\n')).toMatch(/geodata\/places\.geojson: feature "hanoi" \(#\d+\): latitude [\d.]+ is out of range.*swapped/);
	});
	it('swapped coordinates that stay in range are caught by the country check', () => {
		const m = messages(editPlaces((fc) => {
			const p = fc.features.find((f) => f.properties.id === 'singapore')!;
			// Singapore at [lat, lon]-ish nonsense that is still in range: off the coast of Africa.
			p.geometry.coordinates = [1.29, 10.3];
		}));
		expect(m.join('\n')).toMatch(/feature "singapore" \(#\d+\): \[1\.29, 10\.3\] lies outside its country "sgp"/);
	});
	it('latitude 95', () => {
		const m = messages(editPlaces((fc) => {
			fc.features[0]!.geometry.coordinates = [105, 95];
		}));
		expect(m[0]).toMatch(/places\.geojson: feature "[a-z-]+" \(#0\): latitude 95 is out of range/);
	});
	it('a duplicate id', () => {
		const m = messages(editPlaces((fc) => {
			fc.features[1]!.properties.id = fc.features[0]!.properties.id;
		}));
		expect(m.join('\n')).toMatch(/feature "[a-z-]+" \(#1\): duplicate id/);
	});
	it('an empty geometry', () => {
		const m = messages(editPlaces((fc) => {
			fc.features[2]!.geometry.coordinates = [];
		}));
		expect(m.join('\n')).toMatch(/\(#2\): has an empty Point geometry/);
	});
	it('a missing name', () => {
		const m = messages(editPlaces((fc) => {
			delete fc.features[0]!.properties.name;
		}));
		expect(m.join('\n')).toMatch(/\(#0\): property name: /);
	});
	it('invalid JSON', () => {
		const m = messages(withFile(original, 'places', enc.encode('{"type": "FeatureCollection", "features": [')));
		expect(m[0]).toMatch(/^geodata\/places\.geojson: is not valid JSON/);
	});
	it('a file that is not UTF-8', () => {
		const bytes = new Uint8Array([...original.places.bytes.slice(0, 40), 0xff, 0xfe, ...original.places.bytes.slice(40)]);
		expect(messages(withFile(original, 'places', bytes))[0]).toBe('geodata/places.geojson: is not valid UTF-8 text (save it as UTF-8)');
	});
	it('an unclosed ring in an area', () => {
		const countries = json(original.areas[0]!);
		const g = countries.features[0].geometry;
		const ring = g.type === 'Polygon' ? g.coordinates[0] : g.coordinates[0][0];
		ring.pop();
		const inputs = { ...original, areas: [{ ...original.areas[0]!, bytes: enc.encode(JSON.stringify(countries)) }, ...original.areas.slice(1)] };
		expect(messages(inputs).join('\n')).toMatch(/geodata\/countries\.geojson: feature "[a-z]+" \(#0\): .*not closed/);
	});
	it('a scene that names a place that does not exist', () => {
		const m = messages(editStory((s) => {
			(s.scenes[0]!.map as { places: string[] }).places.push('atlantis');
		}));
		expect(m.join('\n')).toMatch(/src\/content\/story\.yaml: scene "[a-z0-9-]+" \(#0\): map\.places names unknown place "atlantis"/);
	});
	it('a scene with no text', () => {
		const m = messages(editStory((s) => {
			s.scenes[1]!.text = '';
		}));
		expect(m.join('\n')).toMatch(/scene "[a-z0-9-]+" \(#1\): text: must have at least 50 words/);
	});
	it('a date that does not parse', () => {
		const m = messages(editStory((s) => {
			s.scenes[2]!.date = '2019-02-30';
		}));
		expect(m.join('\n')).toMatch(/scene "[a-z0-9-]+" \(#2\): date: is not a real calendar date/);
	});
	it('a duplicate scene id', () => {
		const m = messages(editStory((s) => {
			s.scenes[3]!.id = s.scenes[2]!.id;
		}));
		expect(m.join('\n')).toMatch(/\(#3\): duplicate scene id/);
	});
	it('a route that names one place', () => {
		const c = json(original.connections);
		c.connections[0].via = [c.connections[0].via[0]];
		const m = messages(withFile(original, 'connections', enc.encode(JSON.stringify(c))));
		expect(m.join('\n')).toMatch(/geodata\/connections\.json: connection "[a-z0-9-]+" \(#0\): via: must name at least two places/);
	});
	it('a route through an unknown place', () => {
		const c = json(original.connections);
		c.connections[0].via.push('atlantis');
		const m = messages(withFile(original, 'connections', enc.encode(JSON.stringify(c))));
		expect(m.join('\n')).toMatch(/connection "[a-z0-9-]+" \(#0\): names unknown place "atlantis"/);
	});
	it('a translation that labels a chart bar by an id the English chart no longer has', () => {
		const m = messages(editStory((s) => {
			const sc = s.scenes.find((x) => x.id === 'doi-moi-1986') as { chart: { bars: { id: string }[] } };
			sc.chart.bars[1]!.id = 'february-2019';
		})).join('\n');
		expect(m).toMatch(/src\/content\/i18n\/vi\.yaml: scene "doi-moi-1986": chart\.labels: has no label for bar "february-2019"/);
		expect(m).toMatch(/src\/content\/i18n\/ko\.yaml: scene "doi-moi-1986": chart\.labels\."scmp-today" names nothing in the English story/);
		expect(m).toMatch(/vi\.yaml: scene "doi-moi-1986": chart\.notes: has no translation of the note on bar "february-2019"/);
	});
	it('a distance chart whose bars are keyed by the places they lead to', () => {
		const m = messages(editStory((s) => {
			const sc = s.scenes.find((x) => x.id === 'singapore-2018') as { chart: { to: string[] } };
			sc.chart.to = ['hanoi', 'seoul'];
		})).join('\n');
		expect(m).toMatch(/vi\.yaml: scene "singapore-2018": chart\.labels: has no label for bar "seoul"/);
		expect(m).toMatch(/vi\.yaml: scene "singapore-2018": chart\.labels\."singapore" names nothing in the English story/);
	});
	it('a caveat on a bar that the translation does not carry', () => {
		const m = messages(editTranslation('ko', (t) => {
			delete t.scenes['doi-moi-1986'].chart.notes['before-doi-moi'];
		}));
		expect(m).toEqual(['src/content/i18n/ko.yaml: scene "doi-moi-1986": chart.notes: has no translation of the note on bar "before-doi-moi"']);
	});
	it('a chart without a translated source line', () => {
		const m = messages(editTranslation('vi', (t) => {
			delete t.scenes['singapore-2018'].chart.source;
		}));
		expect(m.join('\n')).toMatch(/vi\.yaml: scene "singapore-2018": chart\.source: /);
	});
	it('a timeline event missing from a translation, and one the English story no longer has', () => {
		const m = messages(editTranslation('ko', (t) => {
			delete t.events['war-ends-1975'];
			t.events['war-ends-1976'] = '베트남 전쟁 종전';
		}));
		expect(m).toEqual([
			'src/content/i18n/ko.yaml: event "war-ends-1975": is missing (no ko label for this timeline event)',
			'src/content/i18n/ko.yaml: event "war-ends-1976": is not an event of the English story (was it renamed or removed?)'
		]);
	});
	it('timeline events given as a list, by position, are refused', () => {
		const m = messages(editTranslation('vi', (t) => {
			t.events = Object.values(t.events);
		}));
		expect(m).toContain('src/content/i18n/vi.yaml: event "ties-1950": is missing (no vi label for this timeline event)');
		expect(m).toContain('src/content/i18n/vi.yaml: event "0": is not an event of the English story (was it renamed or removed?)');
	});
	it('two timeline events with the same id', () => {
		const m = messages(editStory((s) => {
			const ev = (s as unknown as { events: { id: string }[] }).events;
			ev[1]!.id = ev[0]!.id;
		}));
		expect(m.join('\n')).toMatch(/story\.yaml: event "ties-1950" \(#1\): duplicate event id "ties-1950" \(also event #0\)/);
	});
	it('an article whose credit line or note is not translated', () => {
		const m = messages(editTranslation('vi', (t) => {
			delete t.articles.scmp.author;
			delete t.articles.retelling.note;
		}));
		expect(m).toEqual([
			'src/content/i18n/vi.yaml: article "scmp": has no vi wording of the credit line (author)',
			'src/content/i18n/vi.yaml: article "retelling": has no vi translation of the note'
		]);
	});
	it('an outside source with a language tag that is not one', () => {
		const m = messages(editStory((s) => {
			(s.scenes.find((x) => x.id === 'minister-flight')!.sources as { lang?: string }[])[1]!.lang = 'Vietnamese';
		}));
		expect(m.join('\n')).toMatch(/scene "minister-flight" \(#\d+\): sources\.1\.lang: must be a language tag/);
	});
	it('leaves the original data untouched', () => {
		expect(buildDataset(readInputs()).ok).toBe(true);
	});
});
