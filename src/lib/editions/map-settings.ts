/** The map's settings from a validated dataset (what `virtual:story` gives the browser). */
import type { Dataset } from '../data/dataset';
import type { MapSettings } from '../story/settings';
import { tileSets } from '../data/tile-sets';

/** By dataset: the tile sets measure every basemap segment, and the build asks once per page. */
const made = new WeakMap<Dataset, MapSettings>();

export function mapSettings(d: Dataset): MapSettings {
	let m = made.get(d);
	if (!m) made.set(d, (m = fromDataset(d)));
	return m;
}

function fromDataset(d: Dataset): MapSettings {
	const rivers = d.context?.rivers.features ?? [];
	const riversFromZoom = Math.min(24, ...rivers.map((f) => Number((f.properties as { minzoom?: unknown } | null)?.minzoom ?? 24)));
	return { basemap: d.settings.basemap.files, detailZoom: d.settings.basemap.detailZoom, lineKinds: d.settings.lineKinds, riversFromZoom, tiles: tileSets(d) };
}
