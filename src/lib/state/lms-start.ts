import type { LmsState } from './lms.svelte';

/**
 * The app-start hook for a launch from a learning platform: all that the root layout and the
 * report page import, kept to a few lines because every page carries it. `kanskeLanserad` is
 * the cheap first look (the address has `ovning`, or this tab remembers a launch); only then does
 * the layout load the runtime (`lms-lanserad.ts`), which makes the real check (`upptackStart`:
 * the cmi5 parameters, or a SCORM API in the frames around) and starts the session.
 */

/** Where a launch is remembered for this tab (lms/upptack.ts `STARTNYCKEL`). */
const STARTNYCKEL = 'lss-lms-start';

function kanske(): boolean {
	try {
		return (
			new URLSearchParams(location.search).has('ovning') || !!sessionStorage.getItem(STARTNYCKEL)
		);
	} catch {
		// no window (Node) or storage turned off
		return false;
	}
}

export const kanskeLanserad = kanske();

let aktiv: LmsState | null = null;
const vantar: ((l: LmsState) => void)[] = [];

/** Runs `gor` with the launch's state once it exists; never, when the app was not launched. */
export function vidLms(gor: (l: LmsState) => void): void {
	if (aktiv) gor(aktiv);
	else if (kanskeLanserad) vantar.push(gor);
}

/**
 * At app start (the root layout): on a possible launch, load the runtime, which checks it and
 * puts its line at the top of `mal`.
 */
export function startaOmLanserad(mal: HTMLElement): void {
	if (!kanskeLanserad) return;
	import('./lms-lanserad')
		.then((m) => m.lansera(mal))
		// the launch's own errors are shown by LmsRad; a chunk that fails to load leaves the app as
		// it would be without a launch
		.catch(() => undefined);
}

/** The runtime, when it has found a launch. */
export function sattLms(l: LmsState): void {
	aktiv = l;
	for (const gor of vantar.splice(0)) gor(l);
}
