import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { storyPlugin } from './src/lib/build/story-plugin.ts';

export default defineConfig({
	plugins: [storyPlugin(), sveltekit()],
	server: { host: '127.0.0.1', port: 5173 },
	preview: { host: '127.0.0.1', port: 4173, strictPort: true },
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/story/**/*.test.ts', 'tests/engine/**/*.test.ts'],
		environment: 'node'
	}
});
