/**
 * The legend is derived from the same definitions the map draws with (LINE_STYLES, COLORS), and
 * from the scene's state, so the two cannot disagree.
 */
import type { UiKey } from '../i18n/ui';
import type { MapState } from '../story/state';
import { COLORS, LINE_STYLES } from './style';

export interface LegendItem {
	/** Stable key: `line-<kind>`, `area`, `focus`, `place`; tests compare it with the map's layers. */
	key: string;
	symbol: 'line' | 'fill' | 'dot';
	color: string;
	dash?: number[];
	label: UiKey;
}

const LINE_LABEL: Record<string, UiKey> = {
	tour: 'legendTour',
	visit: 'legendVisit',
	flight: 'legendFlight',
	relation: 'legendRelation',
	military: 'legendMilitary',
	train: 'legendTrain',
	road: 'legendRoad'
};

/** What the map shows in this state, in a fixed order: lines by kind, areas, then places. */
export function legendItems(state: MapState, lineKinds: Record<string, string>): LegendItem[] {
	const items: LegendItem[] = [];
	const kinds = new Set<string>();
	for (const l of state.lines) {
		const kind = lineKinds[l.id];
		if (kind && l.fraction > 0) kinds.add(kind);
	}
	for (const [kind, s] of Object.entries(LINE_STYLES)) {
		if (kinds.has(kind)) items.push({ key: `line-${kind}`, symbol: 'line', color: s.color, dash: s.dash, label: LINE_LABEL[kind] ?? 'legendVisit' });
	}
	if (state.areas.length > 0) items.push({ key: 'area', symbol: 'fill', color: COLORS.area, label: 'legendArea' });
	if (state.focus.length > 0) items.push({ key: 'focus', symbol: 'dot', color: COLORS.focus, label: 'legendFocus' });
	if (state.places.some((p) => !state.focus.includes(p))) items.push({ key: 'place', symbol: 'dot', color: COLORS.place, label: 'legendPlace' });
	return items;
}
