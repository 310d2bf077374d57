/**
 * The benchmark's page in Chromium (bundled by kundsok-chromium.ts, served on the app's origin):
 * kundsök and seeding on Chromium's own IndexedDB. Node sends the questions and reads back the
 * figures; each timing is taken here, in the page, so Playwright's round trips are not in it.
 */
import type { SokFraga } from '../../lib/domain/kundsok';
import { oppnaDb, type LssDb } from '../../lib/db/db';
import { forberedVarld, sokKunder } from '../../lib/db/kunder';
import { mat, tid, type Matning } from './figur';
import { genomsok } from './genomsokning';

export interface KundsokSida {
	/** Seeds the shipped world into a new database, as a first visit does; ms. */
	seeda(namn: string): Promise<number>;
	/** Seeds a world from `pnrs` (no KIR) to search in; how many customers it holds. */
	forbered(namn: string, pnrs: string[]): Promise<number>;
	/** Times each question by index (`sokKunder`) or by a full scan. */
	mat(
		namn: string,
		fragor: SokFraga[],
		satt: 'index' | 'skanning',
		antal: number
	): Promise<Matning>;
	/** The hits' personnummer both ways, so the run can check they agree. */
	jamfor(namn: string, fraga: SokFraga): Promise<[string[], string[]]>;
	stang(namn: string): Promise<void>;
}

const oppna = new Map<string, LssDb>();

const sida: KundsokSida = {
	async seeda(namn) {
		const db = oppnaDb(namn);
		try {
			await db.open();
			return await tid(() => forberedVarld(db));
		} finally {
			await db.delete();
		}
	},
	async forbered(namn, pnrs) {
		const db = oppnaDb(namn);
		oppna.set(namn, db);
		await forberedVarld(db, { pnrs, antalKir: 0 });
		return db.kunder.count();
	},
	async mat(namn, fragor, satt, antal) {
		const db = oppna.get(namn)!;
		const kor =
			satt === 'index'
				? (i: number) => sokKunder(db, fragor[i % fragor.length], [])
				: (i: number) => genomsok(db, fragor[i % fragor.length]);
		return mat(antal, kor, satt === 'index' ? 10 : 2);
	},
	async jamfor(namn, fraga) {
		const db = oppna.get(namn)!;
		const index = (await sokKunder(db, fraga, [])).map((p) => p.pnr);
		return [index, await genomsok(db, fraga)];
	},
	async stang(namn) {
		await oppna.get(namn)?.delete();
		oppna.delete(namn);
	}
};

(globalThis as unknown as { bench: KundsokSida }).bench = sida;
