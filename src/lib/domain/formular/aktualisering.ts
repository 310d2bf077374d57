import type { AktualiseringUtkast } from '../kommandon';

/**
 * The Aktualisering form (A2, A3, A6) as Procapita proposes it: every draft opens blank, and a
 * draft counts as unsaved once anything is typed in it (U1).
 */

/**
 * The fields Procapita wants filled before Spara, by their labels, in the form's order. The
 * manual names a value for each of them and saves "när aktualiseringen/aktualiseringarna är
 * ifyllda" (A3, A4, A6), so none may be left empty.
 */
export const AKTUALISERING_KRAV = [
	'Typ av aktualisering',
	'Datum',
	'Från vem',
	'Ansvarig handläggare',
	'Organisation'
] as const;
export type AktualiseringsKrav = (typeof AKTUALISERING_KRAV)[number];

const AKT_NYCKEL: Record<AktualiseringsKrav, keyof AktualiseringUtkast> = {
	'Typ av aktualisering': 'typ',
	Datum: 'datum',
	'Från vem': 'franVem',
	'Ansvarig handläggare': 'ansvarigHandlaggare',
	Organisation: 'organisation'
};

/** The first required field left empty (blank counts as empty), or null when all are filled. */
export function saknadAktualiseringsfalt(u: AktualiseringUtkast): AktualiseringsKrav | null {
	return AKTUALISERING_KRAV.find((f) => !u[AKT_NYCKEL[f]].trim()) ?? null;
}

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
