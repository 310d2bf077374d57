import type { Kontakt } from '$lib/domain/model';

/**
 * Types of contact under Kontaktuppgifter (N2). The manual names anhörig and god
 * man/företrädare; the rest are the kinds an LSS-handläggare meets and are inferred.
 */
export const KONTAKTTYPER = [
	'Anhörig',
	'God man/förvaltare',
	'Företrädare',
	'Vårdnadshavare',
	'Kontaktperson på boende',
	'Övrigt'
] as const;

/** A contact being edited: `id` only when it already exists. */
export type KontaktUtkast = Omit<Kontakt, 'id'> & { id?: string };

/** A blank contact for Lägg till. */
export function nyKontakt(): KontaktUtkast {
	return { typ: '', namn: '', telefon: '', adress: '', anteckning: '' };
}
