import { describe, expect, it } from 'vitest';
import type { LayerSpecification } from 'maplibre-gl';
import { buildStyle } from './style';
import type { KindRuntime } from './layers/types';

const kind = (layers: LayerSpecification[]) => ({ sources: () => ({}), layers: () => layers }) as unknown as KindRuntime;
const label = (id: string, font: string[]): LayerSpecification => ({ id, type: 'symbol', source: 's', layout: { 'text-field': 'x', 'text-font': font } });

describe('buildStyle', () => {
	it("adds the edition's faces to the end of every label's font stack, so Hangul is drawn in the site's Korean face", () => {
		const style = buildStyle([kind([label('places', ['Noto Sans']), label('focus', ['Noto Sans Bold', 'Noto Sans']), { id: 'land', type: 'background' }])], ['Noto Sans KR']);
		const fonts = style.layers.map((l) => (l.type === 'symbol' ? l.layout?.['text-font'] : undefined));
		expect(fonts).toEqual([['Noto Sans', 'Noto Sans KR'], ['Noto Sans Bold', 'Noto Sans', 'Noto Sans KR'], undefined]);
	});

	it('leaves the stacks alone for an edition without faces of its own, and never names a face twice', () => {
		expect(buildStyle([kind([label('places', ['Noto Sans'])])]).layers[0]).toMatchObject({ layout: { 'text-font': ['Noto Sans'] } });
		expect(buildStyle([kind([label('places', ['Noto Sans'])])], ['Noto Sans']).layers[0]).toMatchObject({ layout: { 'text-font': ['Noto Sans'] } });
	});
});
