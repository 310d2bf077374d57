import type { CaseState } from './model';
import { nej, type Utfall } from './utfall';

/**
 * Bekräfta beställning (C1–C3) and Ta bort (R1): what Procapita refuses of them. Confirming a
 * beställning to another utförare than Lss, Eget Val or Privat, Utförare (C1), or with no open
 * verkställighet for its insats (C2), is accepted and graded, since the manual says what the
 * handläggare should do there, not what the system stops. Removing a confirmed beställning is
 * refused: "En beställning som inte har blivit bekräftad kan tas bort".
 */

/** The box Ta in beställning, OK, then Spara (C3). */
export type BekraftaBestallning = {
	typ: 'bekraftaBestallning';
	id: string;
	insatskategori: string;
	utforare: string;
	organisation: string;
};

/** The X in the menu bar, then Ja in Ta bort beställning? (R1). */
export type TaBortBestallning = { typ: 'taBortBestallning'; id: string };

/** The refusal when the beställning is already confirmed (R1): the manual's own condition. */
export const BEKRAFTAD_KAN_INTE_TAS_BORT =
	'Beställningen är bekräftad och kan inte tas bort. Bara en beställning som inte har blivit bekräftad kan tas bort.';

export function bekraftaBestallning(state: CaseState, k: BekraftaBestallning): Utfall {
	const b = state.bestallningar.find((x) => x.id === k.id);
	if (!b) return nej('Beställningen finns inte.');
	if (b.bekraftad) return nej('Beställningen är redan bekräftad.');
	if (!k.insatskategori) return nej('Insatskategori måste väljas.', 'Insatskategori');
	if (!k.utforare) return nej('Utförare måste väljas.', 'Utförare');
	if (!k.organisation) return nej('Organisation måste väljas.', 'Organisation');
	// the verkställighet Ta in beställning takes it into: the customer's open one of that insats
	const verk = state.verkstalligheter.find(
		(v) =>
			v.pnr === b.pnr &&
			v.pagaende &&
			v.insatskategori === k.insatskategori &&
			v.utforare === k.utforare
	);
	return {
		ok: true,
		handelser: [
			{
				typ: 'BestallningBekraftad',
				id: b.id,
				insatskategori: k.insatskategori,
				utforare: k.utforare,
				organisation: k.organisation,
				verkstallighetId: verk?.id ?? null
			}
		]
	};
}

export function taBortBestallning(state: CaseState, k: TaBortBestallning): Utfall {
	const b = state.bestallningar.find((x) => x.id === k.id);
	if (!b) return nej('Beställningen finns inte.');
	if (b.bekraftad) return nej(BEKRAFTAD_KAN_INTE_TAS_BORT);
	return { ok: true, handelser: [{ typ: 'BestallningBorttagen', id: b.id }] };
}
