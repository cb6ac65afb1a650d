import type { ParamMatcher } from '@sveltejs/kit';
import { langs } from 'virtual:story/langs';

/** The editions after the first live at /<lang>/ (the story's settings.editions); the first at /. */
export const match = ((param: string) => langs.slice(1).includes(param)) satisfies ParamMatcher;
