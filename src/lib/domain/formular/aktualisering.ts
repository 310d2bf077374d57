import type { AktualiseringUtkast } from '../kommandon';

/**
 * The Aktualisering form (A2, A3, A6) as Procapita proposes it: every draft opens blank, and a
 * draft counts as unsaved once anything is typed in it (U1).
 */

/** A blank aktualisering, from Aktualisering in the menu and from Ny: nothing is pre-filled. */
export function proposeAktualisering(): AktualiseringUtkast {
	return { typ: '', datum: '', franVem: '', ansvarigHandlaggare: '', organisation: '' };
}

/**
 * Whether the drafts hold something typed but not saved, so that Inled utredning first asks
 * whether to save them (U1): any field that differs from a blank draft.
 */
export function hasUnsaved(utkast: readonly AktualiseringUtkast[]): boolean {
	return utkast.some((u) => Object.values(u).some((v) => v !== ''));
}
