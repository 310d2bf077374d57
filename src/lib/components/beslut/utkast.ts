import { UTFORARENS_ORGANISATION, LSS_HANDLAGGARE_SLOTS, LSS_MYNDIGHET } from '$lib/domain/katalog';
import type { Beslut } from '$lib/domain/beslut';
import type { BeslutUtkast, BestallningUtkast, SparaBedomning } from '$lib/domain/beslut-kommandon';
import { STANDARDPERIOD, visaTimmar } from '$lib/domain/timmar';

/**
 * An empty beslut as Ny gives it: nothing chosen, the hours field in its starting period, and
 * Utredning avslutas ticked (rules.md reading 15: the manual says to untick it).
 */
export function nyttBeslutUtkast(): BeslutUtkast {
	return {
		insatskategori: '',
		beslut: '',
		beslutsdatum: '',
		fran: '',
		till: '',
		beslutsfattare: '',
		organisation: '',
		personkrets: '',
		niva: '',
		timmar: '',
		period: STANDARDPERIOD,
		utredningAvslutas: true
	};
}

/** The draft list's name for one beslut: `2. LSS Ledsagarservice Bifall 2025-03-10`. */
export function beslutUtkastRubrik(u: BeslutUtkast, i: number): string {
	return `${i + 1}. ${u.beslut || 'Nytt beslut'}${u.beslutsdatum ? ' ' + u.beslutsdatum : ''}`;
}

/**
 * A Beställning tab opened from a saved beslut. Hours and dates come from the beslut, since the
 * manual only asks to check them (O3); Beslut, Insatskategori, Utförare and Insatser are left
 * for the trainee to choose, because choosing them is what is graded.
 */
export function nyBestallningUtkast(fran?: Beslut): BestallningUtkast {
	return {
		beslutId: '',
		insatskategori: '',
		utforare: '',
		utforarensOrganisation: '',
		insatser: [],
		kvantitet: fran?.timmar ? visaTimmar(fran.timmar) : '',
		period: fran?.timmar?.period ?? STANDARDPERIOD,
		fran: fran?.fran ?? '',
		till: fran?.till ?? '',
		bestalltDatum: '',
		bestallningstext: ''
	};
}

/**
 * The unit Utförarens organisation jumps to when an utförare is chosen. The LSS Myndighet
 * handläggare (and LSS Myndighet itself) belong to LSS Myndighet; an unknown one leaves it empty.
 */
export function utforarensOrganisation(utforare: string): string {
	if (utforare === LSS_MYNDIGHET || LSS_HANDLAGGARE_SLOTS.includes(utforare)) return LSS_MYNDIGHET;
	return UTFORARENS_ORGANISATION[utforare] ?? '';
}

/** The values the Bedömning form edits. */
export type BedomningVarden = Omit<SparaBedomning, 'typ' | 'pnr' | 'utredningId'>;

/** An empty Bedömning; Utförs av is the signed-in trainee, as O9 says it fills itself in. */
export function nyBedomning(utforsAv: string): BedomningVarden {
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
export function verkstallighetEtikett(antal: number, etikett: string): string {
	return antal === 1 ? 'LSS Insatser' : etikett;
}
