import { sveltekit } from '@sveltejs/kit/vite';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { scenarioPlugin } from './src/lib/content/vite-plugin';

/**
 * The LMS package's build (LSS_PAKET=1, svelte.config.js) uses the hash router, which refuses
 * page options: the root layout's `ssr = false` and `prerender = false` (what make the normal
 * build a static SPA) are dropped there, where every page is client-rendered anyway.
 */
function utanSidval(): Plugin {
	return {
		name: 'lss-paket-utan-sidval',
		enforce: 'pre',
		transform(_kod, id) {
			if (id.replace(/\\/g, '/').endsWith('/src/routes/+layout.ts')) return 'export {};\n';
		}
	};
}

export default defineConfig({
	plugins: [
		sveltekit(),
		scenarioPlugin(),
		...(process.env.LSS_PAKET === '1' ? [utanSidval()] : [])
	],
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
		sourcemap: !!process.env.KARTA,
		rolldownOptions: { checks: { bundlerTimings: false } }
	},
	test: {
		include: ['src/**/*.spec.ts', 'scenarios/**/*.spec.ts'],
		environment: 'node'
	}
});
