import { sveltekit } from '@sveltejs/kit/vite';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { scenarioPlugin } from './src/lib/content/vite-plugin';

export default defineConfig({
	plugins: [sveltekit(), scenarioPlugin()],
	server: { fs: { allow: ['scenarios'] } },
	resolve: {
		// dom-accessibility-api (Visa, Guidad) ships polyfills of Set and Array.from for browsers
		// older than any that runs this app: the built-ins instead keep Guidad under its budget
		alias: [
			{
				find: /^\.\/polyfills\/SetLike\.mjs$/,
				replacement: fileURLToPath(new URL('./src/lib/visa/inbyggt/set.ts', import.meta.url))
			},
			{
				find: /^\.\/polyfills\/array\.from\.mjs$/,
				replacement: fileURLToPath(new URL('./src/lib/visa/inbyggt/array-from.ts', import.meta.url))
			}
		]
	},
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
