import { describe, expect, it } from 'vitest';
import { CardError, renderCard } from './og.server';

const map =
	'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 730 630" width="730" height="630"><rect width="730" height="630" fill="#d6e4ec"/>' +
	'<path data-basemap="land" fill="#f4f1ea" d="M0,200L730,120L730,630L0,630Z"/><circle data-place="p" cx="300" cy="300" r="6" fill="#b3261e"/>' +
	'<text data-place="p" x="312" y="305" font-size="16" font-weight="bold" fill="#b3261e">Le Havre</text></svg>';
const card = { label: 'scene "x" in the xx edition', lang: 'xx', kicker: ['A chapter', 'February 1901'], title: 'A port and its cranes', footer: 'The story', mapSvg: map, fonts: [] };

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
	expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
	expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
	return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('renderCard', () => {
	it('draws a 1200×630 PNG', () => {
		const { png } = renderCard(card);
		expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
		expect(png.length).toBeGreaterThan(10_000);
	}, 30_000);

	it('fails, naming the card and the character, when no font has a glyph', () => {
		expect(() => renderCard({ ...card, title: 'A port and its 起重機' })).toThrow(CardError);
		expect(() => renderCard({ ...card, title: 'A port and its 起重機' })).toThrow(/scene "x" in the xx edition.*"起" \(U\+8D77\)/);
	});

	it('fails when a map label has no font either', () => {
		expect(() => renderCard({ ...card, mapSvg: map.replace('Le Havre', '港') })).toThrow(/"港"/);
	});

	it('fails on an empty static map', () => {
		expect(() => renderCard({ ...card, mapSvg: '<svg xmlns="http://www.w3.org/2000/svg" width="730" height="630"><rect width="730" height="630"/></svg>' })).toThrow(
			/scene "x" in the xx edition.*no land/
		);
	});

	it('fails when the map comes out blank', () => {
		const blank = map.replace('fill="#f4f1ea" d="M0,200L730,120L730,630L0,630Z"', 'fill="#d6e4ec" d="M0,0L1,0L1,1Z"').replace(/<circle[^>]*\/>|<text[\s\S]*<\/text>/g, '') + '';
		expect(() => renderCard({ ...card, mapSvg: blank.replace('</svg>', '<circle data-place="p" cx="-50" cy="-50" r="1"/></svg>') })).toThrow(/nearly blank/);
	});
});
