import { arGiltigtDatum, kortDatum, type IsoDatum } from '$lib/domain/datum';
import { verkstallighetsEtikett, type Verkstallighet } from '$lib/domain/model';

/** A verkställighet after OK in Skapa ny verkställighet and before Spara: no id yet (V1). */
export type VerkstallighetUtkast = Pick<
	Verkstallighet,
	'insatskategori' | 'utforare' | 'organisation' | 'fran'
> &
	Partial<Pick<Verkstallighet, 'till' | 'pagaende' | 'avslutsorsak'>>;

/** Short dates as in the tree; a draft's date the trainee mistyped is shown as typed. */
function kort(d: IsoDatum): string {
	return arGiltigtDatum(d) ? kortDatum(d) : d;
}

/** The heading of a verkställighet: the label the rubrikträd gives it (N4). */
export function verkstallighetsRubrik(v: VerkstallighetUtkast): string {
	const hel: Verkstallighet = { id: '', pnr: '', pagaende: true, ...v };
	return verkstallighetsEtikett(hel, kort);
}
