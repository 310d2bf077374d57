/**
 * What the service worker does with a request, decided apart from the worker so it can be
 * tested: the app's own files are the same for one version, so they come from the cache the
 * install filled (offline after the first visit); a page is asked of the network first, so a
 * new version is found, and offline the app's shell answers for every route (it is a
 * single-page app: the router in the shell shows the route); anything else, another origin
 * above all (an LMS's LRS, later), is left to the browser and never cached.
 */
export type Strategi = 'cache' | 'sida' | 'natet';

export interface Forfragan {
	url: string;
	method: string;
	/** `Request.mode`: `navigate` for a page. */
	mode: string;
}

export function strategi(f: Forfragan, ursprung: string, filer: ReadonlySet<string>): Strategi {
	if (f.method !== 'GET') return 'natet';
	const url = new URL(f.url);
	if (url.origin !== ursprung) return 'natet';
	if (f.mode === 'navigate') return 'sida';
	return filer.has(url.pathname) ? 'cache' : 'natet';
}

/** The cache of one version of the app; older ones are removed once the new worker takes over. */
export const cachenamn = (version: string): string => `lss-ovning-${version}`;
