/** The extra font families an edition's pages preload (settings.editions[].fonts), read from the story. */
import { loadDataset } from '../data/read';
import { editionOf } from './index';

export function editionFonts(lang: string): string[] {
	try {
		return editionOf(loadDataset().settings.editions, lang).fonts ?? [];
	} catch {
		// A story that does not validate shows its own error page; it preloads nothing extra.
		return [];
	}
}
