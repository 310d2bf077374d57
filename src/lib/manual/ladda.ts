import { delaIAvsnitt, type Sektion } from './avsnitt';

/**
 * The manual's sections, loaded on first use: the text (about 100 KB) comes in by dynamic
 * import, so only the manual's own pages pay for it (they are the only importers of this
 * module, and SvelteKit loads a route's code when the route is opened). Parsed once per visit.
 */
let manualen: Promise<Sektion[]> | undefined;

export function laddaManual(): Promise<Sektion[]> {
	manualen ??= import('./procapita-lss-manual.txt?raw').then((t) => delaIAvsnitt(t.default));
	// a failed load (a dropped chunk) is tried again on the next visit, not remembered
	manualen.catch(() => (manualen = undefined));
	return manualen;
}
