/**
 * The baseline kundsök is measured against: no index at all. Every person in the register is
 * read and kept if the same matching as the overlay's (`matchar`) says so, then sorted as the hit
 * list shows them. Shared by the Node run and the page Chromium runs, so both scan alike.
 */
import type { SokFraga } from '../../lib/domain/kundsok';
import type { LssDb } from '../../lib/db/db';
import { jamforPersoner, matchar, traff } from '../../lib/db/nycklar';

export async function genomsok(db: LssDb, fraga: SokFraga): Promise<string[]> {
	const alla = await db.kunder.toArray();
	return alla
		.filter((p) => matchar(p, fraga))
		.map(traff)
		.sort(jamforPersoner)
		.map((p) => p.pnr);
}
