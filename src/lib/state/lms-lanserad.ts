import { mount } from 'svelte';
import { goto, preloadCode } from '$app/navigation';
import { resolve } from '$app/paths';
import { page } from '$app/state';
import { upptackStart } from '$lib/lms/upptack';
import LmsRad from '$lib/components/lms/LmsRad.svelte';
import { sattLms } from './lms-start';
import { LmsState } from './lms.svelte';

/**
 * Everything a launch needs, behind one dynamic import (lms-start.ts): the real check of the
 * launch, the state, its line mounted at the top of the page. Null when it was no launch after all (`?ovning=`
 * without cmi5 parameters and no SCORM API around).
 */
export function lansera(mal: HTMLElement): LmsState | null {
	let lagring: Storage | null = null;
	try {
		lagring = sessionStorage;
	} catch {
		// storage turned off: the launch is read from the address only
	}
	const u = upptackStart(location, window, lagring);
	if (!u) return null;
	const lms = new LmsState(u, {
		tillForsok: (forsok) => goto(resolve('/ovning/[forsok]', { forsok })),
		tillRapport: (forsok) => goto(resolve('/ovning/[forsok]/rapport', { forsok })),
		paStartsidan: () => page.route.id === '/'
	});
	sattLms(lms);
	// The report's code (and the grader in it) is loaded now, while the network is surely there: a
	// package in an LMS has no service worker, and a hand-in with the network gone must still show
	// the report and queue its statements (tests/lms/cmi5.spec.ts)
	void preloadCode(resolve('/ovning/[forsok]/rapport', { forsok: 'forhandsladdning' })).catch(
		() => undefined
	);
	// starta shows its own failures in LmsRad (the launch is wrong, the LMS did not answer)
	void lms.starta();
	mount(LmsRad, { target: mal, props: { lms } });
	return lms;
}
