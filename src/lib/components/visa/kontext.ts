import { getContext, setContext } from 'svelte';
import type { VisaState } from '$lib/state/visa.svelte';
import type { GuidadState } from '$lib/state/guidad.svelte';
import type { ForsokState } from '$lib/state/forsok.svelte';

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

// Guidad's caption likewise: a ruta shows it while open, so its step and Gå tillbaka stay reachable
const GUIDAD = Symbol('guidad');
export type GuidadKontext = { guidad: GuidadState; forsok: ForsokState } | null;

export function sattGuidad(hamta: () => GuidadKontext): void {
	setContext(GUIDAD, hamta);
}

export function hamtaGuidad(): () => GuidadKontext {
	const hamta = getContext<(() => GuidadKontext) | undefined>(GUIDAD);
	return () => hamta?.() ?? null;
}
