import type { EgetScenarioRad, LssDb } from './db';
import { skriv } from './lagringsfel';

/*
 * The trainer's own and imported scenarios (`egnaScenarier`, issue 9). The editor (the workbench)
 * writes `egen` rows; a pack writes `importerad` rows, all of a pack or none.
 */

/** Every own or imported scenario, by id. */
export function listaEgnaScenarier(db: LssDb): Promise<EgetScenarioRad[]> {
	return db.egnaScenarier.orderBy('id').toArray();
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
			const rader = mappar.map((m): EgetScenarioRad => ({
				id: m.id,
				kalla: 'importerad',
				filer: m.filer,
				sparad: nu
			}));
			await db.egnaScenarier.bulkPut(rader);
			return rader;
		})
	);
}
