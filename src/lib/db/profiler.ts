import { STANDARDPROFIL_ID, type LssDb, type ProfilRad } from './db';
import { skriv } from './lagringsfel';

/**
 * Local profiles: who is practising on this browser. A name the trainee types, kept in
 * IndexedDB; no login, nothing leaves the browser. The active profile's id is in `meta`.
 */

/** Always there, first in the list; it owns attempts from before profiles. Not stored. */
export const STANDARDPROFIL: ProfilRad = { id: STANDARDPROFIL_ID, namn: 'Utan namn', skapad: '' };

const AKTIV = 'aktivProfil';
export const MAX_NAMNLANGD = 40;

/** A profile name that cannot be used; the message says why, in the trainee's words. */
export class ProfilFel extends Error {
	constructor(meddelande: string) {
		super(meddelande);
		this.name = 'ProfilFel';
	}
}

/** The name as stored: spaces trimmed and runs of them made one. */
export function rensaNamn(namn: string): string {
	return namn.trim().replace(/\s+/g, ' ');
}

const sammaNamn = (a: string, b: string) =>
	rensaNamn(a).localeCompare(rensaNamn(b), 'sv', { sensitivity: 'accent' }) === 0;

/** Every profile, the default one first, then by name. */
export async function listaProfiler(db: LssDb): Promise<ProfilRad[]> {
	const rader = await db.profiler.toArray();
	return [STANDARDPROFIL, ...rader.sort((a, b) => a.namn.localeCompare(b.namn, 'sv'))];
}

export async function hamtaProfil(db: LssDb, id: string): Promise<ProfilRad | undefined> {
	return id === STANDARDPROFIL_ID ? STANDARDPROFIL : db.profiler.get(id);
}

/** The profile with this name (case aside), if there is one. */
export async function hittaProfil(db: LssDb, namn: string): Promise<ProfilRad | undefined> {
	return (await listaProfiler(db)).find((p) => sammaNamn(p.namn, namn));
}

/**
 * Creates a profile. An empty name, an overlong one or one already taken (case aside, the
 * default profile's included) is refused with a ProfilFel and nothing is written.
 */
export async function skapaProfil(
	db: LssDb,
	namn: string,
	skapad: string = new Date().toISOString()
): Promise<ProfilRad> {
	const rent = rensaNamn(namn);
	if (!rent) throw new ProfilFel('Skriv ett namn för att skapa en profil.');
	if (rent.length > MAX_NAMNLANGD)
		throw new ProfilFel(`Namnet får vara högst ${MAX_NAMNLANGD} tecken långt.`);
	const rad: ProfilRad = { id: crypto.randomUUID(), namn: rent, skapad };
	// the check and the write in one transaction: two tabs cannot both take the name
	await skriv(() =>
		db.transaction('rw', db.profiler, async () => {
			if (await hittaProfil(db, rent))
				throw new ProfilFel(
					`Det finns redan en profil som heter ${rent}. Välj den i listan, eller skriv ett annat namn.`
				);
			await db.profiler.add(rad);
		})
	);
	return rad;
}

/**
 * The id of the profile of this name, created when there is none (an imported attempt's
 * trainee). Call inside a transaction over `profiler`, so the look-up and the write are one.
 */
export async function profilIdMedNamn(db: LssDb, namn: string): Promise<string> {
	const finns = await hittaProfil(db, namn);
	return finns ? finns.id : (await skapaProfil(db, namn)).id;
}

/** The active profile's id; the default profile until someone chooses. */
export async function aktivProfilId(db: LssDb): Promise<string> {
	const rad = await db.meta.get(AKTIV);
	const id = typeof rad?.varde === 'string' ? rad.varde : STANDARDPROFIL_ID;
	// a profile removed by hand in the browser's tools: back to the default, not a ghost
	return (await hamtaProfil(db, id)) ? id : STANDARDPROFIL_ID;
}

/** Makes `id` the active profile; one that does not exist is refused. */
export async function valjProfil(db: LssDb, id: string): Promise<void> {
	if (!(await hamtaProfil(db, id)))
		throw new ProfilFel('Profilen finns inte längre i den här webbläsaren.');
	await skriv(() => db.meta.put({ nyckel: AKTIV, varde: id }));
}
