import type { ParamMatcher } from '@sveltejs/kit';

/** The translated editions live at /vi/ and /ko/; English is at /. */
export const match = ((param: string): param is 'vi' | 'ko' => param === 'vi' || param === 'ko') satisfies ParamMatcher;
