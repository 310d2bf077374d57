// The page options live in $lib/sidval (why there: see that file).
export { ssr, prerender } from '$lib/sidval';
