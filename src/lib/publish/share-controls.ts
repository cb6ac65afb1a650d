/**
 * The Share control of every scene, put into each card when the page's chrome loads (it is imported
 * by src/lib/components/chrome.ts): the story page's first script carries none of it. On a phone
 * it opens the system's share sheet (Web Share API); elsewhere a small panel with the scene's link
 * and its embed code, each with a copy button (selected for copying by hand where the clipboard is
 * refused). What it needs comes from the page: each card's title, and a JSON data block written at
 * build time at the end of the story (`#share-data`). Plain DOM: nothing it uses adds to the
 * Svelte runtime the first script shares.
 */
import './share.css';
import { embedCode } from './embed-code';
import { SHARE_DATA_ID, type ShareData, type ShareStrings } from './share-data';

const SVG_NS = 'http://www.w3.org/2000/svg';
let uid = 0;

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
	const e = doc.createElement(tag);
	for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
	if (text !== undefined) e.textContent = text;
	return e;
}

/** One scene's control: a button and its panel. */
export function shareControl(doc: Document, o: { title: string; url: string; embed: string; strings: ShareStrings }): HTMLElement {
	const s = o.strings;
	const id = `share-${++uid}`;
	const root = el(doc, 'div', { class: 'share', 'data-share': '' });
	const toggle = el(doc, 'button', { type: 'button', class: 'share-toggle', 'aria-expanded': 'false', 'aria-controls': id, 'data-share-button': '' });
	const icon = doc.createElementNS(SVG_NS, 'svg');
	icon.setAttribute('viewBox', '0 0 24 24');
	icon.setAttribute('aria-hidden', 'true');
	const path = doc.createElementNS(SVG_NS, 'path');
	path.setAttribute('d', 'M12 15V4M7.5 8.5 12 4l4.5 4.5M5 13v6h14v-6');
	icon.append(path);
	toggle.append(icon, doc.createTextNode(s.share), el(doc, 'span', { class: 'visually-hidden' }, `: ${o.title}`));

	const panel = el(doc, 'div', { class: 'share-panel', id, 'data-share-panel': '' });
	panel.hidden = true;
	const link = el(doc, 'input', { id: `${id}-link`, type: 'url', readonly: '', lang: 'zxx', 'data-share-url': '' });
	link.value = o.url;
	const copyLink = el(doc, 'button', { type: 'button', 'data-copy-link': '' }, s.copyLink);
	const code = el(doc, 'textarea', { id: `${id}-code`, readonly: '', rows: '3', spellcheck: 'false', lang: 'zxx', 'data-share-embed': '' });
	code.value = o.embed;
	const copyCode = el(doc, 'button', { type: 'button', 'data-copy-code': '' }, s.copyCode);
	const status = el(doc, 'p', { class: 'share-status', role: 'status' });
	const row = (cls: string, ...kids: HTMLElement[]) => {
		const r = el(doc, 'div', { class: cls });
		r.append(...kids);
		return r;
	};
	panel.append(
		el(doc, 'label', { for: link.id }, s.shareLink),
		row('share-row', link, copyLink),
		el(doc, 'label', { for: code.id }, `${s.embed}: ${s.embedHint}`),
		code,
		row('share-row end', copyCode),
		status
	);
	root.append(toggle, panel);

	const setOpen = (open: boolean) => {
		panel.hidden = !open;
		toggle.setAttribute('aria-expanded', String(open));
		status.textContent = '';
	};
	toggle.addEventListener('click', async () => {
		const win = doc.defaultView;
		if (win?.matchMedia('(pointer: coarse)').matches && typeof win.navigator.share === 'function') {
			try {
				await win.navigator.share({ title: o.title, url: o.url });
				return;
			} catch (e) {
				// The reader closed the sheet: nothing to do. A refusal: the panel instead.
				if ((e as Error).name === 'AbortError') return;
			}
		}
		setOpen(panel.hidden === true);
	});
	const copy = async (text: string, field: HTMLInputElement | HTMLTextAreaElement) => {
		try {
			await doc.defaultView!.navigator.clipboard.writeText(text);
			status.textContent = s.copied;
		} catch {
			field.select();
			status.textContent = s.copyByHand;
		}
	};
	copyLink.addEventListener('click', () => void copy(o.url, link));
	copyCode.addEventListener('click', () => void copy(o.embed, code));
	return root;
}

/** Put a Share control into every scene card that has none; returns their removal. */
export function mountShareControls(doc: Document = document): () => void {
	const block = doc.getElementById(SHARE_DATA_ID);
	if (!block?.textContent) return () => {};
	const data = JSON.parse(block.textContent) as ShareData;
	const added: HTMLElement[] = [];
	const slots: [HTMLElement, Element][] = [];
	for (const section of doc.querySelectorAll<HTMLElement>('[data-scene]')) {
		const card = section.querySelector('.card');
		const id = section.dataset.scene;
		if (!card || !id || card.querySelector('[data-share]')) continue;
		const control = shareControl(doc, {
			title: section.querySelector('h2')?.textContent?.trim() ?? id,
			url: `${data.sharePages}${encodeURIComponent(id)}/`,
			embed: embedCode(`${data.embed}#${encodeURIComponent(id)}`, data.title),
			strings: data.strings
		});
		// In the place the card keeps for it (so nothing the reader sees moves when it arrives), or
		// after the sentence saying what the map shows, before the sources.
		const slot = card.querySelector('[data-share-slot]');
		if (slot) slot.replaceWith(control);
		else card.insertBefore(control, card.querySelector('.sources'));
		added.push(control);
		if (slot) slots.push([control, slot]);
	}
	return () => {
		for (const [c, slot] of slots) c.replaceWith(slot);
		for (const c of added) c.remove();
	};
}

/**
 * Mount now, and again when the page changes edition without a reload (the language switch is a
 * client-side navigation: the cards and the data block are rendered anew in the other language).
 */
function follow(): void {
	let block = document.getElementById(SHARE_DATA_ID);
	let remove = mountShareControls();
	new MutationObserver(() => {
		const now = document.getElementById(SHARE_DATA_ID);
		if (now === block) return;
		block = now;
		remove();
		remove = mountShareControls();
	}).observe(document.body, { childList: true, subtree: true });
}

if (typeof document !== 'undefined') follow();
