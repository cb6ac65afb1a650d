/**
 * The HTML an article page pastes to show the story (or one of its scenes) in an iframe: plain
 * HTML that every CMS accepts, at a fixed height the embed is laid out for. A host page that uses
 * pym.js sizes it instead (`new pym.Parent(id, src)`, docs/deployment.md). Pure: the story page's
 * end (at build) and the Share panel (in the browser) write the same code.
 */
const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const attr = (s: string) => s.replace(/[&<>"]/g, (c) => ESC[c] ?? c);

/** The iframe's height when its host does not size it, px. */
export const EMBED_HEIGHT = 600;

export function embedCode(src: string, title: string): string {
	return (
		`<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="${EMBED_HEIGHT}" ` +
		`style="border:0;width:100%;max-width:100%" loading="lazy" allow="fullscreen" ` +
		`sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"></iframe>`
	);
}
