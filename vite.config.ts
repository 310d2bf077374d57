import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
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
