/**
 * The post-build edition check (scripts/check-editions.mjs): it must find English on a Vietnamese or
 * Korean page, and leave alone what is marked as English, what is not text, and proper names.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { stringify } from 'devalue';
import { checkBuild, englishOnPage, englishWords, kioskProblems, textPieces, unflatten } from './check-editions.mjs';

const page = (lang: string, body: string) =>
	`<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>T</title><style>p > a { color: red }</style></head><body>${body}</body></html>`;

describe('finding English on an edition', () => {
	it('flags a citation in English that is not marked as English', () => {
		const found = englishOnPage(page('vi', '<ul><li>CNBC, “Is fast fast enough for VinFast?”, 10 September 2018</li></ul>'), 'vi');
		expect(found).toHaveLength(1);
		expect(found[0]!.words).toEqual(expect.arrayContaining(['is', 'for']));
		expect(found[0]!.where).toContain('li');
	});

	it('accepts the same title inside an element marked lang="en", and a date in the edition’s words', () => {
		const html = page('vi', '<ul><li><span lang="en">CNBC</span>, <span lang="en">“Is fast fast enough for VinFast?”</span>, 10 tháng 9, 2018</li></ul>');
		expect(englishOnPage(html, 'vi')).toEqual([]);
	});

	it('flags English inside an element marked with the page’s own language, and in attributes', () => {
		const html = page('ko', '<p lang="ko">지도 <b>of the city</b></p><img src="a.png" alt="Map of the city"><button aria-label="Close the map">×</button>');
		const where = englishOnPage(html, 'ko').map((p) => p.where);
		expect(where).toEqual(['body > p > b', 'img[alt]', 'button[aria-label]']);
	});

	it('ignores scripts, styles, comments and markup', () => {
		const html = page('ko', '<!-- the build --><script>const the = "and of with";</script><div data-x="the and of">하노이</div>');
		expect(englishOnPage(html, 'ko')).toEqual([]);
	});

	it('reads a quoted attribute that holds ">" without losing its place', () => {
		const pieces = textPieces('<html lang="vi"><body><a title="a > b" href="#">xin chào</a><span lang="en">the end</span></body></html>');
		expect(pieces.map((p) => [p.text, p.lang])).toEqual([
			['a > b', 'vi'],
			['xin chào', 'vi'],
			['the end', 'en']
		]);
	});

	it('does not take Vietnamese words for English ones, nor words inside longer words', () => {
		expect(englishWords('Trên bản in, Khu vực An ninh Chung, to lớn', 'vi')).toEqual([]);
		expect(englishWords('in, to, an', 'ko')).toEqual(['in', 'to', 'an']);
		expect(englishWords('Thế giới, theory, often, Andes', 'ko')).toEqual([]);
	});

	it('lets listed proper names through, and nothing else', () => {
		expect(englishWords('ông đến Gardens by the Bay', 'vi')).toEqual([]);
		expect(englishWords('ông đến Gardens by the Sea', 'vi')).toEqual(['by', 'the']);
	});

	it('decodes entities before reading the text', () => {
		expect(englishOnPage(page('ko', '<p>Hanoi&#32;and&nbsp;Seoul</p>'), 'ko')[0]!.words).toEqual(['and']);
	});
});

const kioskEdition = (over: { note?: string; author?: string; title?: string } = {}) => ({
	meta: {
		title: 'Đồng chí cũ',
		standfirst: 'Khi Hà Nội',
		byline: 'Bản đồ',
		articles: [{ key: 'scmp', kind: 'article', publisher: 'South China Morning Post', title: 'The second Trump-Kim summit', lang: 'en', author: over.author ?? 'Lam Le đưa tin', note: over.note ?? 'Nguồn chính.' }],
		events: [{ id: 'ties-1950', label: 'Thiết lập quan hệ' }]
	},
	scenes: [
		{
			id: 'summit-hanoi',
			title: over.title ?? 'Hà Nội bước lên sân khấu',
			paragraphs: ['Thủ đô của Việt Nam'],
			alt: 'Bản đồ Đông Á',
			quote: { text: 'Triều Tiên là người bạn', speaker: 'Nguyen Vinh Quang', publication: 'South China Morning Post of Hong Kong' },
			sources: [{ kind: 'outside', publisher: 'The Washington Post', title: 'Kim arrives in Vietnam by train for summit with Trump', lang: 'en', dateLabel: '25 tháng 2, 2019' }]
		}
	]
});

describe('the kiosk’s translated editions', () => {
	it('are read back from SvelteKit’s serialised data', () => {
		const value = { editions: { vi: kioskEdition(), en: { meta: { title: 'x' } } }, n: [1, undefined, null] };
		expect(unflatten(JSON.parse(stringify(value)))).toEqual(value);
	});

	it('pass when every translated field is in the edition’s language, English titles and publication names aside', () => {
		expect(kioskProblems(kioskEdition(), 'vi')).toEqual([]);
	});

	it('flag an English note, credit line or title, naming where', () => {
		const found = kioskProblems(kioskEdition({ note: 'The primary source.', author: 'additional reporting by Lam Le', title: 'Hanoi takes the stage' }), 'vi');
		expect(found.map((f) => f.where)).toEqual(['article "scmp" note', 'article "scmp" author', 'scene "summit-hanoi" title']);
	});
});

describe('the check on a build directory', () => {
	function build(pages: Record<string, string>, kiosk?: unknown) {
		const dir = mkdtempSync(join(tmpdir(), 'editions-'));
		for (const [lang, html] of Object.entries(pages)) {
			mkdirSync(join(dir, lang), { recursive: true });
			writeFileSync(join(dir, lang, 'index.html'), html);
		}
		if (kiosk) {
			mkdirSync(join(dir, 'kiosk'), { recursive: true });
			writeFileSync(join(dir, 'kiosk', '__data.json'), JSON.stringify({ type: 'data', nodes: [null, { type: 'data', data: JSON.parse(stringify(kiosk)), uses: {} }] }));
		}
		return dir;
	}

	it('reads the kiosk’s data and names the edition and field', () => {
		const ko = { ...kioskEdition(), meta: { ...kioskEdition().meta, title: '옛 동지', standfirst: '하노이', byline: '지도', articles: [] } };
		ko.scenes = [{ ...ko.scenes[0]!, title: '무대에 오른 하노이', paragraphs: ['Vietnam’s capital was picked to host the summit'], alt: '지도', quote: { ...ko.scenes[0]!.quote, text: '북한은 친구다' }, sources: [] }];
		ko.meta.events = [{ id: 'ties-1950', label: '수교' }];
		const dir = build({ vi: page('vi', '<p>Xin chào</p>'), ko: page('ko', '<p>안녕하세요</p>') }, { editions: { vi: kioskEdition(), ko } });
		try {
			expect(checkBuild(dir)).toEqual([expect.stringMatching(/kiosk\/__data\.json: ko edition: English text \(was, to, the\) in scene "summit-hanoi" paragraph 1: /)]);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('names the page and the offending text, and the command exits 1', () => {
		const dir = build({ vi: page('vi', '<p>Xin chào</p>'), ko: page('ko', '<p>Sources: the articles</p>') });
		try {
			const problems = checkBuild(dir);
			expect(problems).toHaveLength(1);
			expect(problems[0]).toMatch(/ko\/index\.html: English text \(the\) in html > body > p: “Sources: the articles”/);
			const run = spawnSync(process.execPath, ['scripts/check-editions.mjs', dir], { encoding: 'utf8' });
			expect(run.status).toBe(1);
			expect(run.stderr).toContain('ko/index.html');
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('refuses a page that declares the wrong language', () => {
		const dir = build({ vi: page('en', '<p>Xin chào</p>'), ko: page('ko', '<p>안녕하세요</p>') });
		try {
			expect(checkBuild(dir)).toEqual([expect.stringMatching(/vi\/index\.html: <html lang="en"> where "vi" was expected/)]);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('passes clean pages, and the command exits 0', () => {
		const dir = build({ vi: page('vi', '<p>Xin chào</p>'), ko: page('ko', '<p>안녕하세요 <span lang="en">the end</span></p>') });
		try {
			expect(checkBuild(dir)).toEqual([]);
			expect(spawnSync(process.execPath, ['scripts/check-editions.mjs', dir], { encoding: 'utf8' }).status).toBe(0);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
