/** The camera helper's text: a map view written as a scene's `camera:` in story.yaml. Pure. */

export interface CameraView {
	center: [number, number];
	zoom: number;
	bearing: number;
	pitch: number;
}

const round = (n: number, digits: number) => Number(n.toFixed(digits));

/** `camera:` YAML for a view: center to 4 decimals (about 10 m), zoom to 2, angles to 1. */
export function cameraYaml(v: CameraView): string {
	const [lon, lat] = v.center;
	const lines = ['camera:', `  center: [${round(lon, 4)}, ${round(lat, 4)}]`, `  zoom: ${round(v.zoom, 2)}`];
	if (Math.abs(v.bearing) >= 0.05) lines.push(`  bearing: ${round(v.bearing, 1)}`);
	if (v.pitch >= 0.05) lines.push(`  pitch: ${round(v.pitch, 1)}`);
	return lines.join('\n');
}
