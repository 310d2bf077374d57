import { beslutsEtikett, INGEN_BESLUT, type Beslut, type Bestallning } from '../beslut';
import type { BestallningUtkast } from '../beslut-kommandon';
import { kortDatum, type IsoDatum } from '../datum';
import { LSS_HANDLAGGARE_SLOTS, LSS_MYNDIGHET, UTFORARENS_ORGANISATION } from '../katalog';
import type { Verkstallighet } from '../model';
import { STANDARDPERIOD, visaTimmar } from '../timmar';

/**
 * The Beställning tab's form (O1–O5) as Procapita proposes it: what it copies from the beslut it
 * is opened from, the Beslut list, Utförarens organisation following the Utförare, and the
 * Insatser box's list.
 */

/**
 * The fields a beställning copies from a beslut. Hours and dates come from the beslut, since the
 * manual only asks to check them (O3); Beslut, Insatskategori, Utförare and Insatser are left
 * empty, because choosing them is what is graded.
 */
export function proposeBestallning(fran?: Beslut): BestallningUtkast {
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
		bestallningstext: '',
		beslutsfattare: '',
		beslutsfattarensOrganisation: ''
	};
}

/**
 * Kopiera beställning (R2): a new beställning with everything of `b` but Beställt datum and
 * Beställningen gäller, which the trainee fills in ("förutom informationen vid Beställt datum och
 * Beställningen gäller").
 */
export function copyBestallning(b: Bestallning): BestallningUtkast {
	return {
		beslutId: b.beslutId ?? '',
		insatskategori: b.insatskategori,
		utforare: b.utforare,
		utforarensOrganisation: b.utforarensOrganisation,
		insatser: [...b.insatser],
		kvantitet: b.kvantitet ? visaTimmar(b.kvantitet) : '',
		period: b.kvantitet?.period ?? STANDARDPERIOD,
		fran: '',
		till: '',
		bestalltDatum: '',
		bestallningstext: b.bestallningstext,
		beslutsfattare: b.beslutsfattare ?? '',
		beslutsfattarensOrganisation: b.beslutsfattarensOrganisation ?? ''
	};
}

/**
 * The Beställning tab of a saved beslut as it opens: that beslut chosen in Beslut, its hours and
 * dates (O3: the trainee checks them), Beställt datum today; Insatskategori, Utförare and
 * Insatser are chosen by the trainee.
 */
export function openBestallning(fran: Beslut, idag: IsoDatum): BestallningUtkast {
	return { ...proposeBestallning(fran), beslutId: fran.id, bestalltDatum: idag };
}

/**
 * The unit Utförarens organisation jumps to when an utförare is chosen. The LSS Myndighet
 * handläggare (and LSS Myndighet itself) belong to LSS Myndighet; an unknown one leaves it empty.
 */
export function utforarensOrganisation(utforare: string): string {
	if (utforare === LSS_MYNDIGHET || LSS_HANDLAGGARE_SLOTS.includes(utforare)) return LSS_MYNDIGHET;
	return UTFORARENS_ORGANISATION[utforare] ?? '';
}

/** The beställning after an Utförare is chosen: Utförarens organisation moves to its unit. */
export function chooseUtforare(u: BestallningUtkast, utforare: string): BestallningUtkast {
	return { ...u, utforare, utforarensOrganisation: utforarensOrganisation(utforare) };
}

/**
 * The Beslut list of a beställning: `<ingen>`, then the utredning's beslut labelled as in the
 * table of section 7 (`LSS Ledsagarservice Bifall 250310`).
 */
export function beslutsval(
	beslut: readonly Beslut[],
	utredningId: string
): { id: string; etikett: string }[] {
	return [
		{ id: '', etikett: INGEN_BESLUT },
		...beslut
			.filter((b) => b.utredningId === utredningId)
			.map((b) => ({ id: b.id, etikett: beslutsEtikett(b, kortDatum) }))
	];
}

/** Valda insatser after the blue arrow moves one over (O2): appended once, never twice. */
export function addInsats(valda: readonly string[], insats: string | null): string[] {
	return insats && !valda.includes(insats) ? [...valda, insats] : [...valda];
}

/**
 * The box Ta in beställning as it opens from Gå till verkställighet (lov) (C3): the
 * beställning's Insatskategori and Utförare, and the Organisation of the customer's open
 * verkställighet of them, else LSS Myndighet ("Kontrollera att det står LSS Myndighet vid
 * organisation"): the trainee checks them.
 */
export function proposeTaIn(
	b: Bestallning,
	verkstalligheter: readonly Verkstallighet[]
): { bestallningId: string; insatskategori: string; utforare: string; organisation: string } {
	const v = verkstalligheter.find(
		(x) =>
			x.pnr === b.pnr &&
			x.pagaende &&
			x.insatskategori === b.insatskategori &&
			x.utforare === b.utforare
	);
	return {
		bestallningId: b.id,
		insatskategori: b.insatskategori,
		utforare: b.utforare,
		organisation: v?.organisation ?? LSS_MYNDIGHET
	};
}
