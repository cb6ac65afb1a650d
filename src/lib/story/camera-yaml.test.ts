import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cameraYaml } from './camera-yaml';

describe('cameraYaml', () => {
	it('writes a view as a scene camera that YAML reads back', () => {
		const text = cameraYaml({ center: [106.6881234, 20.8449876], zoom: 9.87654, bearing: 12.34, pitch: 30.06 });
		expect(text).toBe('camera:\n  center: [106.6881, 20.845]\n  zoom: 9.88\n  bearing: 12.3\n  pitch: 30.1');
		expect(parse(text)).toEqual({ camera: { center: [106.6881, 20.845], zoom: 9.88, bearing: 12.3, pitch: 30.1 } });
	});
	it('leaves out a north-up, flat view’s bearing and pitch', () => {
		expect(cameraYaml({ center: [0, 0], zoom: 2, bearing: 0.01, pitch: 0 })).toBe('camera:\n  center: [0, 0]\n  zoom: 2');
	});
});
