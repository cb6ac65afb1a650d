/**
 * The embedded, offline style: every layer kind's starting sources and layers, in drawing order.
 * Every source is a file on the site's own origin and text is drawn from the page's own web font
 * (no `glyphs`). Files a kind needs only close up are added later by the kind itself (`ensure`).
 */
import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import type { KindRuntime } from './layers/types';

export function buildStyle(kinds: readonly KindRuntime[]): StyleSpecification {
	const sources: Record<string, SourceSpecification> = {};
	const layers: LayerSpecification[] = [];
	for (const k of kinds) {
		Object.assign(sources, k.sources());
		layers.push(...k.layers());
	}
	for (const k of kinds) layers.push(...(k.overlays?.() ?? []));
	return { version: 8, name: 'Story map (offline)', sources, layers };
}
