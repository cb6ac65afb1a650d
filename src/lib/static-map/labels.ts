/**
 * Labels of the static map: XML escaping, text widths without font metrics, MapLibre-like line
 * breaking, and a greedy placement that keeps labels off each other, the markers and the lines. Pure.
 */
import { PLACE } from '../map/tokens';
import { overlapArea, type Rect } from './projection';

export const LINE_HEIGHT_EM = 1.2;
/** Label box around a baseline: ascent and descent in ems. */
export const ASCENT_EM = 0.8;
export const DESCENT_EM = 0.25;
/** Labels keep this far from the image's edge and from each other (px). */
export const LABEL_MARGIN = 3;

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Escape text for XML content and attribute values. */
export function escapeXml(s: string): string {
	return s.replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c);
}

/** East Asian wide characters (Hangul, CJK, kana, full-width forms) take about one em. */
function isWide(cp: number): boolean {
	return (
		(cp >= 0x1100 && cp <= 0x11ff) ||
		(cp >= 0x2e80 && cp <= 0xa4cf) ||
		(cp >= 0xac00 && cp <= 0xd7a3) ||
		(cp >= 0xf900 && cp <= 0xfaff) ||
		(cp >= 0xfe30 && cp <= 0xfe4f) ||
		(cp >= 0xff00 && cp <= 0xff60)
	);
}

/**
 * A generous estimate of a text's width (no font metrics at build time): wide characters one em,
 * others 0.6 em (0.65 in bold). Placement uses it, so real text fits inside the boxes it avoids.
 */
export function textWidth(text: string, fontSize: number, bold = false): number {
	let ems = 0;
	for (const ch of text) ems += isWide(ch.codePointAt(0) ?? 0) ? 1 : bold ? 0.65 : 0.6;
	return ems * fontSize;
}

/** Break a label into lines no wider than `maxWidth` where it can, balanced like MapLibre's. */
export function wrapLabel(text: string, fontSize: number, bold: boolean, maxWidth = PLACE.labelMaxWidthEm * fontSize): string[] {
	const total = textWidth(text, fontSize, bold);
	const words = text.split(/\s+/).filter(Boolean);
	if (total <= maxWidth || words.length < 2) return [text];
	const count = Math.ceil(total / maxWidth);
	const longest = Math.max(...words.map((w) => textWidth(w, fontSize, bold)));
	const target = Math.max(total / count, longest);
	const lines: string[] = [];
	let line = '';
	for (const w of words) {
		const next = line ? `${line} ${w}` : w;
		// Break before a word when the line would pass the target by more than half that word.
		if (line && textWidth(next, fontSize, bold) > target + textWidth(w, fontSize, bold) / 2) {
			lines.push(line);
			line = w;
		} else line = next;
	}
	if (line) lines.push(line);
	return lines;
}

export interface LabelSpec {
	id: string;
	x: number;
	y: number;
	lines: string[];
	fontSize: number;
	bold: boolean;
	color: string;
	/** Distance from the point to the label. */
	offset: number;
}

export interface PlacedLabel extends LabelSpec {
	anchor: 'start' | 'middle' | 'end';
	/** Text x and first baseline. */
	tx: number;
	ty: number;
	box: Rect;
	overlap: number;
}

const CANDIDATES: { dx: -1 | 0 | 1; dy: -1 | 0 | 1 }[] = [
	{ dx: 1, dy: 0 }, // right
	{ dx: -1, dy: 0 }, // left
	{ dx: 0, dy: -1 }, // above
	{ dx: 0, dy: 1 }, // below
	{ dx: 1, dy: -1 },
	{ dx: -1, dy: -1 },
	{ dx: 1, dy: 1 },
	{ dx: -1, dy: 1 }
];


/** Length of the segment a–b inside a rectangle (Liang–Barsky clipping). */
function lengthInside(a: [number, number], b: [number, number], r: Rect): number {
	const dx = b[0] - a[0];
	const dy = b[1] - a[1];
	let t0 = 0;
	let t1 = 1;
	const edges: [number, number][] = [
		[-dx, a[0] - r.x0],
		[dx, r.x1 - a[0]],
		[-dy, a[1] - r.y0],
		[dy, r.y1 - a[1]]
	];
	for (const [p, q] of edges) {
		if (p === 0) {
			if (q < 0) return 0;
		} else {
			const t = q / p;
			if (p < 0) t0 = Math.max(t0, t);
			else t1 = Math.min(t1, t);
		}
	}
	return t1 > t0 ? (t1 - t0) * Math.hypot(dx, dy) : 0;
}

/** Weights of what a label should not cover: other labels and markers, then lines. */
const LABEL_WEIGHT = 10;
const LINE_WEIGHT = 4;

/**
 * Greedy placement: each label in turn (focus first) takes the candidate position (right, left,
 * above, below, then the diagonals), moved inside the image, that overlaps the labels already
 * placed, the place markers, the attribution and the drawn lines least. Every label is placed.
 * `lines` are polylines in image coordinates.
 */
export function placeLabels(
	labels: LabelSpec[],
	obstacles: Rect[],
	width: number,
	height: number,
	lines: [number, number][][] = []
): PlacedLabel[] {
	/** The label's best place among its candidates, given the labels already placed. */
	const bestFor = (l: LabelSpec, others: PlacedLabel[]): { label: PlacedLabel; score: number } | undefined => {
		const w = Math.max(...l.lines.map((t) => textWidth(t, l.fontSize, l.bold)));
		const h = (l.lines.length - 1) * LINE_HEIGHT_EM * l.fontSize + (ASCENT_EM + DESCENT_EM) * l.fontSize;
		const halo = PLACE.halo;
		let best: PlacedLabel | undefined;
		let bestScore = Infinity;
		CANDIDATES.forEach((c, i) => {
			const diag = c.dx !== 0 && c.dy !== 0 ? Math.SQRT1_2 : 1;
			const ox = c.dx * l.offset * diag;
			const oy = c.dy * l.offset * diag;
			let x0 = c.dx > 0 ? l.x + ox : c.dx < 0 ? l.x + ox - w : l.x - w / 2;
			let y0 = c.dy > 0 ? l.y + oy : c.dy < 0 ? l.y + oy - h : l.y - h / 2;
			// Keep the label (with its halo) inside the image.
			const m = LABEL_MARGIN + halo;
			const sx = Math.max(m - x0, 0) + Math.min(width - m - (x0 + w), 0);
			const sy = Math.max(m - y0, 0) + Math.min(height - m - (y0 + h), 0);
			x0 += sx;
			y0 += sy;
			const box = { x0, y0, x1: x0 + w, y1: y0 + h };
			let overlap = 0;
			for (const p of others) overlap += overlapArea(box, p.box, LABEL_MARGIN);
			for (const o of obstacles) overlap += overlapArea(box, o, 1);
			let crossed = 0;
			const padded = { x0: box.x0 - 2, y0: box.y0 - 2, x1: box.x1 + 2, y1: box.y1 + 2 };
			for (const line of lines) {
				for (let j = 1; j < line.length; j++) crossed += lengthInside(line[j - 1] as [number, number], line[j] as [number, number], padded);
			}
			const score = overlap * LABEL_WEIGHT + crossed * LINE_WEIGHT + Math.hypot(sx, sy) + i * 0.5;
			if (score < bestScore) {
				bestScore = score;
				const anchor = c.dx > 0 ? 'start' : c.dx < 0 ? 'end' : 'middle';
				const tx = anchor === 'start' ? x0 : anchor === 'end' ? x0 + w : x0 + w / 2;
				best = { ...l, anchor, tx, ty: y0 + ASCENT_EM * l.fontSize, box, overlap };
			}
		});
		return best && { label: best, score: bestScore };
	};
	// Greedy, in the given order (the focus first)...
	const placed: PlacedLabel[] = [];
	for (const l of labels) {
		const b = bestFor(l, placed);
		if (b) placed.push(b.label);
	}
	// ...then a few sweeps that move a label still overlapping another to its best place given all
	// the others, which lets a cluster of close places (the tour seen from afar) untangle.
	for (let sweep = 0; sweep < 4 && placed.some((p) => p.overlap > 0); sweep++) {
		for (let i = 0; i < placed.length; i++) {
			if (placed[i]!.overlap === 0) continue;
			const others = placed.filter((_, j) => j !== i);
			const b = bestFor(placed[i]!, others);
			if (b && b.label.overlap < placed[i]!.overlap) placed[i] = b.label;
		}
		// Overlaps are mutual: recount each against the final places.
		for (let i = 0; i < placed.length; i++) {
			const p = placed[i]!;
			let overlap = 0;
			for (const [j, o] of placed.entries()) if (j !== i) overlap += overlapArea(p.box, o.box, LABEL_MARGIN);
			for (const o of obstacles) overlap += overlapArea(p.box, o, 1);
			placed[i] = { ...p, overlap };
		}
	}
	return placed;
}


/** A label that is shown only where it fits (context labels): centred on its point, or beside it. */
export interface OptionalLabelSpec extends LabelSpec {
	/** Centred on the point (seas, countries) rather than beside it (a city's dot). */
	centred: boolean;
	kind: string;
}

export interface PlacedOptionalLabel extends OptionalLabelSpec {
	anchor: 'start' | 'middle' | 'end';
	tx: number;
	ty: number;
	box: Rect;
}

/**
 * Place labels in order where they touch nothing: no obstacle, no label placed before them, no
 * drawn line, inside the image. A label that fits nowhere is left out, as MapLibre leaves out a
 * symbol that collides. Candidates: centred, or right, left, above, below of the point.
 */
export function placeOptionalLabels(
	labels: OptionalLabelSpec[],
	obstacles: Rect[],
	width: number,
	height: number,
	lines: [number, number][][] = []
): PlacedOptionalLabel[] {
	const placed: PlacedOptionalLabel[] = [];
	const taken = [...obstacles];
	for (const l of labels) {
		const w = Math.max(...l.lines.map((t) => textWidth(t, l.fontSize, l.bold)));
		const h = (l.lines.length - 1) * LINE_HEIGHT_EM * l.fontSize + (ASCENT_EM + DESCENT_EM) * l.fontSize;
		const candidates: { dx: -1 | 0 | 1; dy: -1 | 0 | 1 }[] = l.centred
			? [{ dx: 0, dy: 0 }]
			: [
					{ dx: 1, dy: 0 },
					{ dx: -1, dy: 0 },
					{ dx: 0, dy: -1 },
					{ dx: 0, dy: 1 }
				];
		for (const c of candidates) {
			const x0 = c.dx > 0 ? l.x + l.offset : c.dx < 0 ? l.x - l.offset - w : l.x - w / 2;
			const y0 = c.dy > 0 ? l.y + l.offset : c.dy < 0 ? l.y - l.offset - h : l.y - h / 2;
			const box = { x0, y0, x1: x0 + w, y1: y0 + h };
			const m = LABEL_MARGIN + PLACE.halo;
			if (box.x0 < m || box.y0 < m || box.x1 > width - m || box.y1 > height - m) continue;
			if (taken.some((o) => overlapArea(box, o, LABEL_MARGIN) > 0)) continue;
			const padded = { x0: box.x0 - 2, y0: box.y0 - 2, x1: box.x1 + 2, y1: box.y1 + 2 };
			if (lines.some((line) => line.some((p, j) => j > 0 && lengthInside(line[j - 1] as [number, number], p, padded) > 0))) continue;
			const anchor = c.dx > 0 ? 'start' : c.dx < 0 ? 'end' : 'middle';
			const tx = anchor === 'start' ? x0 : anchor === 'end' ? x0 + w : x0 + w / 2;
			placed.push({ ...l, anchor, tx, ty: y0 + ASCENT_EM * l.fontSize, box });
			taken.push(box);
			break;
		}
	}
	return placed;
}
