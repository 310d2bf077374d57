import type { SokFraga } from '../domain/kundsok';
import { normaliseraNamn } from '../domain/kundsok';
import type { KirPerson, Person } from '../domain/model';
import type { Personnummer } from '../domain/personnummer';
import { VARLD_VERSION } from '../world/version';
import type { LssDb } from './db';
import { skriv } from './lagringsfel';
import {
	helaNamnetNycklar,
	jamforPersoner,
	matchar,
	medNycklar,
	utanNycklar,
	type KundRad
} from './nycklar';

/** What `meta` says about the seeded world. */
export interface VarldInfo {
	version: number;
	/** `standard`, or a description of the list it was seeded from. */
	kalla: string;
	antalKunder: number;
	antalKir: number;
}

export interface ForberedOpts {
	/** Seed from these numbers instead of the shipped world (the benchmark uses the whole list). */
	pnrs?: readonly Personnummer[];
	/** With `pnrs`: how many go to KIR. */
	antalKir?: number;
}

const VARLD_NYCKEL = 'varld';

/** What meta says about the world in this database, if it was ever seeded. */
export async function hamtaVarldInfo(db: LssDb): Promise<VarldInfo | undefined> {
	return (await db.meta.get(VARLD_NYCKEL))?.varde as VarldInfo | undefined;
}

/**
 * Seeds the world register and KIR unless this generator version already did. The generator
 * and its numbers are imported only here, so the start page never loads them. Everything is
 * written in one transaction: a failed seeding leaves the previous world, never half of one.
 */
export async function forberedVarld(db: LssDb, opts: ForberedOpts = {}): Promise<void> {
	const kalla = opts.pnrs
		? `lista:${opts.pnrs.length}:kir=${opts.antalKir ?? 'standard'}`
		: 'standard';
	const aktuell = (info?: VarldInfo) => info?.version === VARLD_VERSION && info.kalla === kalla;
	if (aktuell(await hamtaVarldInfo(db))) return;

	const varld = opts.pnrs
		? (await import('../world/generera')).genereraVarld(opts.pnrs, { antalKir: opts.antalKir })
		: (await import('../world/standard')).standardVarld();
	const info: VarldInfo = {
		version: VARLD_VERSION,
		kalla,
		antalKunder: varld.kunder.length,
		antalKir: varld.kir.length
	};
	await skriv(() =>
		db.transaction('rw', db.kunder, db.kir, db.meta, async () => {
			// another tab may have seeded while we generated
			if (aktuell(await hamtaVarldInfo(db))) return;
			await db.kunder.clear();
			await db.kir.clear();
			await db.kunder.bulkPut(varld.kunder.map(medNycklar));
			await db.kir.bulkPut(varld.kir.map(medNycklar));
			await db.meta.put({ nyckel: VARLD_NYCKEL, varde: info });
		})
	);
}

/** The world's answer to one S1 question, always through an index. */
function fragaRegistret(db: LssDb, fraga: SokFraga): Promise<KundRad[]> {
	switch (fraga.form) {
		case 'personnummer':
			return db.kunder.get(fraga.pnr).then((r) => (r ? [r] : []));
		case 'sexSiffror':
			return db.kunder.where('fodelsedatum').equals(fraga.fodelsedatum).toArray();
		case 'helaNamnet':
			return db.kunder
				.where('namnNycklar')
				.anyOf(helaNamnetNycklar(fraga.efternamn, fraga.fornamn))
				.distinct()
				.toArray();
		case 'fornamn':
			return db.kunder.where('fornamnDelar').equals(normaliseraNamn(fraga.fornamn)).toArray();
		case 'efternamn':
			return db.kunder
				.where('efternamnNorm')
				.startsWith(normaliseraNamn(fraga.efternamnPrefix))
				.toArray();
	}
}

/**
 * Kundsök (S1): the world register by index, plus `overlay` (the scenario's and the attempt's
 * own customers) by the same rules in memory. An overlay person replaces the world's person with
 * that number, even when only the world's version matched. Sorted as the hit list shows them.
 */
export async function sokKunder(
	db: LssDb,
	fraga: SokFraga,
	overlay: readonly Person[]
): Promise<Person[]> {
	const ersatta = new Set(overlay.map((p) => p.pnr));
	const traffar = new Map<Personnummer, Person>();
	for (const rad of await fragaRegistret(db, fraga)) {
		if (!ersatta.has(rad.pnr)) traffar.set(rad.pnr, utanNycklar<Person>(rad));
	}
	for (const p of overlay) if (matchar(p, fraga)) traffar.set(p.pnr, p);
	return [...traffar.values()].sort(jamforPersoner);
}

/** One customer by personnummer: the overlay first, then the world register. */
export async function hamtaKund(
	db: LssDb,
	pnr: Personnummer,
	overlay: readonly Person[]
): Promise<Person | undefined> {
	const egen = overlay.find((p) => p.pnr === pnr);
	if (egen) return egen;
	const rad = await db.kunder.get(pnr);
	return rad && utanNycklar<Person>(rad);
}

/** Whether the world register (not the overlay) holds this number. */
export async function finnsIRegistret(db: LssDb, pnr: Personnummer): Promise<boolean> {
	return (await db.kunder.where('pnr').equals(pnr).count()) > 0;
}

/** Sök KIR (S5): KIR by personnummer; the scenario's own KIR entries win over the world's. */
export async function sokKir(
	db: LssDb,
	pnrEllerFodelsedatum: string,
	overlay: readonly KirPerson[]
): Promise<KirPerson[]> {
	// A whole personnummer or its birth date (ÅÅÅÅMMDD, the six-digit form with the century):
	// both are a prefix of the primary key, so either is one key-range lookup.
	const prefix = pnrEllerFodelsedatum;
	const egna = overlay.filter((p) => p.pnr.startsWith(prefix));
	const rader = await db.kir.where('pnr').startsWith(prefix).toArray();
	const ovriga = rader
		.map((r) => utanNycklar<KirPerson>(r))
		.filter((p) => !egna.some((e) => e.pnr === p.pnr));
	return [...egna, ...ovriga].sort((a, b) => a.pnr.localeCompare(b.pnr));
}
