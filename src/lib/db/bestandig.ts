import type { LssDb } from './db';
import { skriv } from './lagringsfel';

/** The `meta` key of the browser's answer to `navigator.storage.persist()`. */
const NYCKEL = 'bestandigLagring';

/** The part of `navigator.storage` used here; absent in browsers without the Storage API. */
export interface Lagringshanterare {
	persist?: () => Promise<boolean>;
	persisted?: () => Promise<boolean>;
}

/**
 * Asks once for persistent storage, so the browser does not clear the results when space runs
 * low, and remembers the answer in `meta`. Returns the answer, or undefined when the browser has
 * no Storage API or the question failed (then it is asked again next time).
 */
export async function begarBestandigLagring(
	db: LssDb,
	lagring: Lagringshanterare | undefined = globalThis.navigator?.storage
): Promise<boolean | undefined> {
	const tidigare = (await db.meta.get(NYCKEL))?.varde;
	if (typeof tidigare === 'boolean') return tidigare;
	if (typeof lagring?.persist !== 'function') return undefined;
	let svar: boolean;
	try {
		svar = (await lagring.persisted?.()) === true || (await lagring.persist()) === true;
	} catch {
		return undefined;
	}
	await skriv(() => db.meta.put({ nyckel: NYCKEL, varde: svar }));
	return svar;
}

/** True when the browser was asked and refused: the start page then says the results may go. */
export async function bestandigLagringNekad(db: LssDb): Promise<boolean> {
	return (await db.meta.get(NYCKEL))?.varde === false;
}
