import { describe, expect, it } from 'vitest';
import { headTags, jsonLdScript, newsArticle, ogLocale, shorten } from './meta';
import type { StoryMeta } from '../story/types';

const meta: StoryMeta = {
	title: 'A story of two cities',
	standfirst: 'How a port and a capital grew together.',
	byline: 'Built on a report of the Daily Example.',
	articles: [
		{ key: 'main', kind: 'article', publisher: 'The Daily Example', title: 'Two cities </script> grow', lang: 'en', printTitle: 'Cities grow', author: 'by A. Writer', date: '1901-02-12', datedFromContent: true },
		{ key: 'other', kind: 'article', publisher: 'Elsewhere', title: 'Unrelated', lang: 'en', date: '1901-03' }
	],
	events: [],
	published: '1901-03-01',
	modified: '1901-04-02',
	corrections: [{ id: 'fix-1', date: '1901-04-02', kind: 'correction', text: 'The port was founded in 1517, not 1518.' }]
};
const image = { url: 'https://example.org/story/og/story.png', width: 1200, height: 630, alt: 'A map of the two cities.' };

describe('newsArticle', () => {
	const a = newsArticle({ meta, lang: 'xx', url: 'https://example.org/story/xx/', image, publisher: { name: 'Example News', url: 'https://example.org/' }, basedOn: ['main'], translationOf: { url: 'https://example.org/story/', lang: 'en' } });

	it('says what the story is, in which language, when it was published and last changed', () => {
		expect(a).toMatchObject({
			'@context': 'https://schema.org',
			'@type': 'NewsArticle',
			headline: meta.title,
			description: meta.standfirst,
			inLanguage: 'xx',
			url: 'https://example.org/story/xx/',
			image: [image.url],
			datePublished: '1901-03-01',
			dateModified: '1901-04-02',
			publisher: { '@type': 'Organization', name: 'Example News', url: 'https://example.org/' },
			author: [{ '@type': 'Organization', name: 'Example News', url: 'https://example.org/' }],
			creditText: meta.byline,
			translationOfWork: { '@id': 'https://example.org/story/', inLanguage: 'en' }
		});
		expect(a.correction).toEqual([{ '@type': 'CorrectionComment', text: meta.corrections[0]!.text, datePublished: '1901-04-02' }]);
	});

	it('is based on the cited article only, without a publication date the article does not give', () => {
		expect(a.isBasedOn).toEqual({
			'@type': 'NewsArticle',
			headline: 'Two cities </script> grow',
			alternativeHeadline: 'Cities grow',
			inLanguage: 'en',
			publisher: { '@type': 'Organization', name: 'The Daily Example' },
			creditText: 'by A. Writer'
		});
	});

	it('is written as a data block nothing can break out of', () => {
		const html = jsonLdScript(a);
		expect(html.startsWith('<script type="application/ld+json">')).toBe(true);
		expect(html.match(/<\/script>/g)).toHaveLength(1);
		expect(JSON.parse(html.slice(html.indexOf('>') + 1, -'</script>'.length))).toEqual(a);
	});
});

describe('share tags', () => {
	const tags = headTags({ url: 'https://example.org/story/scenes/port/', title: 'The "port"', description: 'Ships & cranes', siteName: 'A story', locale: 'en-GB', otherLocales: ['fr-FR'], image });
	it('carry the card for Open Graph and Twitter, escaped', () => {
		expect(tags).toContain('<link rel="canonical" href="https://example.org/story/scenes/port/">');
		expect(tags).toContain('<meta property="og:title" content="The &quot;port&quot;">');
		expect(tags).toContain('<meta property="og:description" content="Ships &amp; cranes">');
		expect(tags).toContain('<meta property="og:locale" content="en_GB">');
		expect(tags).toContain('<meta property="og:locale:alternate" content="fr_FR">');
		expect(tags).toContain('<meta property="og:image:width" content="1200">');
		expect(tags).toContain('<meta name="twitter:card" content="summary_large_image">');
		expect(tags).not.toContain('article:published_time');
	});
	it('locales and descriptions in their social form', () => {
		expect(ogLocale('fr-CA')).toBe('fr_CA');
		expect(shorten('one two three four five', 12)).toBe('one two…');
		expect(shorten('short', 12)).toBe('short');
	});
});
