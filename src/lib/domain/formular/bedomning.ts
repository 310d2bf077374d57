import type { SparaBedomning } from '../beslut-kommandon';

/** The Bedömning form (O9) as Procapita proposes it, and how it names its LSS Insatser boxes. */

/** The values the Bedömning form edits. */
export type BedomningVarden = Omit<SparaBedomning, 'typ' | 'pnr' | 'utredningId'>;

/** An empty Bedömning; Utförs av is the signed-in trainee, as O9 says it fills itself in. */
export function proposeBedomning(utforsAv: string): BedomningVarden {
	return {
		metod: '',
		utforsAv,
		datum: '',
		nivaer: {},
		kommentar: '',
		lssInsatserVerkstallighetId: null
	};
}

/**
 * The label of a verkställighet's box under Verkställigheter: `LSS Insatser` as the manual
 * says when the customer has the usual one, its full name when there are several to tell apart.
 */
export function labelLssInsatser(antal: number, etikett: string): string {
	return antal === 1 ? 'LSS Insatser' : etikett;
}
