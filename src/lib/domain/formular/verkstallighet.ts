import { arGiltigtDatum, kortDatum, type IsoDatum } from '../datum';
import { verkstallighetsEtikett, type Verkstallighet } from '../model';

/**
 * The verkställighet's boxes (V1, V5, V6, V8) as Procapita proposes them: Skapa ny
 * verkställighet, Avsluta verkställighet and Byte av utförare/organisation, and the heading of a
 * verkställighet, saved or not yet.
 */

/** The fields of Skapa ny verkställighet (V1), kept as the unsaved verkställighet after OK. */
export interface VerkstallighetUtkast {
	insatskategori: string;
	utforare: string;
	organisation: string;
	fran: string;
}

/** The fields of Avsluta verkställighet (V5, V6). */
export interface AvslutUtkast {
	avslutsdatum: string;
	justeraGtom: boolean;
	avslutsorsak: string;
	oppnaAvslutad: boolean;
}

/** The fields of Byte av utförare/organisation (V8). */
export interface BytUtkast {
	utforare: string;
	organisation: string;
}

/** Skapa ny verkställighet opens empty: the trainee fills in every field (V1). */
export function proposeVerkstallighet(): VerkstallighetUtkast {
	return { insatskategori: '', utforare: '', organisation: '', fran: '' };
}

/** Avsluta verkställighet opens with Justera beslutets gtom ticked (V5) and nothing else. */
export function proposeAvslut(): AvslutUtkast {
	return { avslutsdatum: '', justeraGtom: true, avslutsorsak: '', oppnaAvslutad: false };
}

/** Byte av utförare/organisation opens with the verkställighet's own utförare and organisation. */
export function proposeByte(
	v: Pick<Verkstallighet, 'utforare' | 'organisation'> | undefined
): BytUtkast {
	return { utforare: v?.utforare ?? '', organisation: v?.organisation ?? '' };
}

/** A verkställighet as its heading shows it: saved, or after OK and before Spara (no id yet). */
export type VerkstallighetVisning = Pick<
	Verkstallighet,
	'insatskategori' | 'utforare' | 'organisation' | 'fran'
> &
	Partial<Pick<Verkstallighet, 'till' | 'pagaende' | 'avslutsorsak'>>;

/** Short dates as in the tree; a draft's date the trainee mistyped is shown as typed. */
function kort(d: IsoDatum): string {
	return arGiltigtDatum(d) ? kortDatum(d) : d;
}

/** The heading of a verkställighet: the label the rubrikträd gives it (N4). */
export function verkstallighetsRubrik(v: VerkstallighetVisning): string {
	const hel: Verkstallighet = { id: '', pnr: '', pagaende: true, ...v };
	return verkstallighetsEtikett(hel, kort);
}
