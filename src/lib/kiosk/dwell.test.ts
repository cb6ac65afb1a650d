import { describe, expect, it } from 'vitest';
import { DWELL, countWords, dwellSeconds, sceneDwellMs, sceneWords } from './dwell';

const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');

describe('countWords', () => {
	it('counts runs of non-space characters in any script', () => {
		expect(countWords('')).toBe(0);
		expect(countWords('   ')).toBe(0);
		expect(countWords('The city takes the stage')).toBe(5);
		expect(countWords('  Thành phố\nbước  lên\tsân khấu ')).toBe(6);
		expect(countWords('도시가, 무대에 서다')).toBe(3);
	});
});

describe('dwellSeconds', () => {
	it('is 4 s plus 0.12 s per word between the bounds', () => {
		expect(dwellSeconds(50)).toBeCloseTo(10);
		expect(dwellSeconds(100)).toBeCloseTo(16);
		expect(dwellSeconds(125)).toBeCloseTo(19);
	});
	it('never drops below 8 s nor exceeds 20 s', () => {
		expect(dwellSeconds(0)).toBe(DWELL.MIN_S);
		expect(dwellSeconds(-5)).toBe(DWELL.MIN_S);
		expect(dwellSeconds(30)).toBe(8);
		expect(dwellSeconds(134)).toBe(DWELL.MAX_S);
		expect(dwellSeconds(10_000)).toBe(20);
	});
	it('grows with the text', () => {
		let last = 0;
		for (let n = 0; n <= 200; n += 10) {
			const s = dwellSeconds(n);
			expect(s).toBeGreaterThanOrEqual(last);
			last = s;
		}
	});
});

describe('sceneDwellMs', () => {
	const scene = { title: 'An Air Koryo flight', paragraphs: [words(40), words(30)], quote: undefined };
	it('counts the title, every paragraph and the quote', () => {
		expect(sceneWords(scene)).toBe(4 + 70);
		const quoted = { ...scene, quote: { text: words(6), speaker: 'A', publication: 'B' } };
		expect(sceneWords(quoted)).toBe(80);
		expect(sceneDwellMs(quoted)).toBe(Math.round((4 + 0.12 * 80) * 1000));
	});
	it('uses the override for every scene, decimals included', () => {
		expect(sceneDwellMs(scene, 0.3)).toBe(300);
		expect(sceneDwellMs({ ...scene, paragraphs: [words(500)] }, 1)).toBe(1000);
	});
});
