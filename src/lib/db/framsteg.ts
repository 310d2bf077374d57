import type { LagradHandelse } from '../domain/handelser';
import type { ForsokRad, LssDb } from './db';
import { antalHandelser, profilFor } from './forsok';
import { skriv } from './lagringsfel';
import { aktivProfilId, profilIdMedNamn, valjProfil } from './profiler';

// Apart from forsok.ts: only Importera (loaded when a file is chosen) uses it, so it stays out of
// what every page loads with the database.
/** What Importera did with a progress file's attempts. */
export interface Framstegsimport {
	importerade: ForsokRad[];
	/** Attempts the profile already had (the same exercise, started at the same moment). */
	fanns: number;
	profilId: string;
}

/**
 * Stores a progress file's attempts (Exportera alla försök) under the profile of `profilnamn`
 * (made if there is none, and made active) or the active one. An attempt the profile already has
 * (the same exercise, started and handed in at the same moments, with as many events) is left as
 * it is, so a file imported twice, or back into the browser it came from, doubles nothing. One
 * transaction: all or none.
 */
export async function importeraFramsteg(
	db: LssDb,
	forsok: readonly { rad: Omit<ForsokRad, 'id'>; handelser: readonly LagradHandelse[] }[],
	profilnamn?: string
): Promise<Framstegsimport> {
	const svar: Framstegsimport = { importerade: [], fanns: 0, profilId: '' };
	await skriv(() =>
		db.transaction('rw', [db.forsok, db.handelser, db.profiler, db.meta], async () => {
			const profilId =
				profilnamn !== undefined ? await profilIdMedNamn(db, profilnamn) : await aktivProfilId(db);
			const nyckel = (f: Omit<ForsokRad, 'id'>, antal: number) =>
				`${f.scenarioId} ${f.startad} ${f.inlamnad ?? ''} ${antal}`;
			const har = new Set<string>();
			for (const f of await db.forsok.toArray())
				if (profilFor(f) === profilId) har.add(nyckel(f, await antalHandelser(db, f.id)));
			for (const { rad, handelser } of forsok) {
				const k = nyckel(rad, handelser.length);
				if (har.has(k)) {
					svar.fanns++;
					continue;
				}
				const ny: ForsokRad = { ...rad, id: crypto.randomUUID(), profilId };
				await db.forsok.add(ny);
				await db.handelser.bulkAdd(handelser.map((h) => ({ ...h, forsokId: ny.id })));
				har.add(k);
				svar.importerade.push(ny);
			}
			if (profilnamn !== undefined) await valjProfil(db, profilId);
			svar.profilId = profilId;
		})
	);
	return svar;
}
