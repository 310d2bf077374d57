import type { IsoDatum } from './datum';
import { INGEN_BESLUT, LASS } from './insatstabell';
import { beslutsutfall } from './insatstabell-uppslag';
import type { Personnummer } from './personnummer';
import type { Period, Timmar } from './timmar';

export const NIVAER = ['1', '2', '3'] as const;
export type Niva = (typeof NIVAER)[number];

/** Personkretstillhörighet (B3): the three personkretsar of 1 § LSS. */
export const PERSONKRETSAR = ['Personkrets 1', 'Personkrets 2', 'Personkrets 3'] as const;

/** Hours with the period they are counted per (B7). */
export interface TimmarPerPeriod extends Timmar {
	period: Period;
}

/** A beslut in an utredning (B1–B7): also called beslutsklubba. */
export interface Beslut {
	id: string;
	pnr: Personnummer;
	utredningId: string;
	insatskategori: string;
	beslut: string;
	beslutsdatum: IsoDatum;
	/** Gäller fr.o.m. / t.o.m.: the beslut's validity; `till` empty when it runs on. */
	fran: IsoDatum;
	till?: IsoDatum;
	beslutsfattare: string;
	organisation: string;
	personkrets?: string;
	niva?: Niva;
	timmar?: TimmarPerPeriod;
	utredningAvslutas: boolean;
}

/**
 * Whether a beslut grants: section 7's table (and the LASS-beslut) says so of its Beslut. A name
 * the table lacks is no bifall.
 */
export function arBifall(b: Pick<Beslut, 'beslut'>): boolean {
	return beslutsutfall(b.beslut) === 'bifall';
}

/**
 * A beslut is pågående (aktuellt) on `dag` until it has ended; one that starts later is already
 * current, so its utredning stays bold (N3).
 */
export function beslutPagar(b: Pick<Beslut, 'fran' | 'till'>, dag: IsoDatum): boolean {
	return !b.till || b.till >= dag;
}

/**
 * N3: whether a beslut keeps its utredning bold (pågående) on `dag`: a bifall still running, but
 * not the LASS-beslut, since "en LSS Utredning med ett pågående/aktuellt LASS-beslut är inte
 * fetmarkerad". An utredning that also holds another pågående beslut is bold by that one (rules.md
 * reading 23).
 */
export function fetmarkerarUtredning(
	b: Pick<Beslut, 'beslut' | 'fran' | 'till'>,
	dag: IsoDatum
): boolean {
	return arBifall(b) && b.beslut !== LASS.beslut && beslutPagar(b, dag);
}

/**
 * How a bifall beslut is named in the beställning's Beslut list (table of section 7:
 * `LSS Ledsagarservice Bifall DATUM`, reading 13: `ÅÅMMDD`).
 */
export function beslutsEtikett(
	b: Pick<Beslut, 'beslut' | 'beslutsdatum'>,
	kort: (d: IsoDatum) => string
): string {
	return `${b.beslut} ${kort(b.beslutsdatum)}`;
}

export { INGEN_BESLUT };

/** A beställning to an utförare (O1–O9). */
export interface Bestallning {
	id: string;
	pnr: Personnummer;
	utredningId: string;
	/** The bifall beslut it is for, or null for `<ingen>`. */
	beslutId: string | null;
	/** The beslut it was opened from (its Beställning tab), even when Beslut is `<ingen>`. */
	franBeslutId: string;
	insatskategori: string;
	utforare: string;
	utforarensOrganisation: string;
	insatser: string[];
	kvantitet?: TimmarPerPeriod;
	fran: IsoDatum;
	till?: IsoDatum;
	bestalltDatum: IsoDatum;
	bestallningstext: string;
	bekraftad: boolean;
	/** Beslutsfattare/beställare and Organisation Beslutsfattare/beställare (R2). */
	beslutsfattare?: string;
	beslutsfattarensOrganisation?: string;
	/** The beställning this one was copied from (Kopiera beställning, R2): it ends the day before (R3). */
	kopieradFran?: string;
	/** The box Ta in beställning as confirmed (C3), and the verkställighet it was taken into (C2). */
	bekraftelse?: Bekraftelse;
}

/** What Ta in beställning held at Spara (C3), and the open verkställighet it matched (C2). */
export interface Bekraftelse {
	insatskategori: string;
	utforare: string;
	organisation: string;
	/** The customer's open verkställighet with that Insatskategori and Utförare; null if none. */
	verkstallighetId: string | null;
}

/** Metod/Instrument of a bedömning (O9); the first is the manual's, the others distractors. */
export const BEDOMNINGSMETODER = [
	'D. Bedömning Daglig verksamhet',
	'A. Bedömning Boende',
	'B. Bedömning Korttidsvistelse',
	'C. Bedömning Personlig assistans'
] as const;

/**
 * The functions assessed in a bedömning of daglig verksamhet, each given a nivå 0–3 whose points
 * show at Behov. The manual names no functions: these are inferred (docs/glossary.md).
 */
export const BEDOMNINGSFUNKTIONER = [
	'Kommunikation',
	'Förflyttning',
	'Personlig vård',
	'Struktur och planering',
	'Socialt samspel',
	'Arbetsförmåga'
] as const;

export const BEDOMNINGSNIVAER = ['0', '1', '2', '3'] as const;

/** A bedömning daglig verksamhet (O9). */
export interface Bedomning {
	id: string;
	pnr: Personnummer;
	utredningId: string;
	metod: string;
	utforsAv: string;
	datum: IsoDatum;
	nivaer: Record<string, string>;
	kommentar: string;
	/** The box in front of LSS Insatser under Verkställigheter, ticked. */
	lssInsatserVerkstallighetId: string | null;
}

/** Points at Behov: the sum of the chosen nivåer. */
export function behovspoang(nivaer: Record<string, string>): number {
	return Object.values(nivaer).reduce((s, n) => s + (Number(n) || 0), 0);
}
