/**
 * A PNG from RGBA pixels, written for share cards: opaque pictures as 8-bit RGB (no alpha channel),
 * unfiltered rows, deflated at level 9. On the cards' maps and text this comes out about a third
 * smaller than the renderer's own RGBA encoding. Pure (node:zlib).
 */
import { deflateSync } from 'node:zlib';

const CRC_TABLE = (() => {
	const t = new Uint32Array(256);
	for (let n = 0; n < 256; n++) {
		let c = n;
		for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
		t[n] = c >>> 0;
	}
	return t;
})();

function crc32(bytes: Uint8Array): number {
	let c = 0xffffffff;
	for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
	const out = Buffer.alloc(12 + data.length);
	out.writeUInt32BE(data.length, 0);
	out.write(type, 4, 'latin1');
	out.set(data, 8);
	out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
	return out;
}

export function encodePng(rgba: Uint8Array, width: number, height: number): Buffer {
	if (rgba.length !== width * height * 4) throw new Error(`encodePng: ${rgba.length} bytes for ${width}×${height} RGBA`);
	let opaque = true;
	for (let i = 3; i < rgba.length; i += 4) if (rgba[i] !== 255) {
		opaque = false;
		break;
	}
	const channels = opaque ? 3 : 4;
	const stride = width * channels + 1;
	const raw = Buffer.alloc(stride * height);
	for (let y = 0; y < height; y++) {
		// Filter type 0 (none) at the start of each row.
		let o = y * stride + 1;
		for (let x = 0; x < width; x++) {
			const i = (y * width + x) * 4;
			raw[o++] = rgba[i]!;
			raw[o++] = rgba[i + 1]!;
			raw[o++] = rgba[i + 2]!;
			if (!opaque) raw[o++] = rgba[i + 3]!;
		}
	}
	const ihdr = Buffer.alloc(13);
	ihdr.writeUInt32BE(width, 0);
	ihdr.writeUInt32BE(height, 4);
	ihdr[8] = 8; // bit depth
	ihdr[9] = opaque ? 2 : 6; // truecolour, with alpha if it has any
	return Buffer.concat([
		Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
		chunk('IHDR', ihdr),
		chunk('IDAT', deflateSync(raw, { level: 9 })),
		chunk('IEND', new Uint8Array(0))
	]);
}
