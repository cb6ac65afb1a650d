/**
 * The JSON Schemas and the README's option table are generated from the one schema (valibot, with
 * its doc comments): this fails when someone changes the schema and forgets `npm run schema`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OUT, generateSchemas } from '../../scripts/schema';

describe('the generated schema files', () => {
	const g = generateSchemas();
	it('are up to date (run `npm run schema`)', () => {
		expect(readFileSync(OUT.story, 'utf8')).toBe(g.story);
		expect(readFileSync(OUT.translation, 'utf8')).toBe(g.translation);
		expect(readFileSync('README.md', 'utf8')).toBe(g.readme);
	});
	it('describe every field of a scene and of the settings with its doc comment', () => {
		const story = JSON.parse(g.story);
		const scene = story.properties.scenes.items;
		for (const k of ['id', 'chapter', 'title', 'text', 'sources', 'alt', 'map']) expect(scene.properties[k].description, `scenes[].${k}`).toMatch(/\w{3}/);
		for (const k of ['editions', 'chapters', 'lineKinds', 'timeline', 'basemap', 'locator', 'credits']) {
			expect(story.properties.settings.properties[k].description, `settings.${k}`).toMatch(/\w{3}/);
		}
		expect(g.readme).toContain('| `scenes[].map.camera.center` |');
	});
});
