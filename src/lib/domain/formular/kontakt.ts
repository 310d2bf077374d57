import type { Kontakt } from '../model';

/** The Kontaktuppgift box (N2) as Procapita proposes it: empty for Lägg till, filled to edit. */

/** A contact being edited: `id` only when it already exists. */
export type KontaktUtkast = Omit<Kontakt, 'id'> & { id?: string };

/** A blank contact for Lägg till. */
export function proposeKontakt(): KontaktUtkast {
	return { typ: '', namn: '', telefon: '', adress: '', anteckning: '' };
}

/** A saved contact opened by double-click: its own values, to change (N2). */
export function openKontakt(k: Kontakt): KontaktUtkast {
	return { ...k };
}
