/**
 * What the preview of Utskrift (E5) shows: the customer's documents of one kind, each with its
 * label and the text the attempt holds (the utredningsdokument's notes, the beslut's fields, a
 * note's text). Pure, so the preview prints what the case holds and nothing else.
 */
import { beslutsEtikett, type Beslut } from '$lib/domain/beslut';
import { kortDatum } from '$lib/domain/datum';
import type { Anteckning } from '$lib/domain/dokumentation';
import { UTREDNINGSDOKUMENT_RUBRIKER } from '$lib/domain/dokumentation';
import { utredningsEtikett, type CaseState } from '$lib/domain/model';
import type { Utskriftsslag } from '$lib/domain/utskrift';
import type { Personnummer } from '$lib/domain/personnummer';
import { visaTimmar } from '$lib/domain/timmar';

/** One printable document: its id, label, and its text as headed paragraphs. */
export interface Utskriftsdokument {
	id: string;
	etikett: string;
	delar: { rubrik: string; text: string }[];
}

const RUBRIKORDNING = UTREDNINGSDOKUMENT_RUBRIKER.flatMap((r) => [r.rubrik, ...(r.under ?? [])]);

function giltiga(a: Anteckning): boolean {
	return !a.felmarkerad;
}

function beslutsdelar(b: Beslut): { rubrik: string; text: string }[] {
	const rader: [string, string | undefined][] = [
		['Beslut', b.beslut],
		['Insatskategori', b.insatskategori],
		['Beslutsdatum', b.beslutsdatum],
		['Gäller', `${b.fran} – ${b.till ?? 'tills vidare'}`],
		['Nivå', b.niva],
		['Antal timmar', b.timmar && `${visaTimmar(b.timmar)} per ${b.timmar.period.toLowerCase()}`],
		['Beslutsfattare', b.beslutsfattare],
		['Organisation', b.organisation]
	];
	return rader
		.filter((r): r is [string, string] => !!r[1])
		.map(([rubrik, text]) => ({ rubrik, text }));
}

/** The customer's documents of kind `vad`, as the preview lays them out. */
export function dokumentFor(
	state: CaseState,
	pnr: Personnummer,
	vad: Utskriftsslag
): Utskriftsdokument[] {
	if (vad === 'Beslut')
		return state.beslut
			.filter((b) => b.pnr === pnr)
			.map((b) => ({ id: b.id, etikett: beslutsEtikett(b, kortDatum), delar: beslutsdelar(b) }));
	if (vad === 'Utredning')
		return state.utredningar
			.filter((u) => u.pnr === pnr)
			.map((u) => {
				const egna = state.anteckningar.filter(
					(a) => giltiga(a) && a.plats.del === 'dokument' && a.plats.utredningId === u.id
				);
				const delar = egna
					.map((a) => ({ rubrik: a.plats.del === 'dokument' ? a.plats.rubrik : '', text: a.text }))
					.sort((x, y) => RUBRIKORDNING.indexOf(x.rubrik) - RUBRIKORDNING.indexOf(y.rubrik));
				return { id: u.id, etikett: utredningsEtikett(u, kortDatum), delar };
			});
	return state.anteckningar
		.filter((a) => a.pnr === pnr && giltiga(a))
		.map((a) => ({
			id: a.id,
			etikett: `${kortDatum(a.handelsedatum)} ${a.text.slice(0, 40)}`,
			delar: [{ rubrik: a.handelsedatum, text: a.text }]
		}));
}
