import type { LssDb } from './db';
import { skriv } from './lagringsfel';

/**
 * What this browser knows of one LMS registration (a learner's enrolment in the exercise), kept
 * in `meta` under `lms:<registration>`: the attempts made in it, and which once-per-registration
 * verdicts were already sent (cmi5 9.3: one completed, one passed, no failed after a passed).
 * Another browser's launches are not known here; the LMS keeps the registration whole.
 */
export interface LmsRegistrering {
	/** Attempt ids, oldest first. */
	forsok: string[];
	/** Attempt ids already reported (passed or failed sent, or SCORM's success). */
	rapporterade: string[];
	passed: boolean;
	completed: boolean;
}

const nyckel = (registrering: string) => `lms:${registrering}`;
const TOM: LmsRegistrering = { forsok: [], rapporterade: [], passed: false, completed: false };

export async function hamtaRegistrering(db: LssDb, registrering: string): Promise<LmsRegistrering> {
	const rad = await db.meta.get(nyckel(registrering));
	return { ...TOM, ...((rad?.varde as Partial<LmsRegistrering> | undefined) ?? {}) };
}

/** Changes the record in one transaction, so two tabs cannot lose each other's change. */
export async function andraRegistrering(
	db: LssDb,
	registrering: string,
	andra: (r: LmsRegistrering) => LmsRegistrering
): Promise<LmsRegistrering> {
	return skriv(() =>
		db.transaction('rw', db.meta, async () => {
			const ny = andra(await hamtaRegistrering(db, registrering));
			await db.meta.put({ nyckel: nyckel(registrering), varde: ny });
			return ny;
		})
	);
}
