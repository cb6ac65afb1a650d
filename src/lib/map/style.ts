/**
 * The embedded, offline style: every layer kind's starting sources and layers, in drawing order.
 * Every source is a file on the site's own origin and text is drawn from the page's own web font
 * (no `glyphs`). Files a kind needs only close up are added later by the kind itself (`ensure`).
 */
import type { LayerSpecification, SourceSpecification, StyleSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import type { KindRuntime } from './layers/types';

/**
 * `fonts`: the edition's own faces (settings.editions[].fonts, such as Noto Sans KR), added to the end
 * of every label's font stack. MapLibre draws a stack as a CSS font-family list, so a character the
 * first faces lack (Hangul) comes from the edition's face; its `localIdeographFontFamily` applies only
 * to layers left on the style's default stack, and without this a machine with no system CJK font
 * (the kiosk's box) drew every Korean label as boxes.
 */
export function buildStyle(kinds: readonly KindRuntime[], fonts: readonly string[] = []): StyleSpecification {
	const sources: Record<string, SourceSpecification> = {};
	const layers: LayerSpecification[] = [];
	for (const k of kinds) {
		Object.assign(sources, k.sources());
		layers.push(...k.layers());
	}
	for (const k of kinds) layers.push(...(k.overlays?.() ?? []));
	if (fonts.length) {
		for (const l of layers) {
			if (l.type !== 'symbol') continue;
			const sym = l as SymbolLayerSpecification;
			const stack = sym.layout?.['text-font'];
			if (!Array.isArray(stack)) continue;
			const names = stack as readonly string[];
			const extended: string[] = [...names, ...fonts.filter((f) => !names.includes(f))];
			sym.layout = { ...sym.layout, 'text-font': extended };
		}
	}
	return { version: 8, name: 'Story map (offline)', sources, layers };
}
