import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		runes: true
	},
	kit: {
		adapter: adapter({
			pages: 'build',
			assets: 'build',
			fallback: 'index.html',
			precompress: false,
			strict: true
		}),
		// The policy is SvelteKit's, so its own inline start-up script is allowed by hash and nothing
		// else inline runs: a script put in the page past the brief sanitiser is refused. The SPA
		// fallback page (build/index.html) is rendered as a prerendered page, so it gets the policy
		// as a <meta> tag with the hash; `npm run dev` gets it as a header, and SvelteKit adds
		// 'unsafe-inline' to the style directives there for Vite's injected <style> elements.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// Svelte writes style="" attributes (and app.html has one); <style> elements only from here
				'style-src': ['self'],
				'style-src-elem': ['self'],
				'style-src-attr': ['unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['none']
			}
		}
	}
};

export default config;
