/**
 * Is this page a launch from a learning platform? A tiny synchronous look at the address and the
 * frames around the page, run at app start. Only when it says yes is the rest of `src/lib/lms`
 * loaded (a dynamic import), so a visit that was not launched pays nothing for the LMS runtime.
 */

/** The cmi5 launch parameters (cmi5 spec 8.1); any one of them marks a cmi5 launch. */
export const CMI5_PARAMETRAR = [
	'endpoint',
	'fetch',
	'actor',
	'registration',
	'activityId'
] as const;

/** Where the launch was remembered for this tab, for a router that drops the query (dev). */
export const STARTNYCKEL = 'lss-lms-start';

export type LmsUpptackt =
	{ slag: 'cmi5'; sok: string; ovning: string } | { slag: 'scorm'; sok: string; ovning: string };

/** The SCORM 2004 API object as found in a frame (only what discovery needs to know). */
export interface FonsterMedApi {
	API_1484_11?: unknown;
	parent?: FonsterMedApi | null;
	opener?: FonsterMedApi | null;
}

/** SCORM 2004 4th edition's discovery allows this many parent hops before giving up. */
const MAX_STEG = 500;

function sokUppat(start: FonsterMedApi | null | undefined): unknown {
	let w = start;
	for (let steg = 0; w && steg <= MAX_STEG; steg++) {
		try {
			if (w.API_1484_11) return w.API_1484_11;
			// the top frame is its own parent
			if (!w.parent || w.parent === w) return null;
			w = w.parent;
		} catch {
			// a frame of another origin cannot be read: the API is not there
			return null;
		}
	}
	return null;
}

/**
 * SCORM 2004 4th edition API discovery: this window and up the parent chain, then the opener
 * and its parents (RTE 3.3.6.1). Returns the API object, or null.
 */
export function hittaScormApi(w: FonsterMedApi): unknown {
	const i = sokUppat(w);
	if (i) return i;
	try {
		return w.opener ? sokUppat(w.opener) : null;
	} catch {
		return null;
	}
}

/**
 * `?ovning=<id>` plus any cmi5 parameter: a cmi5 launch (validated later: a malformed one is
 * still a launch, so the trainee is told). `ovning` alone where a SCORM API can be found: a SCORM
 * launch. Anything else: not a launch.
 */
export function upptackLms(sok: string, w: FonsterMedApi): LmsUpptackt | null {
	const p = new URLSearchParams(sok);
	const ovning = p.get('ovning');
	if (ovning === null) return null;
	if (CMI5_PARAMETRAR.some((n) => p.has(n))) return { slag: 'cmi5', sok, ovning };
	if (hittaScormApi(w)) return { slag: 'scorm', sok, ovning };
	return null;
}

/**
 * The launch of this page: from the address, or remembered in this tab when the address has lost
 * it (the normal router of the dev server drops the query on navigation; the packaged app's hash
 * router keeps it). Remembers what it finds.
 */
export function upptackStart(
	location: Pick<Location, 'search'>,
	w: FonsterMedApi,
	lagring: Pick<Storage, 'getItem' | 'setItem'> | null
): LmsUpptackt | null {
	const fran = upptackLms(location.search, w);
	if (fran) {
		lagring?.setItem(STARTNYCKEL, location.search);
		return fran;
	}
	const minns = lagring?.getItem(STARTNYCKEL);
	return minns ? upptackLms(minns, w) : null;
}
