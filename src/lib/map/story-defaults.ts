/**
 * TEMPORARY (this restructure): the story's map settings until they move into story.yaml.
 */
import type { MapSettings } from '../story/settings';

export const MAP_SETTINGS: MapSettings = {
	basemap: [
		{ id: 'land-110m', kind: 'land', minzoom: 0, maxzoom: 3 },
		{ id: 'land-50m', kind: 'land', minzoom: 3, maxzoom: 7 },
		{ id: 'land-110m-outer', kind: 'land', minzoom: 3, maxzoom: 7 },
		{ id: 'land-50m-outer', kind: 'land', minzoom: 7, maxzoom: 24 },
		{ id: 'land-10m', kind: 'land', minzoom: 7, maxzoom: 24 },
		{ id: 'coast-fine', kind: 'land', minzoom: 7, maxzoom: 24 },
		{ id: 'borders-110m', kind: 'border', minzoom: 0, maxzoom: 3 },
		{ id: 'borders-50m', kind: 'border', minzoom: 3, maxzoom: 24 }
	],
	detailZoom: 7,
	riversFromZoom: 7,
	lineKinds: {
		tour: { color: '#b3261e', dash: [2, 1.5], label: 'Possible tour (not confirmed)' },
		visit: { color: '#1d4e89', label: 'Visit' },
		flight: { color: '#6a3d9a', dash: [3, 1.5], label: 'Flight' },
		relation: { color: '#17766b', label: 'Diplomatic ties' },
		military: { color: '#7a2e12', label: 'Wartime support or invasion' },
		train: { color: '#444a52', dash: [1, 1], label: 'By train' },
		road: { color: '#444a52', label: 'By road' }
	}
};
