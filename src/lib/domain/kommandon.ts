import type { IsoDatum } from './datum';
import type { Handelse } from './handelser';
import {
	sparaBedomning,
	sparaBeslut,
	sparaBestallning,
	type SparaBedomning,
	type SparaBeslut,
	type SparaBestallning
} from './beslut-kommandon';
import {
	felmarkeraAnteckning,
	klistraInTexter,
	kopieraTexter,
	signeraAnteckning,
	sparaAnteckning,
	type FelmarkeraAnteckning,
	type KlistraInTexter,
	type KopieraTexter,
	type SigneraAnteckning,
	type SparaAnteckning
} from './dokumentation-kommandon';
import {
	avslutaVerkstallighet,
	bytUtforare,
	skapaVerkstallighet,
	type AvslutaVerkstallighet,
	type BytUtforare,
	type SkapaVerkstallighet
} from './verkstallighet-kommandon';
import type { AndraBevakning, LaggBevakning, TaBortBevakning } from './bevakning-kommandon';
import {
	bekraftaBestallning,
	taBortBestallning,
	type BekraftaBestallning,
	type TaBortBestallning
} from './bestallning-kommandon';
import {
	andraKundlista,
	infogaDokument,
	skrivUt,
	sparaHushall,
	type AndraKundlista,
	type InfogaDokument,
	type SkrivUt,
	type SparaHushall
} from './ovriga-kommandon';
import { kravDatum, nej, type Avslag, type Utfall } from './utfall';
import { saknadAktualiseringsfalt } from './formular/aktualisering';
import { saknatInledningsfalt } from './formular/utredning';

export type { Avslag, Utfall };
import { allaEnheter, type Arhundrade } from './katalog';
import type { Kontakt, CaseState, Person } from './model';
import { luhnOk, type Personnummer } from './personnummer';
import type { SokForm } from './kundsok';

/** Facts from outside the case state that a command needs, looked up by the caller. */
export interface Omvarld {
	/** Whether a personnummer is already a customer in the world register. */
	iRegistret(pnr: Personnummer): boolean;
}

export type Kommando =
	| {
			typ: 'sokKund';
			fraga: string;
			arhundrade: Arhundrade;
			form: SokForm | null;
			traffar: Personnummer[];
	  }
	| { typ: 'sokKir'; fraga: string; traffar: Personnummer[] }
	| { typ: 'oppnaKund'; pnr: Personnummer }
	| { typ: 'registreraKund'; kalla: 'KIR' | 'Ny'; person: Person }
	| { typ: 'sparaKontakt'; pnr: Personnummer; kontakt: Omit<Kontakt, 'id'> & { id?: string } }
	| {
			typ: 'sparaAktualiseringar';
			pnr: Personnummer;
			utredningId?: string;
			utkast: AktualiseringUtkast[];
	  }
	/** A saved aktualisering opened again (double-click) and saved with new values. */
	| { typ: 'andraAktualisering'; pnr: Personnummer; id: string; utkast: AktualiseringUtkast }
	| {
			typ: 'inledUtredning';
			pnr: Personnummer;
			inledningsdatum: string;
			utredningstyp: string;
			ansvarigHandlaggare: string;
			organisation: string;
			aktualiseringIds: string[];
	  }
	| SparaBeslut
	| SparaBestallning
	| BekraftaBestallning
	| TaBortBestallning
	| SparaBedomning
	| SkapaVerkstallighet
	| AvslutaVerkstallighet
	| BytUtforare
	| SparaAnteckning
	| SigneraAnteckning
	| FelmarkeraAnteckning
	| KopieraTexter
	| KlistraInTexter
	| LaggBevakning
	| AndraBevakning
	| TaBortBevakning
	| SparaHushall
	| SkrivUt
	| AndraKundlista
	| InfogaDokument;

/** The fields of one aktualisering as the form holds them (A3). */
export interface AktualiseringUtkast {
	typ: string;
	datum: string;
	franVem: string;
	ansvarigHandlaggare: string;
	organisation: string;
}

const ENHETER = new Set(allaEnheter());

function registrera(
	state: CaseState,
	k: Extract<Kommando, { typ: 'registreraKund' }>,
	om: Omvarld
): Utfall {
	const p = k.person;
	if (!/^\d{12}$/.test(p.pnr))
		return nej('Skriv hela personnumret med århundradet: ÅÅÅÅMMDD-NNNN.', 'Personnummer');
	if (!luhnOk(p.pnr))
		return nej('Personnumret är inte giltigt (kontrollsiffran stämmer inte).', 'Personnummer');
	if (om.iRegistret(p.pnr) || state.kunder[p.pnr])
		return nej(
			'Personen finns redan i personregistret. Sök fram kunden i stället.',
			'Personnummer'
		);
	if (!p.efternamn.trim()) return nej('Efternamn måste fyllas i.', 'Efternamn');
	if (!p.fornamn.trim()) return nej('Förnamn måste fyllas i.', 'Förnamn');
	if (!p.nyckelkod) return nej('Nyckelkod måste väljas.', 'Nyckelkod');
	if (!p.civilstand) return nej('Civilstånd måste väljas.', 'Civilstånd');
	return { ok: true, handelser: [{ typ: 'KundRegistrerad', kalla: k.kalla, person: p }] };
}

/**
 * What Procapita refuses in one aktualisering's fields, new or changed: the first field in the
 * form's order that is empty, or a date that is not one. `nr` names the draft among several.
 */
function faltfel(u: AktualiseringUtkast, nr = ''): Avslag | null {
	const saknas = saknadAktualiseringsfalt(u);
	if (saknas === 'Typ av aktualisering') return nej(`${saknas} måste väljas${nr}.`, saknas);
	const datumFel = kravDatum(u.datum, 'Datum');
	if (datumFel) return { ...datumFel, fel: datumFel.fel + nr };
	if (saknas) return nej(`${saknas} måste väljas${nr}.`, saknas);
	if (!ENHETER.has(u.organisation)) return nej(`Okänd organisation${nr}.`, 'Organisation');
	return null;
}

/** The refusal once an utredning is inledd from the aktualisering (it is then behandlad). */
export const AKTUALISERING_LAST =
	'Aktualiseringen kan inte ändras: en utredning är inledd från den. Gör i stället en ny aktualisering: högerklicka på utredningen och välj Aktualisering.';

/**
 * A saved aktualisering corrected (reopened by double-click): the same fields are required as
 * for a new one, and Procapita refuses the change once an utredning has been inledd from it
 * (U6 took it in). Its place (utredningId) and status stay as they are: only the form's fields
 * change.
 */
function andraAktualisering(
	state: CaseState,
	k: Extract<Kommando, { typ: 'andraAktualisering' }>
): Utfall {
	const a = state.aktualiseringar.find((x) => x.id === k.id && x.pnr === k.pnr);
	if (!a) return nej('Aktualiseringen finns inte hos kunden.');
	if (a.behandlad) return nej(AKTUALISERING_LAST);
	const fel = faltfel(k.utkast);
	if (fel) return fel;
	const u = k.utkast;
	return {
		ok: true,
		handelser: [
			{
				typ: 'AktualiseringAndrad',
				aktualisering: {
					...a,
					typ: u.typ,
					datum: u.datum as IsoDatum,
					franVem: u.franVem,
					ansvarigHandlaggare: u.ansvarigHandlaggare,
					organisation: u.organisation
				}
			}
		]
	};
}

function aktualisera(
	state: CaseState,
	k: Extract<Kommando, { typ: 'sparaAktualiseringar' }>
): Utfall {
	if (k.utkast.length === 0) return nej('Det finns ingen aktualisering att spara.');
	if (k.utredningId) {
		const u = state.utredningar.find((x) => x.id === k.utredningId && x.pnr === k.pnr);
		if (!u) return nej('Utredningen finns inte hos kunden.');
		if (u.slutdatum)
			return nej('Utredningen är avslutad. Aktualisera under LSS utredning o verkställighet.');
	}
	const handelser: Handelse[] = [];
	let n = state.nasta.aktualisering;
	for (const [i, u] of k.utkast.entries()) {
		const fel = faltfel(u, k.utkast.length > 1 ? ` (aktualisering ${i + 1})` : '');
		if (fel) return fel;
		handelser.push({
			typ: 'AktualiseringSparad',
			aktualisering: {
				id: `akt-${n++}`,
				pnr: k.pnr,
				typ: u.typ,
				datum: u.datum as IsoDatum,
				franVem: u.franVem,
				ansvarigHandlaggare: u.ansvarigHandlaggare,
				organisation: u.organisation,
				utredningId: k.utredningId,
				behandlad: false
			}
		});
	}
	return { ok: true, handelser };
}

function inled(state: CaseState, k: Extract<Kommando, { typ: 'inledUtredning' }>): Utfall {
	const datumFel = kravDatum(k.inledningsdatum, 'Inledningsdatum');
	if (datumFel) return datumFel;
	const saknas = saknatInledningsfalt({
		inledningsdatum: k.inledningsdatum,
		typ: k.utredningstyp,
		ansvarig: k.ansvarigHandlaggare,
		organisation: k.organisation
	});
	if (saknas) return nej(`${saknas} måste väljas.`, saknas);
	if (!ENHETER.has(k.organisation)) return nej('Okänd organisation.', 'Organisation');
	for (const id of k.aktualiseringIds) {
		const a = state.aktualiseringar.find((x) => x.id === id && x.pnr === k.pnr);
		if (!a)
			return nej('En vald aktualisering finns inte hos kunden.', 'Ej behandlade aktualiseringar');
		if (a.behandlad)
			return nej(
				'En vald aktualisering är redan kopplad till en utredning.',
				'Ej behandlade aktualiseringar'
			);
	}
	return {
		ok: true,
		handelser: [
			{
				typ: 'UtredningInledd',
				utredning: {
					id: `utr-${state.nasta.utredning}`,
					pnr: k.pnr,
					typ: k.utredningstyp,
					inledningsdatum: k.inledningsdatum,
					ansvarigHandlaggare: k.ansvarigHandlaggare,
					organisation: k.organisation
				},
				aktualiseringIds: [...k.aktualiseringIds]
			}
		]
	};
}

export type Bevakningskommando = LaggBevakning | AndraBevakning | TaBortBevakning;

/**
 * Section 12's commands, given by bevakning-kommandon.ts when it is loaded. They are sent only
 * from the bevakning box and list, lazy chunks that import it first, so an exercise's first load
 * does not carry them (tests/e2e/budget.spec.ts). Code that sends them otherwise (tests) imports
 * bevakning-kommandon.ts.
 */
let bevakningskommandon: ((state: CaseState, k: Bevakningskommando) => Utfall) | null = null;

export function laggTillBevakningskommandon(
	f: (state: CaseState, k: Bevakningskommando) => Utfall
): void {
	bevakningskommandon = f;
}

/**
 * Decides a command against the current state: the events it produces, or the refusal the real
 * system would give. Pure and synchronous; the caller supplies register facts in `omvarld`.
 */
export function utfor(state: CaseState, k: Kommando, omvarld: Omvarld): Utfall {
	switch (k.typ) {
		case 'sokKund':
			return {
				ok: true,
				handelser: [
					{
						typ: 'KundSokt',
						fraga: k.fraga,
						arhundrade: k.arhundrade,
						form: k.form,
						traffar: k.traffar
					}
				]
			};
		case 'sokKir':
			return { ok: true, handelser: [{ typ: 'KirSokt', fraga: k.fraga, traffar: k.traffar }] };
		case 'oppnaKund':
			return { ok: true, handelser: [{ typ: 'KundOppnad', pnr: k.pnr }] };
		case 'registreraKund':
			return registrera(state, k, omvarld);
		case 'sparaKontakt': {
			if (!k.kontakt.namn.trim()) return nej('Namn måste fyllas i.', 'Namn');
			if (!k.kontakt.typ) return nej('Typ av kontakt måste väljas.', 'Typ');
			const id = k.kontakt.id ?? `kontakt-${state.nasta.kontakt}`;
			return {
				ok: true,
				handelser: [{ typ: 'KontaktSparad', pnr: k.pnr, kontakt: { ...k.kontakt, id } }]
			};
		}
		case 'sparaAktualiseringar':
			return aktualisera(state, k);
		case 'andraAktualisering':
			return andraAktualisering(state, k);
		case 'inledUtredning':
			return inled(state, k);
		case 'sparaBeslut':
			return sparaBeslut(state, k);
		case 'sparaBestallning':
			return sparaBestallning(state, k);
		case 'bekraftaBestallning':
			return bekraftaBestallning(state, k);
		case 'taBortBestallning':
			return taBortBestallning(state, k);
		case 'sparaBedomning':
			return sparaBedomning(state, k);
		case 'skapaVerkstallighet':
			return skapaVerkstallighet(state, k);
		case 'avslutaVerkstallighet':
			return avslutaVerkstallighet(state, k);
		case 'bytUtforare':
			return bytUtforare(state, k);
		case 'sparaAnteckning':
			return sparaAnteckning(state, k);
		case 'signeraAnteckning':
			return signeraAnteckning(state, k);
		case 'felmarkeraAnteckning':
			return felmarkeraAnteckning(state, k);
		case 'kopieraTexter':
			return kopieraTexter(state, k);
		case 'klistraInTexter':
			return klistraInTexter(state, k);
		case 'laggBevakning':
		case 'andraBevakning':
		case 'taBortBevakning':
			// loaded by whoever sends them (see laggTillBevakningskommandon)
			return bevakningskommandon!(state, k);
		case 'sparaHushall':
			return sparaHushall(state, k);
		case 'skrivUt':
			return skrivUt(state, k);
		case 'andraKundlista':
			return andraKundlista(state, k);
		case 'infogaDokument':
			return infogaDokument(state, k);
	}
}
