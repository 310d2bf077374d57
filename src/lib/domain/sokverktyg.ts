/**
 * Sökverktyget (E4): "I rullistan högst upp kan du söka det du är intresserad av. Beroende på
 * den information du vill ha väljer du datum, eventuellt handläggare och organisation." Pure,
 * over the attempt's case state (the start state and what the trainee did), one row per
 * customer, in the order the hits come.
 */
import { beslutPagar } from './beslut';
import { kortDatum } from './datum';
import {
	utredningArPagaende,
	utredningsEtikett,
	verkstallighetsEtikett,
	type CaseState
} from './model';
import type { Personnummer } from './personnummer';

/** What the drop-down searches (inferred: the manual's example picture is lost). */
export const SOKBART = [
	'Pågående utredningar',
	'Pågående beslut',
	'Pågående verkställigheter'
] as const;
export type Sokbart = (typeof SOKBART)[number];

export interface Sokvillkor {
	vad: Sokbart;
	/** ÅÅÅÅ-MM-DD or empty: the utredning's Inledningsdatum, the beslut's Beslutsdatum, the verkställighet's Gäller fr.o.m. */
	fran: string;
	till: string;
	/** Empty for every handläggare: Ansvarig handläggare, Beslutsfattare, or the Utförare. */
	handlaggare: string;
	organisation: string;
}

/** One post of the tab Resultat: a customer and what matched. */
export interface Sokpost {
	pnr: Personnummer;
	traff: string;
}

function inom(datum: string, v: Sokvillkor): boolean {
	return (!v.fran || datum >= v.fran) && (!v.till || datum <= v.till);
}

function passar(falt: string, onskat: string): boolean {
	return !onskat || falt === onskat;
}

/** The posts the search finds, the first hit of each customer only. */
export function sok(state: CaseState, v: Sokvillkor): Sokpost[] {
	const poster: Sokpost[] =
		v.vad === 'Pågående utredningar'
			? state.utredningar
					.filter(
						(u) =>
							utredningArPagaende(u) &&
							inom(u.inledningsdatum, v) &&
							passar(u.ansvarigHandlaggare, v.handlaggare) &&
							passar(u.organisation, v.organisation)
					)
					.map((u) => ({ pnr: u.pnr, traff: utredningsEtikett(u, kortDatum) }))
			: v.vad === 'Pågående beslut'
				? state.beslut
						.filter(
							(b) =>
								beslutPagar(b, state.idag) &&
								inom(b.beslutsdatum, v) &&
								passar(b.beslutsfattare, v.handlaggare) &&
								passar(b.organisation, v.organisation)
						)
						.map((b) => ({ pnr: b.pnr, traff: `${b.beslut} ${kortDatum(b.beslutsdatum)}` }))
				: state.verkstalligheter
						.filter(
							(x) =>
								x.pagaende &&
								inom(x.fran, v) &&
								passar(x.utforare, v.handlaggare) &&
								passar(x.organisation, v.organisation)
						)
						.map((x) => ({ pnr: x.pnr, traff: verkstallighetsEtikett(x, kortDatum) }));
	const sedda = new Set<string>();
	return poster.filter((p) => !sedda.has(p.pnr) && !!sedda.add(p.pnr));
}
