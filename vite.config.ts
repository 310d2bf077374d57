import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { scenarioPlugin } from './src/lib/content/vite-plugin';

export default defineConfig({
	plugins: [sveltekit(), scenarioPlugin()],
	server: { fs: { allow: ['scenarios'] } },
	// the world's seeding worker (state/seedning.worker.ts) imports the generator on demand, which
	// only an ES module worker can split off
	worker: { format: 'es' },
	build: {
		// silence Rolldown's "[PLUGIN_TIMINGS]" notice on every build
		rolldownOptions: { checks: { bundlerTimings: false } }
	},
	test: {
		include: ['src/**/*.spec.ts', 'scenarios/**/*.spec.ts'],
		environment: 'node'
	}
});
