/**
 * Bevakningar (rules.md section 12, W1–W7): a reminder laid on a beslut, on Personuppgifter or
 * on a verkställighet, shown on its Bevakningsdatum in the list of whoever Bevakas av. The lists
 * of the bevakning box live here, once, beside the type; options the manual does not name are
 * marked inferred (docs/glossary.md).
 */
import type { IsoDatum } from './datum';
import { LSS_HANDLAGGARE_SLOTS } from './katalog';
import type { Personnummer } from './personnummer';

/** W4: the statuses in the manual's order; a new bevakning gets the first by itself. */
export const BEVAKNINGSSTATUS = ['Ej påbörjad', 'Pågår', 'Väntar', 'Klar'] as const;
export type Bevakningsstatus = (typeof BEVAKNINGSSTATUS)[number];
export const NY_STATUS: Bevakningsstatus = 'Ej påbörjad';

/** Where a bevakning is laid (W2): the choices of Bevakning typ av differ by place. */
export const BEVAKNINGSPLATSER = ['beslut', 'personuppgifter', 'verkstallighet'] as const;
export type Bevakningsplats = (typeof BEVAKNINGSPLATSER)[number];

/** The three types the manual names (W5). */
export const LSS_FOLJ_UPP = 'LSS Följ upp beslut/verks';
export const RAPPORTERA_IVO = 'Rapportera till IVO';
export const LSS_BESLUT_UPPHOR = 'LSS Beslut upphör';

/**
 * Bevakning typ av per place. The manual names three types and says the lists differ by place
 * ("skillnader kan förekomma"); which type shows where, and the other names, are inferred: a
 * beslut's list has the beslut's types, Personuppgifter has no beslut to follow up or end, a
 * verkställighet has no beslut to end.
 */
export const BEVAKNING_TYP_AV: Record<Bevakningsplats, readonly string[]> = {
	beslut: [LSS_FOLJ_UPP, LSS_BESLUT_UPPHOR, RAPPORTERA_IVO, 'LSS Omprövning', 'LSS Övrigt'],
	personuppgifter: [RAPPORTERA_IVO, 'LSS Kontakt med kund', 'LSS Övrigt'],
	verkstallighet: [LSS_FOLJ_UPP, RAPPORTERA_IVO, 'LSS Övrigt']
};

/** Options of Bevakning typ av that are the product's, not the manual's (docs/glossary.md). */
export const HARLEDDA_TYPER = ['LSS Omprövning', 'LSS Övrigt', 'LSS Kontakt med kund'] as const;

export const SYSTEMFORVALTNINGEN = 'Systemförvaltningen';

/**
 * Bevakas av (W6): the slots LSS-handläggare 1–11, then functions. The manual names
 * Systemförvaltningen; the other functions are inferred distractors.
 */
export const BEVAKAS_AV: readonly string[] = [
	...LSS_HANDLAGGARE_SLOTS,
	SYSTEMFORVALTNINGEN,
	'Avgiftshandläggare',
	'LSS Administration'
];

export interface Bevakning {
	id: string;
	pnr: Personnummer;
	plats: Bevakningsplats;
	/** The beslut it is tied to, when laid from one (W2). */
	beslutId?: string;
	/** The verkställighet it is tied to, when laid from one. */
	verkstallighetId?: string;
	/** W3: the day it is to be handled and shows in the list. */
	datum: IsoDatum;
	status: Bevakningsstatus;
	typAv: string;
	bevakasAv: string;
	text: string;
}

/** W3: what the list shows on `idag`: the bevakningar of `bevakasAv` due by then, oldest first. */
export function bevakningslista(
	alla: readonly Bevakning[],
	bevakasAv: string,
	idag: IsoDatum
): Bevakning[] {
	return alla
		.filter((b) => b.bevakasAv === bevakasAv && b.datum <= idag)
		.sort((a, b) => a.datum.localeCompare(b.datum) || a.id.localeCompare(b.id));
}
