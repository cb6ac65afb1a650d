/**
 * The layer kinds, in drawing order (the first is drawn at the bottom). Adding a kind is one module
 * and one line here: the controller, the legend and the static maps all walk this list.
 */
import { areas } from './areas';
import { basemap } from './basemap';
import { context } from './context';
import { frame } from './frame';
import { lines } from './lines';
import { places } from './places';
import { water } from './water';
import type { LayerKind, LegendInfo, LegendItem } from './types';
import type { MapState } from '../../story/state';

export const KINDS: readonly LayerKind[] = [basemap, water, areas, lines, context, places, frame];

/** What the legend shows for a state: every kind's entries, in the kinds' legend order. */
export function legendItems(state: MapState, info: LegendInfo): LegendItem[] {
	return [...KINDS].sort((a, b) => a.legendRank - b.legendRank).flatMap((k) => k.legend(state, info));
}

export type { LayerKind, LegendInfo, LegendItem } from './types';
