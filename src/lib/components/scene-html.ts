/**
 * A scene's words as HTML, written at build time for its edition: its paragraphs, its quotation
 * (verbatim, attributed, marked when translated), its chart, the sentence saying what the map shows,
 * and its sources. None of it is interactive, so the story page and the kiosk insert it as it is
 * (`{@html}`): no component of it ships in a page's script, and hydrating a scene costs nothing.
 * This is the one quote-and-sources renderer: the story page lists the sources, one per line with
 * their address; the kiosk, read from two metres, runs them on one line with nothing to follow.
 */
import type { UiStrings } from '../i18n/ui';
import type { CitationPiece, ResolvedScene, ResolvedSource } from '../story/types';
import { chartHtml } from './chart-html';

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ESC[c] ?? c);

type Ui = Pick<UiStrings, 'quoteIn' | 'quoteTranslated' | 'sources' | 'onTheMap'>;

/** A source cited in the edition's words; a piece in another language (a title) carries its `lang`. */
export function citationHtml(s: ResolvedSource): string {
	const pieces: CitationPiece[] = s.cite ?? [{ text: `${s.publisher}, “${s.title}”`, lang: s.lang }];
	return pieces.map((p) => (p.lang ? `<span lang="${esc(p.lang)}">${esc(p.text)}</span>` : esc(p.text))).join('');
}

export function quoteHtml(scene: Pick<ResolvedScene, 'quote'>, ui: Ui): string {
	const q = scene.quote;
	if (!q) return '';
	const role = q.role ? `, ${esc(q.role)}` : '';
	const translated = q.translated ? `. <span class="translated">${esc(ui.quoteTranslated)}</span>` : '';
	return (
		`<figure class="quote"><blockquote><p>“${esc(q.text)}”</p></blockquote>` +
		`<figcaption>— ${esc(q.speaker)}${role}, ${esc(ui.quoteIn)} <cite>${esc(q.publication)}</cite>${translated}</figcaption></figure>`
	);
}

/** The story page's list of sources: one per line, with its address shown as text. */
export function sourcesListHtml(scene: Pick<ResolvedScene, 'sources'>, ui: Ui): string {
	const items = scene.sources.map((s) => `<li>${citationHtml(s)}${s.url ? `<span class="url"> — ${esc(s.url)}</span>` : ''}</li>`).join('');
	return `<div class="sources"><p class="sources-title">${esc(ui.sources)}</p><ul>${items}</ul></div>`;
}

/** The kiosk's sources: one line, no addresses (nothing on a kiosk navigates away). */
export function sourcesInlineHtml(scene: Pick<ResolvedScene, 'sources'>, ui: Ui): string {
	return `<p class="sources"><span class="label">${esc(ui.sources)}:</span> ${scene.sources.map(citationHtml).join(' · ')}</p>`;
}

/** Paragraphs, quotation, chart and what the map shows: the story page's scene text. */
export function sceneBodyHtml(scene: ResolvedScene, ui: Ui): string {
	const paragraphs = scene.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('');
	const chart = scene.chart ? chartHtml(scene.chart, `${scene.id}-chart`) : '';
	const alt = `<p class="map-alt"><span class="label">${esc(ui.onTheMap)}</span> ${esc(scene.alt)}</p>`;
	return paragraphs + quoteHtml(scene, ui) + chart + alt;
}
