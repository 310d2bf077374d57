import { getContext, setContext, type Snippet } from 'svelte';
import type { Rutor } from '$lib/state/rutor.svelte';

/**
 * A modal ruta makes the page behind it inert, the mode's caption included (Visa, Guidad); each
 * ruta therefore shows the caption itself while one runs. The exercise page gives, here, what to
 * render and the count of open rutor to keep, so a ruta imports none of the modes (the start
 * page's rutor stay small).
 */
export interface RutansBildtext {
	rutor: Rutor;
	bildtext: Snippet;
}

const NYCKEL = Symbol('bildtext');

export function sattBildtext(hamta: () => RutansBildtext | null): void {
	setContext(NYCKEL, hamta);
}

/** Call during component setup; the function it returns may be read anywhere (a $derived). */
export function hamtaBildtext(): () => RutansBildtext | null {
	const hamta = getContext<(() => RutansBildtext | null) | undefined>(NYCKEL);
	return () => hamta?.() ?? null;
}
