import { loadDataset } from '$lib/data/read';
import type { PageServerLoad } from './$types';

/** Runs at build time only: validates the story and geodata and hands the page its scenes. */
export const load: PageServerLoad = () => {
	const { meta, scenes } = loadDataset();
	return { meta, scenes };
};
