import { Dexie } from 'dexie';
import type { Handelse, LagradHandelse } from '../domain/handelser';
import { STANDARDPROFIL_ID, type ForsokRad, type HandelseRad, type LssDb } from './db';
import { skriv } from './lagringsfel';
import { aktivProfilId, profilIdMedNamn, valjProfil } from './profiler';
import { SANDLADA_ID } from '../domain/sandlada';

export { SANDLADA_ID };

/** The key range of one attempt in a table keyed [forsokId+…]. */
function forsoketsRader(forsokId: string): [[string, unknown], [string, unknown]] {
	return [
		[forsokId, Dexie.minKey],
		[forsokId, Dexie.maxKey]
	];
}

function utanForsokId(rad: HandelseRad): LagradHandelse {
	const kopia: Partial<HandelseRad> & LagradHandelse = { ...rad };
	delete kopia.forsokId;
	return kopia;
}

/**
 * Starts a new attempt at a scenario, for `profilId` or else the profile active now, so every
 * caller (the start page, Försök igen, Visa's Föregående steg) files it under the trainee.
 */
export async function skapaForsok(
	db: LssDb,
	scenarioId: string,
	scenarioVersion: number,
	startad: string = new Date().toISOString(),
	lage?: ForsokRad['lage'],
	profilId?: string,
	/** A trainer's recording (Spela in facit / felvariant): the page shows the recorder. */
	inspelning?: ForsokRad['inspelning']
): Promise<ForsokRad> {
	const rad: ForsokRad = {
		id: crypto.randomUUID(),
		scenarioId,
		scenarioVersion,
		startad,
		status: 'pagar',
		...(lage ? { lage } : {}),
		...(inspelning ? { inspelning } : {}),
		profilId: profilId ?? (await aktivProfilId(db))
	};
	await skriv(() => db.forsok.add(rad));
	return rad;
}

export async function hamtaForsok(db: LssDb, id: string): Promise<ForsokRad | undefined> {
	return db.forsok.get(id);
}

/** The profile an attempt belongs to; one from before profiles belongs to the default. */
export function profilFor(rad: Pick<ForsokRad, 'profilId'>): string {
	return rad.profilId ?? STANDARDPROFIL_ID;
}

/**
 * Attempts at exercises, newest first; only one scenario's when `scenarioId` is given, only one
 * profile's when `profilId` is. The sandbox's attempts and recordings are never listed.
 */
export async function listaForsok(
	db: LssDb,
	scenarioId?: string,
	profilId?: string
): Promise<ForsokRad[]> {
	const rader = scenarioId
		? await db.forsok.where('scenarioId').equals(scenarioId).toArray()
		: await db.forsok.toArray();
	return rader
		.filter((f) => f.scenarioId !== SANDLADA_ID && !f.inspelning)
		.filter((f) => profilId === undefined || profilFor(f) === profilId)
		.sort((a, b) => b.startad.localeCompare(a.startad) || a.id.localeCompare(b.id));
}

/**
 * Släng försöket: the attempt, its events and its drafts go, in one transaction, so a failure
 * half-way leaves the attempt whole rather than an attempt without its events.
 */
export async function slangForsok(db: LssDb, forsokId: string): Promise<void> {
	const [fran, till] = forsoketsRader(forsokId);
	await skriv(() =>
		db.transaction('rw', db.forsok, db.handelser, db.utkast, async () => {
			await db.handelser.where('[forsokId+seq]').between(fran, till).delete();
			await db.utkast.where('[forsokId+nyckel]').between(fran, till).delete();
			await db.forsok.delete(forsokId);
		})
	);
}

/**
 * The sandbox attempt of a profile, created on first use. Each is a new id, so Börja om (the old
 * one slängt, a new one made) cannot meet the old one's screen state in sessionStorage.
 */
export async function hamtaSandlada(
	db: LssDb,
	profilId: string,
	startad: string = new Date().toISOString()
): Promise<ForsokRad> {
	return skriv(() =>
		db.transaction('rw', db.forsok, async () => {
			const finns = (await db.forsok.where('scenarioId').equals(SANDLADA_ID).toArray())
				.filter((f) => profilFor(f) === profilId)
				.sort((a, b) => b.startad.localeCompare(a.startad))[0];
			if (finns) return finns;
			const rad: ForsokRad = {
				id: crypto.randomUUID(),
				scenarioId: SANDLADA_ID,
				scenarioVersion: 1,
				startad,
				status: 'pagar',
				profilId
			};
			await db.forsok.add(rad);
			return rad;
		})
	);
}

async function pagandeForsok(db: LssDb, forsokId: string): Promise<ForsokRad> {
	const rad = await db.forsok.get(forsokId);
	if (!rad) throw new Error(`Försöket ${forsokId} finns inte. Starta scenariot på nytt.`);
	if (rad.status === 'inlamnat') {
		// a graded attempt must not change under its report
		throw new Error('Försöket är redan inlämnat och kan inte ändras. Starta ett nytt försök.');
	}
	return rad;
}

/**
 * Another tab stored events in this attempt after this tab read it: this tab's events were
 * decided on a state that is no longer the attempt's, and would give ids already taken.
 */
export class KonfliktFel extends Error {
	constructor() {
		super(
			'Försöket har sparats från en annan flik sedan det öppnades här, så det här steget sparades inte. ' +
				'Det som redan är sparat finns kvar; fortsätt i en flik i taget.'
		);
		this.name = 'KonfliktFel';
	}
}

/**
 * Appends events to an attempt. Their seq continues from the last one stored, in one
 * transaction, so two quick writes cannot take the same number. With `efterSeq` (the last seq
 * the caller has seen) the write is refused with KonfliktFel when another writer came between:
 * ids are numbered from the projection of what was seen, so two tabs can never store one id.
 */
export async function laggTillHandelser(
	db: LssDb,
	forsokId: string,
	handelser: readonly Handelse[],
	tid: string = new Date().toISOString(),
	efterSeq?: number
): Promise<LagradHandelse[]> {
	return skriv(() =>
		db.transaction('rw', db.forsok, db.handelser, async () => {
			await pagandeForsok(db, forsokId);
			const [fran, till] = forsoketsRader(forsokId);
			const sista = await db.handelser.where('[forsokId+seq]').between(fran, till).last();
			if (efterSeq !== undefined && (sista?.seq ?? 0) !== efterSeq) throw new KonfliktFel();
			let seq = sista?.seq ?? 0;
			const nya = handelser.map((h): LagradHandelse => ({ ...h, seq: ++seq, tid }));
			await db.handelser.bulkAdd(nya.map((h) => ({ ...h, forsokId })));
			return nya;
		})
	);
}

/** The attempt's events in seq order. */
export async function hamtaHandelser(db: LssDb, forsokId: string): Promise<LagradHandelse[]> {
	const [fran, till] = forsoketsRader(forsokId);
	const rader = await db.handelser.where('[forsokId+seq]').between(fran, till).toArray();
	return rader.map(utanForsokId);
}

/** How many events the attempt has, without reading them. */
export async function antalHandelser(db: LssDb, forsokId: string): Promise<number> {
	const [fran, till] = forsoketsRader(forsokId);
	return db.handelser.where('[forsokId+seq]').between(fran, till).count();
}

/** Hands the attempt in; after this it takes no more events. */
export async function markeraInlamnat(
	db: LssDb,
	forsokId: string,
	tid: string = new Date().toISOString()
): Promise<void> {
	await skriv(() =>
		db.transaction('rw', db.forsok, async () => {
			await pagandeForsok(db, forsokId);
			await db.forsok.update(forsokId, { status: 'inlamnat', inlamnad: tid });
		})
	);
}

/**
 * Keeps a handed-in attempt's verdict on its row, for the start page's progress. The events stay
 * the truth: the report grades them anew every time it is shown.
 */
export async function sparaResultat(
	db: LssDb,
	forsokId: string,
	resultat: NonNullable<ForsokRad['resultat']>
): Promise<void> {
	await skriv(() => db.forsok.update(forsokId, { resultat }));
}

/** Keeps an unsaved form under the attempt, replacing the previous draft of the same key. */
export async function sparaUtkast(
	db: LssDb,
	forsokId: string,
	nyckel: string,
	data: unknown
): Promise<void> {
	await skriv(() => db.utkast.put({ forsokId, nyckel, data, sparad: new Date().toISOString() }));
}

export async function hamtaUtkast(
	db: LssDb,
	forsokId: string,
	nyckel: string
): Promise<unknown | undefined> {
	return (await db.utkast.get([forsokId, nyckel]))?.data;
}

/** Drops one draft, or all of the attempt's drafts when `nyckel` is left out. */
export async function raderaUtkast(db: LssDb, forsokId: string, nyckel?: string): Promise<void> {
	if (nyckel !== undefined) {
		await db.utkast.delete([forsokId, nyckel]);
		return;
	}
	const [fran, till] = forsoketsRader(forsokId);
	await db.utkast.where('[forsokId+nyckel]').between(fran, till).delete();
}

/**
 * Stores an attempt read from an exported file as a new attempt, with a fresh id so importing
 * the same file twice, or on the machine it came from, overwrites nothing. With `profilnamn`
 * (the file's trainee) it goes to the profile of that name, made if there is none, which becomes
 * the active one. One transaction: a refused file leaves no attempt and no new profile.
 */
export async function importeraForsok(
	db: LssDb,
	rad: Omit<ForsokRad, 'id'> & { id?: string },
	handelser: readonly LagradHandelse[],
	profilnamn?: string
): Promise<ForsokRad> {
	const sorterade = [...handelser].sort((a, b) => a.seq - b.seq);
	const dubblett = sorterade.find((h, i) => i > 0 && h.seq === sorterade[i - 1].seq);
	if (dubblett) {
		throw new Error(
			`Filen går inte att importera: två händelser har samma ordningsnummer (seq ${dubblett.seq}).`
		);
	}
	const ny: ForsokRad = { ...rad, id: crypto.randomUUID() };
	await skriv(() =>
		db.transaction('rw', [db.forsok, db.handelser, db.profiler, db.meta], async () => {
			if (profilnamn !== undefined) ny.profilId = await profilIdMedNamn(db, profilnamn);
			ny.profilId ??= await aktivProfilId(db);
			await db.forsok.add(ny);
			await db.handelser.bulkAdd(sorterade.map((h) => ({ ...h, forsokId: ny.id })));
			if (profilnamn !== undefined) await valjProfil(db, ny.profilId);
		})
	);
	return ny;
}
