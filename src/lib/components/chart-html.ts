/**
 * A scene's small accessible bar chart as HTML, written at build time (its figures are already
 * written out for the edition): an SVG for the eye, the same figures as a list for screen readers,
 * and each bar's caveat (a derived figure, an undated "today") in plain sight under it. The page
 * inserts it as it is, so no chart code ships in the page's script. Styles: `.chart` in global.css.
 */
import type { ResolvedChart } from '../story/types';

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ESC[c] ?? c);
const num = (n: number) => String(Math.round(n * 10) / 10);

const BAR = 26;
const GAP = 22;
const WIDTH = 230;

export function chartHtml(chart: ResolvedChart, id: string): string {
	const value = (b: ResolvedChart['bars'][number]) => b.valueLabel ?? String(b.value);
	const max = Math.max(...chart.bars.map((b) => b.value));
	const height = chart.bars.length * (BAR + GAP);
	const eid = esc(id);
	const bars = chart.bars
		.map((b, i) => {
			const y = i * (BAR + GAP);
			const w = Math.max(2, (b.value / max) * WIDTH);
			return (
				`<text x="0" y="${y + 12}" class="label">${esc(b.label)}${b.note ? ' *' : ''}</text>` +
				`<rect x="0" y="${y + 16}" width="${num(w)}" height="${BAR - 10}" rx="2" class="bar${i === 0 ? ' first' : ''}"></rect>` +
				`<text x="${num(w + 6)}" y="${y + 28}" class="value">${esc(value(b))}</text>`
			);
		})
		.join('');
	const list = chart.bars.map((b) => `<li>${esc(b.label)}: ${esc(value(b))}</li>`).join('');
	const notes = chart.bars
		.filter((b) => b.note)
		.map((b) => `<p class="note" data-chart-note="${esc(b.id)}"><span aria-hidden="true">* </span><strong>${esc(b.label)}</strong>: ${esc(b.note ?? '')}</p>`)
		.join('');
	return (
		`<figure class="chart" data-chart="${eid}"><figcaption id="${eid}-title">${esc(chart.title)}</figcaption>` +
		`<svg viewBox="0 0 320 ${height}" width="100%" role="img" aria-labelledby="${eid}-title" aria-describedby="${eid}-data">${bars}</svg>` +
		`<ul id="${eid}-data" class="visually-hidden">${list}</ul>${notes}<p class="source">${esc(chart.source)}</p></figure>`
	);
}
