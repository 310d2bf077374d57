import { resolve } from '$app/paths';
import type { ResolvedPathname } from '$app/types';
import { slug } from './slug';

export { slug };

/**
 * The in-app manual's addresses. Kept apart from the manual's text (loaded only when the manual
 * is opened) so a report, Visa or a hint can link to a section without pulling the text in.
 */

/** The query string a quote travels in (empty without one), shared by both kinds of link. */
export function citatSok(citat?: string): '' | `?citat=${string}` {
	return citat ? `?citat=${encodeURIComponent(citat)}` : '';
}

/** A manual section, with `citat` highlighted there when given. */
export function manualHref(avsnitt: string, citat?: string): ResolvedPathname {
	return resolve(`/manual/${slug(avsnitt)}${citatSok(citat)}`);
}

/**
 * The section that holds `citat`, found by the manual itself when the link is followed (the
 * caller knows the sentence but not its section, as Visa's `varfor`).
 */
export function manualHrefForCitat(citat: string): ResolvedPathname {
	return resolve(`/manual${citatSok(citat)}`);
}

/** The table of contents. */
export function manualStart(): ResolvedPathname {
	return resolve('/manual');
}
