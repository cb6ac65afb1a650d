/** Compact SVG path data for d3-geo: relative coordinates in tenths of a pixel. Pure. */
import type { GeoContext } from 'd3-geo';

/** A number as SVG text with one decimal. */
export const fmt = (n: number) => String(Math.round(n * 10) / 10);

/** Tenths of a pixel as path-data text: 123 → "12.3", -5 → "-0.5". */
function tenths(n: number): string {
	return String(n / 10);
}
function pair(x: number, y: number, first: boolean): string {
	const a = tenths(x);
	const b = tenths(y);
	return `${first || x < 0 ? '' : ','}${a}${y < 0 ? '' : ','}${b}`;
}

/**
 * A d3 path context writing SVG path data with coordinates rounded to 0.1 px (what
 * `geoPath().digits(1)` does) but relative, so each vertex costs a few characters. A vertex closer
 * than `minStep` px to the last one kept is left out (radial simplification at the image's own
 * scale: dense coasts drawn small lose nothing visible), and so are rings that come to fewer than
 * three distinct vertices or fit inside `minStep`: the close-up coasts shrink by more than half.
 */
export class CompactPathContext implements GeoContext {
	private out: string[] = [];
	/** Current point (tenths of a px) after what has been written. */
	private cur: [number, number] | undefined;
	private sub: [number, number][] = [];
	/** The last vertex seen but skipped (kept if it ends a line). */
	private skipped: [number, number] | undefined;
	/** Squared minimum step, in tenths of a pixel. */
	private step2: number;

	constructor(minStep = 1) {
		this.step2 = (minStep * 10) ** 2;
	}

	beginPath(): void {}
	moveTo(x: number, y: number): void {
		this.flush(false);
		this.sub = [[Math.round(x * 10), Math.round(y * 10)]];
		this.skipped = undefined;
	}
	lineTo(x: number, y: number): void {
		const p: [number, number] = [Math.round(x * 10), Math.round(y * 10)];
		const last = this.sub[this.sub.length - 1];
		if (!last) this.sub = [p];
		else if ((last[0] - p[0]) ** 2 + (last[1] - p[1]) ** 2 >= this.step2) {
			this.sub.push(p);
			this.skipped = undefined;
		} else if (last[0] !== p[0] || last[1] !== p[1]) this.skipped = p;
	}
	closePath(): void {
		this.flush(true);
	}
	arc(): void {}

	/** The path data written since the last call, or '' when nothing is drawn. */
	result(): string {
		this.flush(false);
		const d = this.out.join('');
		this.out = [];
		this.cur = undefined;
		return d;
	}

	private flush(closed: boolean): void {
		const s = this.sub;
		this.sub = [];
		// A line keeps its true end, however close to the last vertex kept.
		if (!closed && this.skipped) s.push(this.skipped);
		this.skipped = undefined;
		const first = s[0];
		if (!first) return;
		if (closed) {
			const last = s[s.length - 1] as [number, number];
			if (s.length > 1 && last[0] === first[0] && last[1] === first[1]) s.pop();
			if (s.length < 3) return;
		} else if (s.length < 2) return;
		let d = this.cur ? `m${pair(first[0] - this.cur[0], first[1] - this.cur[1], true)}` : `M${pair(first[0], first[1], true)}`;
		d += 'l';
		for (let i = 1; i < s.length; i++) {
			const a = s[i - 1] as [number, number];
			const b = s[i] as [number, number];
			d += pair(b[0] - a[0], b[1] - a[1], i === 1);
		}
		if (closed) {
			d += 'z';
			this.cur = first;
		} else this.cur = s[s.length - 1];
		this.out.push(d);
	}
}
