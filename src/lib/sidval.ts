// A static single-page app: everything runs in the browser, nothing is rendered on a server.
// Re-exported by src/routes/+layout.ts, so SvelteKit reads these from the module instead of
// the layout's source: the LMS package's hash-router build, which refuses page options, drops
// that module's exports (vite.config.ts, utanSidval).
export const ssr = false;
export const prerender = false;
