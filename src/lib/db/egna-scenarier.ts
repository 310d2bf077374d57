/**
 * A trainer's own scenarios (the editor, /verkstad) and imported ones (packs), kept in the
 * browser as the files of a scenario folder, text by path. The runner compiles one from here
 * when its id is not a shipped scenario's (state/kalla.ts). The editor writes `egen` rows; a pack
 * writes `importerad` rows, all of a pack or none.
 */
import type { EgetScenarioRad, LssDb } from './db';
import { skriv } from './lagringsfel';
import { versionAv } from '../verkstad/rubrik';

/** Every own and imported scenario, the latest saved first. */
export async function listaEgnaScenarier(db: LssDb): Promise<EgetScenarioRad[]> {
	const rader = await db.egnaScenarier.toArray();
	return rader.sort((a, b) => b.sparad.localeCompare(a.sparad) || a.id.localeCompare(b.id));
}

export async function hamtaEgetScenario(
	db: LssDb,
	id: string
): Promise<EgetScenarioRad | undefined> {
	return db.egnaScenarier.get(id);
}

/** A new own scenario; refused (false) when the id is taken in this browser. */
export async function skapaEgetScenario(
	db: LssDb,
	id: string,
	filer: Record<string, string>,
	sparad = new Date().toISOString()
): Promise<boolean> {
	return skriv(() =>
		db.transaction('rw', db.egnaScenarier, async () => {
			if (await db.egnaScenarier.get(id)) return false;
			await db.egnaScenarier.add({ id, kalla: 'egen', filer: { ...filer }, sparad });
			return true;
		})
	);
}

/**
 * The scenario's files as they are now, written over what was saved: the editor's text is the
 * truth. Files not named here (recorded attempts) are kept.
 */
export async function sparaEgnaFiler(
	db: LssDb,
	id: string,
	filer: Record<string, string>,
	sparad = new Date().toISOString()
): Promise<void> {
	await andraEgnaFiler(db, id, () => filer, sparad);
}

/**
 * Files made from what the scenario holds now (a recording's fingerprints merged into
 * attempts/inspelning.json), read and written in one transaction so no other tab slips between.
 */
export async function andraEgnaFiler(
	db: LssDb,
	id: string,
	andra: (filer: Readonly<Record<string, string>>) => Record<string, string>,
	sparad = new Date().toISOString()
): Promise<void> {
	await skriv(() =>
		db.transaction('rw', db.egnaScenarier, async () => {
			const rad = await db.egnaScenarier.get(id);
			if (!rad) throw new Error(`Scenariot "${id}" finns inte längre i den här webbläsaren.`);
			await db.egnaScenarier.put({ ...rad, filer: { ...rad.filer, ...andra(rad.filer) }, sparad });
		})
	);
}

/**
 * Exportera paket: each scenario's index.md kept as the version it has was shared, unless that
 * version was shared before (the first sharing is what others hold).
 */
export async function markeraUtgivna(
	db: LssDb,
	rader: readonly { id: string; version: number; indexText: string }[]
): Promise<void> {
	await skriv(() =>
		db.transaction('rw', db.egnaScenarier, async () => {
			for (const r of rader) {
				const rad = await db.egnaScenarier.get(r.id);
				if (!rad || rad.utgivna?.[r.version] !== undefined) continue;
				await db.egnaScenarier.put({
					...rad,
					utgivna: { ...rad.utgivna, [r.version]: r.indexText }
				});
			}
		})
	);
}

export async function raderaEgetScenario(db: LssDb, id: string): Promise<void> {
	await skriv(() => db.egnaScenarier.delete(id));
}

/** Thrown when a pack may not be stored: one line per refused scenario; nothing was written. */
export class ImportVagrad extends Error {
	readonly rader: string[];
	constructor(rader: string[]) {
		super(rader.join('\n'));
		this.name = 'ImportVagrad';
		this.rader = rader;
	}
}

/**
 * A pack's scenarios stored as `importerad`, in one transaction: `kontroll` judges each against
 * the row already under its id (read inside the transaction, so no other tab slips between), and
 * one refusal stores none of them.
 */
export async function importeraScenarier(
	db: LssDb,
	mappar: readonly { id: string; filer: Record<string, string> }[],
	kontroll: (
		ny: { id: string; filer: Record<string, string> },
		fanns: EgetScenarioRad | undefined
	) => string | null,
	nu = new Date().toISOString()
): Promise<EgetScenarioRad[]> {
	return skriv(() =>
		db.transaction('rw', db.egnaScenarier, async () => {
			const fanns = await db.egnaScenarier.bulkGet(mappar.map((m) => m.id));
			const fel = mappar.flatMap((m, i) => kontroll(m, fanns[i]) ?? []);
			if (fel.length) throw new ImportVagrad(fel);
			const rader = mappar.map((m, i): EgetScenarioRad => {
				// what was imported is what others hold: the baseline of its version
				const version = versionAv(m.filer['index.md']);
				const forra = fanns[i]?.utgivna ?? {};
				return {
					id: m.id,
					kalla: 'importerad',
					filer: m.filer,
					sparad: nu,
					...(version === null
						? {}
						: { utgivna: { ...forra, [version]: forra[version] ?? m.filer['index.md'] ?? '' } })
				};
			});
			await db.egnaScenarier.bulkPut(rader);
			return rader;
		})
	);
}
