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
