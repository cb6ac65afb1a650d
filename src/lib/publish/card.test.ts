import { describe, expect, it } from 'vitest';
import { cardSvg, emptyMapReason, fontRuns, missingGlyphs, pixelVariety, setInFaces, wrapText, type RunFace } from './card';

/** Every character 10 px wide at size 10: widths are easy to reason about. */
const mono = (s: string) => [...s].length * 10;

describe('wrapText', () => {
	it('breaks at spaces, never past the width', () => {
		const w = wrapText('Paris takes the stage again', 120, mono);
		expect(w.lines).toEqual(['Paris takes', 'the stage', 'again']);
		expect(w.truncated).toBe(false);
		for (const l of w.lines) expect(mono(l)).toBeLessThanOrEqual(120);
	});

	it('breaks a word wider than a line between characters', () => {
		expect(wrapText('Supercalifragilistic', 80, mono).lines).toEqual(['Supercal', 'ifragili', 'stic']);
	});

	it('keeps a letter and its accents together when it must break a word', () => {
		const decomposed = 'Nguye\u0302\u0303n'; // e + circumflex + tilde, as two combining marks
		const lines = wrapText(decomposed, 50, (s) => [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(s)].length * 10).lines;
		expect(lines.join('')).toBe(decomposed);
		for (const l of lines) expect(/^[\u0300-\u036f]/.test(l)).toBe(false);
	});

	it('ends a text that does not fit with an ellipsis, cutting whole words', () => {
		const w = wrapText('one two three four five six seven', 90, mono, 2);
		expect(w.truncated).toBe(true);
		expect(w.lines).toEqual(['one two', 'three…']);
		for (const l of w.lines) expect(mono(l)).toBeLessThanOrEqual(90);
	});

	it('wraps Korean at its spaces', () => {
		expect(wrapText('지도 이야기 이후: 열차로 도착한 사람', 100, mono).lines).toEqual(['지도 이야기 이후:', '열차로 도착한 사람']);
	});
});

const face = (name: string, bold: boolean, chars: string, em = 0.5): RunFace => {
	const set = new Set([...chars].map((c) => c.codePointAt(0)!));
	return { name, weight: bold ? 700 : 400, bold, has: (cp) => set.has(cp), advance: (cp) => (set.has(cp) ? em : 0) };
};
const latin = face('L', false, ' abcdefghijklmnopqrstuvwxyzPNV:');
const viet = face('V', false, 'ộđồạ');
const hangul = face('K', false, '파리 ', 1);

describe('fontRuns', () => {
	it('sets each character in the first face that has it, keeping runs as long as it can', () => {
		expect(fontRuns('Paris một', false, [latin, viet]).map((r) => [r.face?.name, r.text])).toEqual([
			['L', 'Paris m'],
			['V', 'ộ'],
			['L', 't']
		]);
	});

	it('uses only faces of the text weight', () => {
		expect(fontRuns('ab', true, [latin]).map((r) => r.face)).toEqual([undefined]);
	});

	it('reports what no face has', () => {
		expect(missingGlyphs([{ text: 'Paris 平壤', bold: false }], [latin, hangul])).toEqual(['平', '壤']);
		expect(missingGlyphs([{ text: 'Paris một', bold: false }], [latin, viet])).toEqual([]);
	});
});

describe('setInFaces', () => {
	it('turns each text into one text per face, placed by the faces\u2019 widths, anchor included', () => {
		const svg = '<svg><g stroke="#fff"><text data-place="x" x="100" y="50" text-anchor="middle" font-size="10" fill="#333">Paris một</text></g></svg>';
		const out = setInFaces(svg, [latin, viet]);
		expect(out.texts).toEqual([{ text: 'Paris một', bold: false }]);
		// 9 characters × 5 px = 45 px wide, centred on 100.
		expect(out.svg).toContain(`<g data-place="x" font-size="10" fill="#333"><text x="77.5" y="50" font-family="'L'" font-weight="400">Paris m</text>`);
		expect(out.svg).toContain(`<text x="112.5" y="50" font-family="'V'" font-weight="400">ộ</text>`);
		expect(out.svg).toContain(`<text x="117.5" y="50" font-family="'L'" font-weight="400">t</text>`);
	});

	it('lays out multi-line labels and never draws a run that starts with a space at the wrong place', () => {
		const svg = '<text x="10" y="20" font-size="10"><tspan x="10">파리 Paris</tspan><tspan x="10" dy="12">ab</tspan></text>';
		const out = setInFaces(svg, [latin, hangul]);
		expect(out.texts.map((t) => t.text)).toEqual(['파리 Paris', 'ab']);
		// 파리 and its space are 30 px in the Hangul face; Paris starts after them.
		expect(out.svg).toContain(`<text x="10" y="20" font-family="'K'" font-weight="400">파리</text><text x="40" y="20" font-family="'L'" font-weight="400">Paris</text>`);
		expect(out.svg).toContain(`<text x="10" y="32" font-family="'L'" font-weight="400">ab</text>`);
	});
});

describe('cardSvg', () => {
	const map = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 730 630" width="730" height="630"><rect width="730" height="630"/></svg>';
	it('is 1200×630 with the map on the right and the title, kicker and story name on the left', () => {
		const c = cardSvg({ kicker: ['A long visit', 'February 1901'], title: 'Le Havre: the port and its cranes', footer: 'The name of the story', mapSvg: map, lang: 'en', measure: (s, size) => [...s].length * size * 0.55 });
		expect(c.svg).toMatch(/^<svg[^>]*width="1200" height="630"/);
		expect(c.svg).toContain('<svg x="470" y="0"');
		expect(c.texts.map((t) => t.text)).toEqual(['A LONG VISIT', 'FEBRUARY 1901', ...c.title.lines, 'The name of the story']);
		expect(c.title.truncated).toBe(false);
	});

	it('shrinks a long title before it cuts it', () => {
		const long = 'Người bạn cũ, con đường mới: một câu chuyện dài về những chuyến đi và những cuộc gặp gỡ';
		const c = cardSvg({ kicker: ['Tháng 2/1901'], title: long, footer: 'x', mapSvg: map, lang: 'xx', measure: (s, size) => [...s].length * size * 0.55 });
		expect(c.title.truncated).toBe(false);
		expect(c.titleSize).toBeLessThan(58);
		expect(c.title.lines.join(' ')).toBe(long);
	});
});

describe('checks of a card', () => {
	it('an empty static map is refused with a reason', () => {
		expect(emptyMapReason('<svg><rect/></svg>')).toMatch(/no land/);
		expect(emptyMapReason('<svg><path data-basemap="land" d="M0,0L1,1"/></svg>')).toMatch(/none of its places/);
		expect(emptyMapReason('<svg><path data-basemap="land" d="M0,0L1,1"/><circle data-place="x"/></svg>')).toBeUndefined();
	});

	it('pixel variety tells a flat picture from a drawn one', () => {
		const flat = new Uint8Array(40 * 40 * 4).fill(200);
		expect(pixelVariety(flat, 40, 40).offMain).toBe(0);
		const drawn = Uint8Array.from(flat);
		for (let i = 0; i < drawn.length / 2; i += 4) drawn[i] = 20;
		const v = pixelVariety(drawn, 40, 40);
		expect(v.colours).toBe(2);
		expect(v.offMain).toBeGreaterThan(0.4);
	});
});
