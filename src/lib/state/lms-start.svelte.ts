import { upptackStart } from '$lib/lms/upptack';
import type { LmsState, Navigering } from './lms.svelte';

/**
 * The app-start hook for a launch from a learning platform. It is all the root layout imports:
 * a synchronous look at the address (`upptackStart`), and only on a launch the dynamic import of
 * the LMS runtime, so the start page and exercise pages pay nothing for it otherwise.
 */

let aktiv = $state.raw<LmsState | null>(null);

/** The running launch, if the app was launched from a learning platform. */
export function lms(): LmsState | null {
	return aktiv;
}

/** At app start: a launch? Then load the runtime, start the session and the exercise. */
export async function startaOmLanserad(nav: Navigering): Promise<boolean> {
	let lagring: Storage | null = null;
	try {
		lagring = sessionStorage;
	} catch {
		// storage turned off: the launch is read from the address only
	}
	const u = upptackStart(location, window, lagring);
	if (!u || aktiv) return aktiv !== null;
	const { LmsState } = await import('./lms.svelte');
	aktiv = new LmsState(u, nav);
	await aktiv.starta();
	return true;
}
