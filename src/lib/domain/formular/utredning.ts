import type { IsoDatum } from '../datum';
import type { Aktualisering } from '../model';

/**
 * The Inled utredning tab (U1–U6) as Procapita proposes it when it opens after the
 * aktualiseringar are saved.
 */

/** The fields of Inled utredning, and the ticked Ej behandlade aktualiseringar (their ids). */
export interface InledUtkast {
	inledningsdatum: string;
	typ: string;
	ansvarig: string;
	organisation: string;
	valda: string[];
}

/**
 * Inled utredning as it opens. `sparade` are the aktualiseringar saved in this round, in the
 * order they were saved. Procapita proposes today as Inledningsdatum (U2 wants the day the
 * application came in, so the trainee must change it), takes Ansvarig handläggare from the first
 * aktualisering, and ticks the aktualisering the utredning is opened from; the rest are ticked by
 * hand (U6). Typ av utredning and Organisation are left to the trainee.
 */
export function proposeInled(sparade: readonly Aktualisering[], idag: IsoDatum): InledUtkast {
	const forsta: Aktualisering | undefined = sparade[0];
	return {
		inledningsdatum: idag,
		typ: '',
		ansvarig: forsta?.ansvarigHandlaggare ?? '',
		organisation: '',
		valda: forsta ? [forsta.id] : []
	};
}

/**
 * The fields Procapita wants filled before Spara in Inled utredning, by their labels, in the
 * form's order: the manual gives each a value (U2–U5) and saves "när allt är ifyllt" (U8). The
 * ticked aktualiseringar are not among them: an utredning may be inledd without one (L1).
 */
export const INLED_KRAV = [
	'Inledningsdatum',
	'Typ av utredning',
	'Ansvarig handläggare',
	'Organisation'
] as const;
export type InledKrav = (typeof INLED_KRAV)[number];

const INLED_NYCKEL: Record<InledKrav, keyof Omit<InledUtkast, 'valda'>> = {
	Inledningsdatum: 'inledningsdatum',
	'Typ av utredning': 'typ',
	'Ansvarig handläggare': 'ansvarig',
	Organisation: 'organisation'
};

/** The first required field of Inled utredning left empty, or null when all are filled. */
export function saknatInledningsfalt(i: Omit<InledUtkast, 'valda'>): InledKrav | null {
	return INLED_KRAV.find((f) => !i[INLED_NYCKEL[f]].trim()) ?? null;
}
