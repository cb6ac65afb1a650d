import type { UiKey } from '../i18n/ui';
import type { ResolvedScene } from './types';

/** The interface string that labels each chapter. */
export const CHAPTER_LABEL: Record<ResolvedScene['chapter'], UiKey> = {
	summit: 'chapterSummit',
	tour: 'chapterTour',
	history: 'chapterHistory',
	future: 'chapterFuture',
	epilogue: 'chapterEpilogue'
};
