import { getContext, setContext } from 'svelte';
import type { VisaState } from '$lib/state/visa.svelte';

// A modal ruta makes the page behind it inert, the Visa caption included; each ruta therefore
// shows the caption itself while Visa runs, and finds the VisaState here.
const NYCKEL = Symbol('visa');

export function sattVisa(hamta: () => VisaState | null): void {
	setContext(NYCKEL, hamta);
}

/** Call during component setup; the function it returns may be read anywhere (a $derived). */
export function hamtaVisa(): () => VisaState | null {
	const hamta = getContext<(() => VisaState | null) | undefined>(NYCKEL);
	return () => hamta?.() ?? null;
}
