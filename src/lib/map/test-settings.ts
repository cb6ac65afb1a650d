/** Map settings for the engine's own unit tests: a made-up story with two kinds of line. */
import type { MapSettings } from '../story/settings';

export const TEST_SETTINGS: MapSettings = {
	basemap: [
		{ id: 'land-coarse', kind: 'land', minzoom: 0, maxzoom: 6 },
		{ id: 'land-fine', kind: 'land', minzoom: 6, maxzoom: 24 },
		{ id: 'borders', kind: 'border', minzoom: 0, maxzoom: 24 }
	],
	detailZoom: 8,
	riversFromZoom: 7,
	tiles: {
		'land-coarse': { id: 'land-coarse', minzoom: 0, maxzoom: 4, bounds: [-180, -85, 180, 85] },
		'land-fine': { id: 'land-fine', minzoom: 4, maxzoom: 9, bounds: [100, 10, 110, 25] },
		borders: { id: 'borders', minzoom: 0, maxzoom: 5, bounds: [90, 0, 130, 40] },
		countries: { id: 'countries', minzoom: 0, maxzoom: 3, bounds: [90, 0, 130, 40] },
		provinces: { id: 'provinces', minzoom: 7, maxzoom: 9, bounds: [104, 19, 108, 23] }
	},
	lineKinds: {
		ride: { color: '#1d4e89', label: 'On horseback' },
		sail: { color: '#6a3d9a', dash: [3, 1.5], label: 'By sea' },
		hike: { color: '#b3261e', dash: [1, 1], label: 'On foot' }
	}
};
