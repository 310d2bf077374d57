import type { Bedomning, Beslut, Bestallning } from './beslut';
import type { Bevakning } from './bevakning';
import type { IsoDatum } from './datum';
import type { Anteckning, KopieradText } from './dokumentation';
import type { Personnummer } from './personnummer';

/** A contact under Kontaktuppgifter (N2): anhörig, god man/företrädare and the like. */
export interface Kontakt {
	id: string;
	typ: string;
	namn: string;
	telefon?: string;
	adress?: string;
	anteckning?: string;
}

/** A member of the customer's Hushåll, by reference to another person. */
export interface HushallsMedlem {
	pnr: Personnummer;
	namn: string;
	relation: string;
}

/** A Hushåll as saved with Spara (E2): its members and who is registerledare. */
export interface SparatHushall {
	medlemmar: HushallsMedlem[];
	registerledare: Personnummer;
}

/** Where a scanned document was fetched in (E7): an utredning, or a verkställighet. */
export type Infogningsplats = { utredningId: string } | { verkstallighetId: string };

/** A scanned document fetched in from the folder (E7). */
export interface InfogatDokument {
	pnr: Personnummer;
	plats: Infogningsplats;
	dokumentId: string;
}

/** A person as the personregister (and KIR) knows them. Names are stored surname first. */
export interface Person {
	pnr: Personnummer;
	efternamn: string;
	fornamn: string;
	adress: string;
	postnummer: string;
	ort: string;
	civilstand: string;
	nyckelkod: string;
	telefon?: string;
	hushall?: HushallsMedlem[];
	kontakter?: Kontakt[];
}

/** `Efternamn, Förnamn`, the form the manual asks for (S5). */
export function visningsnamn(p: Pick<Person, 'efternamn' | 'fornamn'>): string {
	return `${p.efternamn}, ${p.fornamn}`;
}

/**
 * A KIR entry: folkbokförd in Helsingborg but not (yet) a Procapita customer. `ejFolkbokford`
 * marks the rare faulty hit of S5's OBS: the person lives elsewhere but still shows in KIR.
 */
export interface KirPerson extends Omit<Person, 'nyckelkod'> {
	ejFolkbokford?: boolean;
}

export interface Aktualisering {
	id: string;
	pnr: Personnummer;
	typ: string;
	datum: IsoDatum;
	franVem: string;
	ansvarigHandlaggare: string;
	organisation: string;
	/** The utredning it is linked to (U6), or that it was made in (A1, pågående utredning). */
	utredningId?: string;
	/** `Ej behandlad` until an utredning takes it in. */
	behandlad: boolean;
}

export interface Utredning {
	id: string;
	pnr: Personnummer;
	typ: string;
	inledningsdatum: IsoDatum;
	/** Set when the utredning is avslutad. */
	slutdatum?: IsoDatum;
	ansvarigHandlaggare: string;
	organisation: string;
	/**
	 * Whether a beslut in it still keeps it bold with an end date (N3): derived from its beslut in
	 * the projection (a LASS-beslut does not count), or given by a start state without them.
	 */
	pagaendeBeslut?: boolean;
}

export interface Verkstallighet {
	id: string;
	pnr: Personnummer;
	insatskategori: string;
	utforare: string;
	organisation: string;
	fran: IsoDatum;
	till?: IsoDatum;
	/** False once closed and no beslut/insats behind it is pågående (N4). */
	pagaende: boolean;
	/** Set by Avsluta verkställighet (V5). */
	avslutsorsak?: string;
	justeraGtom?: boolean;
}

/**
 * The case state the screens show: what the scenario starts with plus what the trainee did.
 * The world register (thousands of people) is not here: it lives in Dexie and is looked up by
 * index. Only people the attempt adds or the scenario places in focus are.
 */
export interface CaseState {
	/**
	 * Customers on top of the world register: those the scenario places there and those the
	 * trainee registers (S5). Kept here so every attempt starts from a clean sandbox.
	 */
	kunder: Record<Personnummer, Person>;
	/** KIR entries the scenario adds on top of the world's KIR. */
	kir: Record<Personnummer, KirPerson>;
	/** Contacts added during the attempt, per customer (N2). */
	kontakter: Record<Personnummer, Kontakt[]>;
	aktualiseringar: Aktualisering[];
	utredningar: Utredning[];
	verkstalligheter: Verkstallighet[];
	beslut: Beslut[];
	bestallningar: Bestallning[];
	anteckningar: Anteckning[];
	bedomningar: Bedomning[];
	/** Bevakningar (section 12), visible to all: every customer's, the start state's too. */
	bevakningar: Bevakning[];
	/** What Kopiera alla texter i trädet put on the clipboard (D7), if anything. */
	urklipp: { utredningId: string; medHandelsedatum: boolean; texter: KopieradText[] } | null;
	/** The scenario's today: what is pågående is judged against it. */
	idag: IsoDatum;
	/** Most recently opened first, at most 10 (S4). */
	senasteKunder: Personnummer[];
	/** Hushåll saved in the attempt, per customer: replaces the register's (E2). */
	hushall: Record<Personnummer, SparatHushall>;
	/** The trainee's own list of customers, the star's Lägg till / Ta bort (E3). */
	kundlista: Personnummer[];
	/** Scanned documents fetched in with Infoga dokument (E7), in order. */
	infogade: InfogatDokument[];
	/** Running counters so ids replay identically. */
	nasta: {
		aktualisering: number;
		utredning: number;
		kontakt: number;
		beslut: number;
		bestallning: number;
		verkstallighet: number;
		anteckning: number;
		bedomning: number;
		bevakning: number;
	};
}

/** The label Procapita gives an utredning in the rubrikträd (N3). */
export function utredningsEtikett(u: Utredning, kort: (d: IsoDatum) => string): string {
	return `${u.typ} ${kort(u.inledningsdatum)}-${u.slutdatum ? kort(u.slutdatum) : ''}`;
}

/**
 * Bold (pågående) by N3: pågående with no end date, or with a pågående beslut. The LASS
 * exception is in `pagaendeBeslut` itself, derived from the beslut (`fetmarkerarUtredning`).
 */
export function utredningArPagaende(u: Utredning): boolean {
	return !u.slutdatum || !!u.pagaendeBeslut;
}

/** The label of a verkställighet (N4, reading 13: " – " before the utförare). */
export function verkstallighetsEtikett(v: Verkstallighet, kort: (d: IsoDatum) => string): string {
	return `${v.insatskategori} ${kort(v.fran)}-${v.till ? kort(v.till) : ''} – ${v.utforare}`;
}
