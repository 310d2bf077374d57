import { CIVILSTAND, NYCKELKODER } from '../domain/katalog';
import type { HushallsMedlem, KirPerson, Kontakt, Person } from '../domain/model';
import type { Personnummer } from '../domain/personnummer';
import { GATOR, ORT } from './gator';
import { byggHushall, REFERENSAR, type Band, type Hushallsgrupp } from './hushall';
import { kontakterFor, telefonnummer } from './kontakter';
import { EFTERNAMN, fornamnFor } from './namn';
import { arMan, fodelsear } from './pnr-lista';
import { Slump } from './prng';

/** The generated world: the Procapita register and KIR, disjoint. */
export interface Varld {
	kunder: Person[];
	kir: KirPerson[];
}

export interface VarldOpts {
	seed?: number;
	/** How many of `pnrs` go to KIR instead of the register; default 150 (a tenth of short lists). */
	antalKir?: number;
	/** Pairs a century apart who share a name; both go to the register. */
	tvillingar?: readonly (readonly [Personnummer, Personnummer])[];
	/** How many KIR people are marked `ejFolkbokford` (S5's OBS); default 2. */
	antalEjFolkbokforda?: number;
}

export const VARLD_SEED = 0x4e15;

type Civilstand = (typeof CIVILSTAND)[number];

interface Adress {
	adress: string;
	postnummer: string;
	ort: string;
	nyckelkod: string;
}

/**
 * Generates the fictitious register and KIR from the given personnummer. Pure and
 * deterministic: the same numbers and options give the same world, person for person.
 */
export function genereraVarld(pnrs: readonly Personnummer[], opts: VarldOpts = {}): Varld {
	const slump = new Slump(opts.seed ?? VARLD_SEED);
	const unika = [...new Set(pnrs)].sort();
	const finns = new Set(unika);
	const tvillingar = (opts.tvillingar ?? []).filter(([a, b]) => finns.has(a) && finns.has(b));
	const tvillingPnr = new Set(tvillingar.flat());
	const ovriga = unika.filter((p) => !tvillingPnr.has(p));
	const antalKir = Math.min(
		opts.antalKir ?? Math.min(150, Math.floor(unika.length / 10)),
		ovriga.length
	);

	const kirPnr = new Set(slump.blanda(ovriga).slice(0, antalKir));
	const register = ovriga.filter((p) => !kirPnr.has(p));

	const kunder: Person[] = [];
	for (const grupp of byggHushall(register, slump)) kunder.push(...hushallet(grupp, slump));
	for (const [aldre, yngre] of tvillingar) {
		const a = ensamPerson(aldre, slump);
		kunder.push(a, { ...ensamPerson(yngre, slump), fornamn: a.fornamn, efternamn: a.efternamn });
	}

	const kir = [...kirPnr].sort().map((p): KirPerson => {
		// KIR knows no nyckelkod: that is set when the person is taken into the register (S6)
		const kp: KirPerson & { nyckelkod?: string } = ensamPerson(p, slump);
		delete kp.nyckelkod;
		return kp;
	});
	let ejKvar = opts.antalEjFolkbokforda ?? 2;
	for (const k of kir) {
		if (ejKvar <= 0) break;
		// an adult of working age: the OBS case is someone who moved away, not a child or a centenarian
		const alder = REFERENSAR - fodelsear(k.pnr);
		if (alder < 18 || alder > 80) continue;
		k.ejFolkbokford = true;
		ejKvar--;
	}
	return { kunder: kunder.sort((a, b) => a.pnr.localeCompare(b.pnr)), kir };
}

function namnFor(pnr: Personnummer, slump: Slump): string {
	const lista = fornamnFor(fodelsear(pnr))[arMan(pnr) ? 'man' : 'kvinna'];
	const forsta = slump.valjVanligast(lista);
	if (!slump.chans(0.15)) return forsta;
	const andra = slump.valjVanligast(lista);
	return andra === forsta ? forsta : `${forsta} ${andra}`;
}

function efternamn(slump: Slump): string {
	// a few double surnames, so `efternamn förnamn` searches meet names with a space in them
	if (slump.chans(0.03))
		return `${slump.valjVanligast(EFTERNAMN)} ${slump.valjVanligast(EFTERNAMN)}`;
	return slump.valjVanligast(EFTERNAMN);
}

function adress(slump: Slump): Adress {
	const gata = slump.valj(GATOR);
	const lgh = slump.chans(0.4) ? ` lgh ${slump.heltal(10, 14)}0${slump.heltal(1, 4)}` : '';
	return {
		adress: `${gata.namn} ${slump.heltal(1, 58)}${lgh}`,
		postnummer: `${gata.post.slice(0, 3)} ${gata.post[3]}${slump.heltal(0, 9)}`,
		ort: ORT,
		nyckelkod: NYCKELKODER[gata.omrade]
	};
}

/** Civilstånd for someone living alone, by age. */
function civilstandEnsam(pnr: Personnummer, band: Band, slump: Slump): Civilstand {
	const alder = REFERENSAR - fodelsear(pnr);
	if (alder < 23) return 'Ogift';
	if (band === 'skild') return 'Skild';
	const r = slump.nasta();
	if (alder >= 70)
		return r < 0.45 ? 'Änka/Änkling' : r < 0.7 ? 'Skild' : r < 0.85 ? 'Ogift' : 'Gift';
	return r < 0.55 ? 'Ogift' : r < 0.85 ? 'Skild' : r < 0.95 ? 'Gift' : 'Änka/Änkling';
}

function civilstandIPar(band: Band): Civilstand {
	return band === 'gift' ? 'Gift' : band === 'partner' ? 'Registrerad partner' : 'Ogift';
}

const PARRELATION: Record<Band, string> = {
	gift: 'Make/maka',
	partner: 'Registrerad partner',
	sambo: 'Sambo',
	ensam: 'Sambo',
	skild: 'Sambo'
};

function ensamPerson(pnr: Personnummer, slump: Slump): Person {
	return person(pnr, efternamn(slump), adress(slump), civilstandEnsam(pnr, 'ensam', slump), slump);
}

function person(
	pnr: Personnummer,
	eNamn: string,
	a: Adress,
	civil: Civilstand,
	slump: Slump
): Person {
	const vuxen = fodelsear(pnr) <= REFERENSAR - 18;
	const p: Person = {
		pnr,
		efternamn: eNamn,
		fornamn: namnFor(pnr, slump),
		...a,
		civilstand: civil
	};
	if (vuxen && slump.chans(0.6)) p.telefon = telefonnummer(slump);
	return p;
}

/** The people of one household: a shared address and surname, and who lives with whom. */
function hushallet(g: Hushallsgrupp, slump: Slump): Person[] {
	const a = adress(slump);
	const namn = efternamn(slump);
	const vuxna = g.vuxna.map((pnr, i) => {
		const eget = i > 0 && !(g.band === 'gift' && slump.chans(0.7));
		const civil =
			g.vuxna.length === 2 ? civilstandIPar(g.band) : civilstandEnsam(pnr, g.band, slump);
		return person(pnr, eget ? efternamn(slump) : namn, a, civil, slump);
	});
	const barn = g.barn.map((pnr) => person(pnr, namn, a, 'Ogift', slump));
	const alla = [...vuxna, ...barn];
	const relation = (jag: Person, du: Person): string => {
		const jagBarn = barn.includes(jag);
		const duBarn = barn.includes(du);
		if (jagBarn && duBarn) return 'Syskon';
		if (jagBarn) return 'Vårdnadshavare';
		if (duBarn) return 'Barn';
		return PARRELATION[g.band];
	};
	for (const jag of alla) {
		const hushall: HushallsMedlem[] = alla
			.filter((du) => du !== jag)
			.map((du) => ({
				pnr: du.pnr,
				namn: `${du.efternamn}, ${du.fornamn}`,
				relation: relation(jag, du)
			}));
		if (hushall.length) jag.hushall = hushall;
		const kontakter: Kontakt[] = kontakterFor(jag, slump, barn.includes(jag));
		if (kontakter.length) jag.kontakter = kontakter;
	}
	return alla;
}
