import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// LSS_PAKET=1: the build inside an LMS package (npm run package:cmi5, package:scorm; src/cli/paket).
// An LMS serves the zip's files from a sub-path of its own and no fallback page, so the routes
// live in the hash (the launch's query string stays in location.search) and every path is
// relative; no service worker (docs/lms.md, Service worker). The normal build is unchanged.
const PAKET = process.env.LSS_PAKET === '1';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		runes: true
	},
	kit: {
		adapter: adapter({
			pages: PAKET ? 'build-paket' : 'build',
			assets: PAKET ? 'build-paket' : 'build',
			fallback: 'index.html',
			precompress: false,
			strict: true
		}),
		...(PAKET && {
			router: { type: 'hash' },
			paths: { relative: true },
			serviceWorker: { register: false }
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
