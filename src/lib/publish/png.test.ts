import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import { encodePng } from './png';

function chunks(png: Buffer): Map<string, Buffer> {
	const out = new Map<string, Buffer>();
	for (let at = 8; at < png.length; ) {
		const len = png.readUInt32BE(at);
		out.set(png.subarray(at + 4, at + 8).toString('latin1'), png.subarray(at + 8, at + 8 + len));
		at += 12 + len;
	}
	return out;
}

describe('encodePng', () => {
	const w = 5;
	const h = 3;
	const rgba = new Uint8Array(w * h * 4).map((_, i) => (i % 4 === 3 ? 255 : (i * 37) % 256));

	it('writes an opaque picture as RGB rows, pixel for pixel', () => {
		const png = encodePng(rgba, w, h);
		expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
		const c = chunks(png);
		const ihdr = c.get('IHDR')!;
		expect([ihdr.readUInt32BE(0), ihdr.readUInt32BE(4), ihdr[8], ihdr[9]]).toEqual([w, h, 8, 2]);
		const raw = inflateSync(c.get('IDAT')!);
		expect(raw.length).toBe(h * (w * 3 + 1));
		expect([...raw.subarray(1, 7)]).toEqual([rgba[0], rgba[1], rgba[2], rgba[4], rgba[5], rgba[6]]);
		expect(c.has('IEND')).toBe(true);
	});

	it('is read back exactly by another decoder', () => {
		const png = encodePng(rgba, w, h);
		const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><image href="data:image/png;base64,${png.toString('base64')}" width="${w}" height="${h}"/></svg>`;
		expect([...new Resvg(svg).render().pixels]).toEqual([...rgba]);
	});

	it('keeps the alpha channel of a picture that has transparency', () => {
		const seeThrough = Uint8Array.from(rgba);
		seeThrough[3] = 0;
		expect(chunks(encodePng(seeThrough, w, h)).get('IHDR')![9]).toBe(6);
	});
});
