import type { ResolvedScene } from './types';

/** Label shown above each scene, per chapter. */
export const CHAPTER_LABELS: Record<ResolvedScene['chapter'], string> = {
	summit: 'The summit',
	tour: 'A possible tour',
	history: 'Seventy years of ties',
	future: 'What comes next',
	epilogue: 'After the articles'
};
