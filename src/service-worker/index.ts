/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline after the first visit: the install caches every file of this version of the app (the
 * build, static/ and the shell), so every exercise starts and is graded with no network. The
 * decisions are in $lib/offline/strategi.ts. A new version waits until no tab runs the old one
 * (no skipWaiting), so an open exercise never loses the chunks it was built with.
 */
import { base, build, files, version } from '$service-worker';
import { cachenamn, strategi } from '$lib/offline/strategi';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = cachenamn(version);
const SKAL = `${base}/`;
// the seeding worker's files, which Vite builds apart: written in by scripts/sw-arbetarfiler.mjs
// after the build (the token stays, and is dropped here, in `npm run dev`)
const ARBETARE = ['__LSS_ARBETARFILER__'].filter((f) => f.startsWith('/'));
const FILER = new Set([...build, ...files, ...ARBETARE, SKAL]);

sw.addEventListener('install', (e) => {
	e.waitUntil(caches.open(CACHE).then((c) => c.addAll([...FILER])));
});

sw.addEventListener('activate', (e) => {
	e.waitUntil(
		caches
			.keys()
			.then((nycklar) =>
				Promise.all(nycklar.filter((k) => k !== CACHE).map((k) => caches.delete(k)))
			)
	);
});

async function franCache(req: Request): Promise<Response> {
	const cache = await caches.open(CACHE);
	return (await cache.match(req)) ?? fetch(req);
}

async function sida(req: Request): Promise<Response> {
	try {
		return await fetch(req);
	} catch (e) {
		// offline: the shell renders any route; without it the browser's own offline page
		const skal = await (await caches.open(CACHE)).match(SKAL);
		if (skal) return skal;
		throw e;
	}
}

sw.addEventListener('fetch', (e) => {
	const s = strategi(e.request, sw.location.origin, FILER);
	if (s === 'cache') e.respondWith(franCache(e.request));
	else if (s === 'sida') e.respondWith(sida(e.request));
});
