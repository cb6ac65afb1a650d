import { describe, expect, it } from 'vitest';
import { DEFAULTS, parseKioskParams } from './params';

describe('parseKioskParams', () => {
	it('has operator defaults', () => {
		expect(parseKioskParams('')).toEqual({ dwellS: undefined, idleS: 90, lang: 'en', reloadS: 30, attractS: 6, updateS: 600 });
	});
	it('reads every parameter, decimals included', () => {
		expect(parseKioskParams('?dwell=0.3&idle=2&lang=fr&reload=1.5&attract=4&update=0', ['en', 'fr', 'de'])).toEqual({
			dwellS: 0.3,
			idleS: 2,
			lang: 'fr',
			reloadS: 1.5,
			attractS: 4,
			updateS: 0
		});
		expect(parseKioskParams(new URLSearchParams('lang=de'), ['en', 'fr', 'de']).lang).toBe('de');
	});
	it('shortens the attract title with a short dwell', () => {
		expect(parseKioskParams('?dwell=1').attractS).toBe(2);
		expect(parseKioskParams('?dwell=0.25').attractS).toBe(0.5);
		expect(parseKioskParams('?dwell=30').attractS).toBe(DEFAULTS.attractS);
	});
	it('falls back to defaults on nonsense instead of stopping the show', () => {
		const p = parseKioskParams('?dwell=abc&idle=-3&lang=it&reload=&attract=Infinity&update=soon', ['en', 'fr']);
		expect(p).toEqual({ dwellS: undefined, idleS: 90, lang: 'en', reloadS: 30, attractS: 6, updateS: 600 });
		expect(parseKioskParams('?dwell=0').dwellS).toBeUndefined();
		expect(parseKioskParams('?dwell=1e9').dwellS).toBeUndefined();
		expect(parseKioskParams('?reload=0').reloadS).toBe(0);
	});
});
