import { describe, expect, it } from 'vitest';
import { firstStandinsHtml } from './first-standins';

describe('a deep link’s static map in the prerendered page', () => {
	const html = firstStandinsHtml([
		{ id: 'a', src: '/static-maps/a.svg' },
		{ id: 'b', src: '/static-maps/b.vi.svg' }
	]);
	it('holds every scene’s static map, lazily, and shows only the one the address names', () => {
		expect(html.match(/<img /g)).toHaveLength(2);
		expect(html).toContain('src="/static-maps/b.vi.svg"');
		expect(html.match(/loading="lazy"/g)).toHaveLength(2);
		expect(html).toContain('.scrolly:has([id="a"]:target) [data-first-standin="a"],.scrolly:has([id="b"]:target) [data-first-standin="b"]{display:block}');
	});
	it('is hidden from screen readers (the scene’s text says what the map shows)', () => {
		expect(html).toMatch(/^<div class="first-standins" aria-hidden="true">/);
	});
});
