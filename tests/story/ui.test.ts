import { describe, expect, it } from 'vitest';
import { UI } from './edition';

describe('interface strings', () => {
	it('exist and are not empty in every language', () => {
		const keys = Object.keys(UI.en);
		for (const lang of ['vi', 'ko'] as const) {
			expect(Object.keys(UI[lang]).sort()).toEqual([...keys].sort());
			for (const k of keys) expect(UI[lang][k as keyof typeof UI.en].trim(), `${lang}.${k}`).not.toBe('');
		}
	});
	it('are translated, not copied from English (names and symbols aside)', () => {
		const same = Object.keys(UI.en).filter((k) => UI.vi[k as keyof typeof UI.en] === UI.en[k as keyof typeof UI.en] && /[a-z]{4}/i.test(UI.en[k as keyof typeof UI.en]));
		expect(same.length, same.join(', ')).toBeLessThanOrEqual(2);
	});
});
