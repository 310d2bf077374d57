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
	franNyckel,
	sokRader,
	traff,
	utanNycklar,
	type KundTraff
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
	/** Called when a seeding is needed and begins (the world is not there, or is older). */
	borjar?: () => void;
	/** Called as the rows are written: how many of `totalt` customers are in. */
	framsteg?: (klara: number, totalt: number) => void;
}

const VARLD_NYCKEL = 'varld';
/** Rows per bulkPut within the one transaction: small enough to report progress between them. */
const SATS = 500;

/** What meta says about the world in this database, if it was ever seeded. */
export async function hamtaVarldInfo(db: LssDb): Promise<VarldInfo | undefined> {
	return (await db.meta.get(VARLD_NYCKEL))?.varde as VarldInfo | undefined;
}

/** The seeding in flight per connection: the register's reads wait for it (varldKlar). */
const pagaende = new WeakMap<LssDb, Promise<void>>();

/**
 * Resolves once no seeding is running on this connection. A page may show the mock before the
 * world is in; a search or a look-up made meanwhile waits here instead of reading half of it.
 * A seeding that failed does not stop the reads: they see the previous world, and the page that
 * started the seeding shows why.
 */
export async function varldKlar(db: LssDb): Promise<void> {
	await pagaende.get(db)?.catch(() => undefined);
}

/**
 * Seeds the world register and KIR unless this generator version already did. The generator
 * and its numbers are imported only here, so the start page never loads them. Everything is
 * written in one transaction: a failed seeding leaves the previous world, never half of one.
 */
export function forberedVarld(db: LssDb, opts: ForberedOpts = {}): Promise<void> {
	const forra = pagaende.get(db);
	return seedningPagar(
		db,
		(async () => {
			await forra?.catch(() => undefined);
			await seedaVarld(db, opts);
		})()
	);
}

/**
 * Marks a seeding running elsewhere (a worker, on its own connection) as this connection's, so
 * the register's reads here wait for it too. Returns the same promise.
 */
export function seedningPagar(db: LssDb, p: Promise<void>): Promise<void> {
	pagaende.set(db, p);
	void p
		.finally(() => {
			if (pagaende.get(db) === p) pagaende.delete(db);
		})
		.catch(() => undefined);
	return p;
}

/** Whether the shipped world of this generator version is in the database already. */
export async function varldenArAktuell(db: LssDb): Promise<boolean> {
	const info = await hamtaVarldInfo(db);
	return info?.version === VARLD_VERSION && info.kalla === 'standard';
}

/**
 * forberedVarld's work without its queue: for a caller that marked the seeding as running
 * itself (seedningPagar), and would otherwise wait for its own promise.
 */
export async function seedaVarld(db: LssDb, opts: ForberedOpts = {}): Promise<void> {
	const kalla = opts.pnrs
		? `lista:${opts.pnrs.length}:kir=${opts.antalKir ?? 'standard'}`
		: 'standard';
	const aktuell = (info?: VarldInfo) => info?.version === VARLD_VERSION && info.kalla === kalla;
	if (aktuell(await hamtaVarldInfo(db))) return;
	opts.borjar?.();

	const varld = opts.pnrs
		? (await import('../world/generera')).genereraVarld(opts.pnrs, { antalKir: opts.antalKir })
		: (await import('../world/standard')).standardVarld();
	const rader = sokRader(varld.kunder);
	const info: VarldInfo = {
		version: VARLD_VERSION,
		kalla,
		antalKunder: varld.kunder.length,
		antalKir: varld.kir.length
	};
	const totalt = varld.kunder.length;
	await skriv(() =>
		db.transaction('rw', [db.kunder, db.sokrader, db.kir, db.meta], async () => {
			// another tab may have seeded while we generated
			if (aktuell(await hamtaVarldInfo(db))) return;
			await Promise.all([db.kunder.clear(), db.sokrader.clear(), db.kir.clear()]);
			for (let i = 0; i < totalt; i += SATS) {
				await Promise.all([
					db.kunder.bulkPut(varld.kunder.slice(i, i + SATS)),
					db.sokrader.bulkPut(rader.slice(i, i + SATS))
				]);
				opts.framsteg?.(Math.min(totalt, i + SATS), totalt);
			}
			await db.kir.bulkPut(varld.kir.map(medNycklar));
			await db.meta.put({ nyckel: VARLD_NYCKEL, varde: info });
		})
	);
}

/**
 * The world's answer to one S1 question, always through an index on `sokrader`, as keys only:
 * each key is a hit (traffNyckel), so nothing but the keys is read.
 */
function fragaRegistret(db: LssDb, fraga: SokFraga): Promise<string[]> {
	const t = db.sokrader;
	switch (fraga.form) {
		case 'personnummer':
			return t.where('pnr').equals(fraga.pnr).primaryKeys();
		case 'sexSiffror':
			return t.where('fodelsedatum').equals(fraga.fodelsedatum).primaryKeys();
		case 'helaNamnet':
			return t
				.where('namnNycklar')
				.anyOf(helaNamnetNycklar(fraga.efternamn, fraga.fornamn))
				.primaryKeys()
				.then((k) => [...new Set(k)]);
		case 'fornamn':
			return t.where('fornamnDelar').equals(normaliseraNamn(fraga.fornamn)).primaryKeys();
		case 'efternamn':
			return t
				.where('efternamnNorm')
				.startsWith(normaliseraNamn(fraga.efternamnPrefix))
				.primaryKeys();
	}
}

/**
 * Kundsök (S1): the world register by index, plus `overlay` (the scenario's and the attempt's
 * own customers) by the same rules in memory. An overlay person replaces the world's person with
 * that number, even when only the world's version matched. Sorted as the hit list shows them;
 * each hit is what the list shows (KundTraff), and opening one reads the whole person (hamtaKund).
 */
export async function sokKunder(
	db: LssDb,
	fraga: SokFraga,
	overlay: readonly Person[]
): Promise<KundTraff[]> {
	await varldKlar(db);
	const ersatta = new Set(overlay.map((p) => p.pnr));
	// the keys begin with the hit's place in the list: a plain sort puts the hits in order
	const varlden = (await fragaRegistret(db, fraga))
		.sort()
		.map(franNyckel)
		.filter((t) => !ersatta.has(t.pnr));
	const egna = overlay
		.filter((p) => matchar(p, fraga))
		.map(traff)
		.sort(jamforPersoner);
	return egna.length ? sammanfoga(varlden, egna) : varlden;
}

/** Two lists in hit-list order as one, in the same order. */
function sammanfoga(a: KundTraff[], b: KundTraff[]): KundTraff[] {
	const ut: KundTraff[] = [];
	let i = 0;
	let j = 0;
	while (i < a.length && j < b.length) ut.push(jamforPersoner(a[i], b[j]) <= 0 ? a[i++] : b[j++]);
	return ut.concat(a.slice(i), b.slice(j));
}

/** One customer by personnummer: the overlay first, then the world register. */
export async function hamtaKund(
	db: LssDb,
	pnr: Personnummer,
	overlay: readonly Person[]
): Promise<Person | undefined> {
	const egen = overlay.find((p) => p.pnr === pnr);
	if (egen) return egen;
	await varldKlar(db);
	return db.kunder.get(pnr);
}

/** Whether the world register (not the overlay) holds this number. */
export async function finnsIRegistret(db: LssDb, pnr: Personnummer): Promise<boolean> {
	await varldKlar(db);
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
	await varldKlar(db);
	const rader = await db.kir.where('pnr').startsWith(prefix).toArray();
	const ovriga = rader
		.map((r) => utanNycklar<KirPerson>(r))
		.filter((p) => !egna.some((e) => e.pnr === p.pnr));
	return [...egna, ...ovriga].sort((a, b) => a.pnr.localeCompare(b.pnr));
}
