import type { IsoDatum } from './datum';
import type { Personnummer } from './personnummer';

/**
 * The rubriker of an LSS utredningsdokument (D3), with sub-rubriker. The manual shows them only
 * in lost screenshots: these are inferred from a standard LSS utredning (docs/glossary.md).
 */
export const UTREDNINGSDOKUMENT_RUBRIKER: { rubrik: string; under?: string[] }[] = [
	{ rubrik: 'Ansökan', under: ['Vad ansökan gäller', 'Sökandes uppfattning'] },
	{
		rubrik: 'Utredning',
		under: ['Bakgrund', 'Nuvarande situation', 'Hälsa och funktionsnedsättning', 'Behov']
	},
	{ rubrik: 'Bedömning', under: ['Personkrets', 'Behov av insatsen', 'Goda levnadsvillkor'] },
	{ rubrik: 'Beslut' },
	{ rubrik: 'Kommunicering' }
];

/** Rubriker of a verkställighet's documentation (D4). */
export const VERKSTALLIGHET_RUBRIKER: { rubrik: string; under?: string[] }[] = [
	{ rubrik: 'Anteckningar' },
	{ rubrik: 'Genomförande', under: ['Uppföljning', 'Kontakt med utförare'] }
];

/** Hjälpfrastexter per rubrik (D6): what the hammer shows. */
export const HJALPFRASTEXTER: Record<string, string> = {
	Ansökan: 'Ange vad som söks, när ansökan kom in och vem som ansöker.',
	'Vad ansökan gäller': 'Beskriv vilken insats enligt LSS som söks och från när.',
	Bakgrund: 'Kort om personens livssituation och tidigare insatser.',
	'Nuvarande situation': 'Hur ser vardagen ut i dag? Boende, sysselsättning, nätverk.',
	Behov:
		'Vilka behov har personen som insatsen ska tillgodose? Utgå från personens egen beskrivning.',
	Bedömning: 'Gör en samlad bedömning utifrån LSS: personkrets, behov och goda levnadsvillkor.',
	Personkrets: 'Ange vilken personkrets enligt 1 § LSS personen tillhör och vad det grundas på.',
	Beslut: 'Ange beslutet, vilken insats och vilken period det gäller.'
};

/** Frastexter per rubrik (D6): the rullista that puts a phrase in. */
export const FRASTEXTER: Record<string, string[]> = {
	Ansökan: [
		'Ansökan har inkommit skriftligt.',
		'Ansökan har inkommit muntligt via telefon.',
		'Vårdnadshavare ansöker för barnets räkning.'
	],
	Bedömning: [
		'Den sökande bedöms tillhöra personkretsen enligt LSS.',
		'Behovet bedöms inte kunna tillgodoses på annat sätt.'
	],
	Beslut: ['Beslutet fattas enligt delegation.', 'Beslutet kan överklagas.'],
	Behov: ['Personen har behov av stöd i vardagen.']
};

/** Where a note stands: a part of an utredning, or a verkställighet's documentation. */
export type Plats =
	| { del: 'journal'; utredningId: string }
	| { del: 'dokument'; utredningId: string; rubrik: string }
	| { del: 'verkstallighet'; verkstallighetId: string; rubrik: string };

/** A note (textdel): saved, maybe signed (then locked), maybe felmarkerad (D2, D5). */
export interface Anteckning {
	id: string;
	pnr: Personnummer;
	plats: Plats;
	text: string;
	/** Händelsedatum: the day the note concerns, the scenario's today unless copied with it. */
	handelsedatum: IsoDatum;
	signerad: boolean;
	felmarkerad: boolean;
	/** Set on a note pasted in by Klistra in alla kopierade texter i trädet (D7). */
	kopieradFran?: string;
}

/** One text on the clipboard of Kopiera alla texter i trädet: a rubrik's note as it stood. */
export interface KopieradText {
	fran: string;
	rubrik: string;
	text: string;
	handelsedatum: IsoDatum;
}

export function arISammaUtredning(p: Plats, utredningId: string): boolean {
	return p.del !== 'verkstallighet' && p.utredningId === utredningId;
}
