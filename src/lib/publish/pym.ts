/**
 * The height protocol of pym.js (NPR's responsive-iframe library, which many CMSs already load):
 * messages `pym` + `xPYMx` + id + `xPYMx` + type + `xPYMx` + message, posted between the frame and
 * its parent. The parent (`pym.Parent`) gives the frame its id in the `childId` query parameter and
 * sends `width` messages; the frame answers, and reports on its own whenever it changes, with
 * `height` messages, which the parent turns into the iframe's height. Pure.
 */

export const PYM_DELIMITER = 'xPYMx';

export function pymMessage(id: string, type: string, message: string | number): string {
	return ['pym', id, type, String(message)].join(PYM_DELIMITER);
}

export interface PymMessage {
	id: string;
	type: string;
	message: string;
}

/** A pym message, or undefined for anything else a window may receive. */
export function parsePymMessage(data: unknown): PymMessage | undefined {
	if (typeof data !== 'string') return undefined;
	const parts = data.split(PYM_DELIMITER);
	if (parts.length !== 4 || parts[0] !== 'pym' || !parts[1] || !parts[2]) return undefined;
	return { id: parts[1], type: parts[2], message: parts[3] ?? '' };
}

/** The frame's id, from its URL's query (`?initialWidth=…&childId=…`); pym ids are element ids. */
export function childIdFrom(search: string): string | undefined {
	const id = new URLSearchParams(search).get('childId') ?? '';
	return /^[A-Za-z][\w:.-]{0,99}$/.test(id) ? id : undefined;
}
