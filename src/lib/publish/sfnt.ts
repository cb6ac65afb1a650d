/**
 * Web fonts back to plain OpenType for the card renderer (resvg reads TTF and OTF, not WOFF), and
 * what the card layout needs to know of a font: its family, weight, which characters it has and
 * how wide each one is. Pure (Node's zlib for the decompression): no file system, no DOM.
 *
 * - WOFF 1.0 is each table compressed on its own with zlib (W3C WOFF 1.0, section 5).
 * - WOFF 2.0 is all tables in one Brotli stream (W3C WOFF 2.0). Only tables stored as they are
 *   can be restored here: a TrueType font's `glyf`/`loca` are usually stored transformed, which
 *   needs a glyph reconstruction this module does not do; such a file is refused with a clear
 *   error (use the .woff of that face). CFF-based fonts (Noto Sans CJK and its subsets) are stored
 *   untransformed and decode exactly.
 */
import { brotliDecompressSync, inflateSync } from 'node:zlib';

export class FontError extends Error {}

interface Table {
	tag: string;
	data: Uint8Array;
}

const u16 = (b: Uint8Array, o: number) => (b[o]! << 8) | b[o + 1]!;
const u32 = (b: Uint8Array, o: number) => ((b[o]! << 24) | (b[o + 1]! << 16) | (b[o + 2]! << 8) | b[o + 3]!) >>> 0;
const i16 = (b: Uint8Array, o: number) => {
	const v = u16(b, o);
	return v & 0x8000 ? v - 0x10000 : v;
};
const tagAt = (b: Uint8Array, o: number) => String.fromCharCode(b[o]!, b[o + 1]!, b[o + 2]!, b[o + 3]!);

/** Sum of a table's big-endian 32-bit words (OpenType's table checksum). */
function checksum(data: Uint8Array): number {
	let sum = 0;
	for (let i = 0; i < data.length; i += 4) {
		sum = (sum + (((data[i] ?? 0) << 24) | ((data[i + 1] ?? 0) << 16) | ((data[i + 2] ?? 0) << 8) | (data[i + 3] ?? 0))) >>> 0;
	}
	return sum;
}

/** An OpenType file from its flavour (`0x00010000` TrueType, `OTTO` CFF) and tables. */
function writeSfnt(flavor: number, tables: Table[]): Uint8Array {
	const sorted = [...tables].sort((a, b) => (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
	const n = sorted.length;
	const headerSize = 12 + 16 * n;
	const pad = (len: number) => (len + 3) & ~3;
	const total = headerSize + sorted.reduce((s, t) => s + pad(t.data.length), 0);
	const out = new Uint8Array(total);
	const view = new DataView(out.buffer);
	let pow = 1;
	let log = 0;
	while (pow * 2 <= n) {
		pow *= 2;
		log++;
	}
	view.setUint32(0, flavor);
	view.setUint16(4, n);
	view.setUint16(6, pow * 16);
	view.setUint16(8, log);
	view.setUint16(10, n * 16 - pow * 16);
	let offset = headerSize;
	let headAt = -1;
	sorted.forEach((t, i) => {
		const rec = 12 + 16 * i;
		const data = t.tag === 'head' ? Uint8Array.from(t.data) : t.data;
		if (t.tag === 'head' && data.length >= 12) {
			// checkSumAdjustment is computed over the whole file with this field at zero.
			data.fill(0, 8, 12);
			headAt = offset;
		}
		for (let k = 0; k < 4; k++) out[rec + k] = t.tag.charCodeAt(k);
		view.setUint32(rec + 4, checksum(data));
		view.setUint32(rec + 8, offset);
		view.setUint32(rec + 12, data.length);
		out.set(data, offset);
		offset += pad(data.length);
	});
	if (headAt >= 0) view.setUint32(headAt + 8, (0xb1b0afba - checksum(out)) >>> 0);
	return out;
}

function woff1(b: Uint8Array): Uint8Array {
	const flavor = u32(b, 4);
	const numTables = u16(b, 12);
	const tables: Table[] = [];
	for (let i = 0; i < numTables; i++) {
		const e = 44 + 20 * i;
		const tag = tagAt(b, e);
		const offset = u32(b, e + 4);
		const compLength = u32(b, e + 8);
		const origLength = u32(b, e + 12);
		const raw = b.subarray(offset, offset + compLength);
		const data = compLength < origLength ? new Uint8Array(inflateSync(raw)) : raw;
		if (data.length !== origLength) throw new FontError(`WOFF table ${tag}: ${data.length} bytes after decompression, ${origLength} expected`);
		tables.push({ tag, data });
	}
	return writeSfnt(flavor, tables);
}

/** The 63 table tags a WOFF2 directory names by index (W3C WOFF 2.0, table 1). */
const KNOWN_TAGS = [
	'cmap', 'head', 'hhea', 'hmtx', 'maxp', 'name', 'OS/2', 'post', 'cvt ', 'fpgm', 'glyf', 'loca', 'prep', 'CFF ', 'VORG', 'EBDT',
	'EBLC', 'gasp', 'hdmx', 'kern', 'LTSH', 'PCLT', 'VDMX', 'vhea', 'vmtx', 'BASE', 'GDEF', 'GPOS', 'GSUB', 'EBSC', 'JSTF', 'MATH',
	'CBDT', 'CBLC', 'COLR', 'CPAL', 'SVG ', 'sbix', 'acnt', 'avar', 'bdat', 'bloc', 'bsln', 'cvar', 'fdsc', 'feat', 'fmtx', 'fvar',
	'gvar', 'hsty', 'just', 'lcar', 'mort', 'morx', 'opbd', 'prop', 'trak', 'Zapf', 'Silf', 'Glat', 'Gloc', 'Feat', 'Sill'
];

function woff2(b: Uint8Array): Uint8Array {
	const flavor = u32(b, 4);
	if (flavor === 0x74746366) throw new FontError('WOFF2 font collections are not supported');
	const numTables = u16(b, 12);
	const compressedSize = u32(b, 20);
	let p = 48;
	const base128 = () => {
		let v = 0;
		for (let i = 0; i < 5; i++) {
			const c = b[p++]!;
			if (i === 0 && c === 0x80) throw new FontError('WOFF2: bad UIntBase128');
			v = v * 128 + (c & 0x7f);
			if (!(c & 0x80)) return v;
		}
		throw new FontError('WOFF2: UIntBase128 longer than 5 bytes');
	};
	const dir: { tag: string; length: number }[] = [];
	for (let i = 0; i < numTables; i++) {
		const flags = b[p++]!;
		const known = flags & 0x3f;
		const tag = known === 63 ? tagAt(b, p) : KNOWN_TAGS[known];
		if (known === 63) p += 4;
		if (!tag) throw new FontError(`WOFF2: unknown table index ${known}`);
		const version = flags >> 6;
		const origLength = base128();
		// glyf and loca: version 0 is the glyph transform, 3 the null transform; other tables: 0 is null.
		const transformed = tag === 'glyf' || tag === 'loca' ? version !== 3 : version !== 0;
		if (transformed) {
			throw new FontError(`WOFF2: table ${tag.trim()} is stored transformed; decode the face's .woff (WOFF 1.0) file instead`);
		}
		dir.push({ tag, length: origLength });
	}
	const stream = new Uint8Array(brotliDecompressSync(b.subarray(p, p + compressedSize)));
	let at = 0;
	const tables = dir.map(({ tag, length }) => {
		const data = stream.subarray(at, at + length);
		at += length;
		return { tag, data };
	});
	if (at > stream.length) throw new FontError('WOFF2: the table data is shorter than the directory says');
	return writeSfnt(flavor, tables);
}

/** A font file as OpenType: WOFF and WOFF2 are decoded, TTF/OTF returned as they are. */
export function toSfnt(bytes: Uint8Array): Uint8Array {
	if (bytes.length < 12) throw new FontError('not a font file (too short)');
	const sig = tagAt(bytes, 0);
	if (sig === 'wOFF') return woff1(bytes);
	if (sig === 'wOF2') return woff2(bytes);
	if (sig === 'OTTO' || u32(bytes, 0) === 0x00010000 || sig === 'true') return bytes;
	throw new FontError(`not a font file (starts with ${JSON.stringify(sig)})`);
}

/** What the card layout reads from a font. */
export interface FontInfo {
	/** The family name the font gives itself (typographic family, else the plain one). */
	family: string;
	/** usWeightClass (400 regular, 700 bold). */
	weight: number;
	unitsPerEm: number;
	/** Whether the font has a glyph for a code point. */
	has(cp: number): boolean;
	/** Advance width of a code point in em (0 when the font lacks it). */
	advance(cp: number): number;
}

function tablesOf(s: Uint8Array): Map<string, Uint8Array> {
	const n = u16(s, 4);
	const map = new Map<string, Uint8Array>();
	for (let i = 0; i < n; i++) {
		const r = 12 + 16 * i;
		const off = u32(s, r + 8);
		map.set(tagAt(s, r), s.subarray(off, off + u32(s, r + 12)));
	}
	return map;
}

/** Code point → glyph id from the best Unicode subtable (format 12, else format 4). */
function readCmap(c: Uint8Array): Map<number, number> {
	const n = u16(c, 2);
	const subs: { pid: number; eid: number; off: number; format: number }[] = [];
	for (let i = 0; i < n; i++) {
		const r = 4 + 8 * i;
		const off = u32(c, r + 4);
		subs.push({ pid: u16(c, r), eid: u16(c, r + 2), off, format: u16(c, off) });
	}
	const unicode = (s: (typeof subs)[number]) => s.pid === 0 || (s.pid === 3 && (s.eid === 1 || s.eid === 10));
	const pick = subs.find((s) => unicode(s) && s.format === 12) ?? subs.find((s) => unicode(s) && s.format === 4);
	if (!pick) throw new FontError('the font has no Unicode cmap subtable (format 4 or 12)');
	const map = new Map<number, number>();
	const o = pick.off;
	if (pick.format === 12) {
		const groups = u32(c, o + 12);
		for (let g = 0; g < groups; g++) {
			const r = o + 16 + 12 * g;
			const start = u32(c, r);
			const end = u32(c, r + 4);
			const gid = u32(c, r + 8);
			for (let cp = start; cp <= end; cp++) map.set(cp, gid + (cp - start));
		}
		return map;
	}
	const segs = u16(c, o + 6) / 2;
	const ends = o + 14;
	const starts = ends + 2 * segs + 2;
	const deltas = starts + 2 * segs;
	const ranges = deltas + 2 * segs;
	for (let s = 0; s < segs; s++) {
		const end = u16(c, ends + 2 * s);
		const start = u16(c, starts + 2 * s);
		const delta = i16(c, deltas + 2 * s);
		const rangeOffset = u16(c, ranges + 2 * s);
		for (let cp = start; cp <= end && cp !== 0xffff; cp++) {
			let gid: number;
			if (rangeOffset === 0) gid = (cp + delta) & 0xffff;
			else {
				const at = ranges + 2 * s + rangeOffset + 2 * (cp - start);
				gid = u16(c, at);
				if (gid !== 0) gid = (gid + delta) & 0xffff;
			}
			if (gid !== 0) map.set(cp, gid);
		}
	}
	return map;
}

function readFamily(name: Uint8Array): string {
	const count = u16(name, 2);
	const strings = u16(name, 4);
	const found: Record<number, string> = {};
	for (let i = 0; i < count; i++) {
		const r = 6 + 12 * i;
		const pid = u16(name, r);
		const eid = u16(name, r + 2);
		const lang = u16(name, r + 4);
		const id = u16(name, r + 6);
		if (pid !== 3 || eid !== 1 || lang !== 0x409 || (id !== 1 && id !== 16)) continue;
		const len = u16(name, r + 8);
		const off = strings + u16(name, r + 10);
		let s = '';
		for (let k = 0; k < len; k += 2) s += String.fromCharCode(u16(name, off + k));
		found[id] = s;
	}
	const family = found[16] ?? found[1];
	if (!family) throw new FontError('the font has no English family name');
	return family;
}

/** The font without these tables (kerning and shaping, for a renderer that must draw plain advances). */
export function withoutTables(sfnt: Uint8Array, tags: readonly string[]): Uint8Array {
	const t = tablesOf(sfnt);
	return writeSfnt(u32(sfnt, 0), [...t].filter(([tag]) => !tags.includes(tag)).map(([tag, data]) => ({ tag, data })));
}

/**
 * The font under another family name (Windows English names 1, 2, 4 and 6 replaced; the copyright
 * and licence records kept). The card renderer gives every face a name of its own, so that a run
 * of text names exactly the face that has its glyphs and no renderer's fallback is involved.
 */
export function renameFamily(sfnt: Uint8Array, family: string, subfamily: string): Uint8Array {
	const t = tablesOf(sfnt);
	const name = t.get('name');
	if (!name) throw new FontError('the font has no name table');
	const kept: { pid: number; eid: number; lang: number; id: number; bytes: Uint8Array }[] = [];
	const count = u16(name, 2);
	const strings = u16(name, 4);
	for (let i = 0; i < count; i++) {
		const r = 6 + 12 * i;
		const id = u16(name, r + 6);
		if ([1, 2, 3, 4, 6, 16, 17, 21, 22].includes(id)) continue;
		const off = strings + u16(name, r + 10);
		kept.push({ pid: u16(name, r), eid: u16(name, r + 2), lang: u16(name, r + 4), id, bytes: name.subarray(off, off + u16(name, r + 8)) });
	}
	const utf16 = (s: string) => {
		const b = new Uint8Array(s.length * 2);
		for (let i = 0; i < s.length; i++) {
			b[2 * i] = s.charCodeAt(i) >> 8;
			b[2 * i + 1] = s.charCodeAt(i) & 0xff;
		}
		return b;
	};
	const ps = `${family}-${subfamily}`.replace(/[^A-Za-z0-9-]/g, '');
	for (const [id, s] of [[1, family], [2, subfamily], [4, `${family} ${subfamily}`], [6, ps]] as const) {
		kept.push({ pid: 3, eid: 1, lang: 0x409, id, bytes: utf16(s) });
	}
	kept.sort((a, b) => a.pid - b.pid || a.eid - b.eid || a.lang - b.lang || a.id - b.id);
	const head = 6 + 12 * kept.length;
	const out = new Uint8Array(head + kept.reduce((s, k) => s + k.bytes.length, 0));
	const view = new DataView(out.buffer);
	view.setUint16(2, kept.length);
	view.setUint16(4, head);
	let at = 0;
	kept.forEach((k, i) => {
		const r = 6 + 12 * i;
		view.setUint16(r, k.pid);
		view.setUint16(r + 2, k.eid);
		view.setUint16(r + 4, k.lang);
		view.setUint16(r + 6, k.id);
		view.setUint16(r + 8, k.bytes.length);
		view.setUint16(r + 10, at);
		out.set(k.bytes, head + at);
		at += k.bytes.length;
	});
	const flavor = u32(sfnt, 0);
	return writeSfnt(flavor, [...t].map(([tag, data]) => ({ tag, data: tag === 'name' ? out : data })));
}

/** Family, weight, coverage and advance widths of an OpenType font. */
export function readFont(sfnt: Uint8Array): FontInfo {
	const t = tablesOf(sfnt);
	const need = (tag: string) => {
		const d = t.get(tag);
		if (!d) throw new FontError(`the font has no ${tag} table`);
		return d;
	};
	const head = need('head');
	const hhea = need('hhea');
	const hmtx = need('hmtx');
	const os2 = t.get('OS/2');
	const cmap = readCmap(need('cmap'));
	const unitsPerEm = u16(head, 18);
	const metrics = u16(hhea, 34);
	const advanceOf = (gid: number) => u16(hmtx, 4 * Math.min(gid, metrics - 1));
	return {
		family: readFamily(need('name')),
		weight: os2 ? u16(os2, 4) : 400,
		unitsPerEm,
		has: (cp) => cmap.has(cp),
		advance: (cp) => {
			const gid = cmap.get(cp);
			return gid === undefined ? 0 : advanceOf(gid) / unitsPerEm;
		}
	};
}
