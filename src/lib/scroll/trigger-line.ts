/**
 * The scroll engine's trigger line, drawn (`?debug`): tests find the step that is active from it and
 * authors see where a scene starts. Loaded with the page's chrome, not with the engine. Returns its
 * removal.
 */
export function showTriggerLine(offset: number): () => void {
	const line = document.createElement('div');
	line.setAttribute('data-scroll-debug', '');
	line.style.cssText = `position:fixed;left:0;right:0;top:${(offset * 100).toFixed(3)}%;border-top:2px dashed #e0218a;z-index:9999;pointer-events:none`;
	document.body.append(line);
	return () => line.remove();
}
