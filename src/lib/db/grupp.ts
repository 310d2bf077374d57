import type { RattatForsok } from '../domain/grupp';
import type { LssDb } from './db';
import { skriv } from './lagringsfel';

/*
 * Gruppens resultat, kept in this browser: the graded rows only, under one `meta` key. Not as
 * attempts under profiles: a trainer's group of a thousand files would fill the start page's
 * profile list with trainees and their events, and mix with the trainer's own course; the rows
 * are what both tables and the CSV need, graded once when the files were read.
 */
const NYCKEL = 'grupp';

/** The group as last kept, or an empty one. */
export async function hamtaGrupp(db: LssDb): Promise<RattatForsok[]> {
	const varde = (await db.meta.get(NYCKEL))?.varde;
	return Array.isArray(varde) ? (varde as RattatForsok[]) : [];
}

/** Keeps the group (the whole of it: one write, the newest wins). */
export async function sparaGrupp(db: LssDb, rader: readonly RattatForsok[]): Promise<void> {
	await skriv(() => db.meta.put({ nyckel: NYCKEL, varde: [...rader] }));
}

/** Töm gruppen: nothing of it is left in this browser. */
export async function tomGrupp(db: LssDb): Promise<void> {
	await skriv(() => db.meta.delete(NYCKEL));
}
