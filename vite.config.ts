import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { scenarioPlugin } from './src/lib/content/vite-plugin';

export default defineConfig({
	plugins: [sveltekit(), scenarioPlugin()],
	server: { fs: { allow: ['scenarios'] } },
	build: {
		// silence Rolldown's "[PLUGIN_TIMINGS]" notice on every build
		rolldownOptions: { checks: { bundlerTimings: false } }
	},
	test: {
		include: ['src/**/*.spec.ts', 'scenarios/**/*.spec.ts'],
		environment: 'node'
	}
});
