/**
 * The world's seeding as the pages show it. A page with the mock opens without waiting for the
 * world: the seeding runs in a worker (or here, where there is none: unit tests), the register's
 * reads wait for it (varldKlar in db/kunder.ts), and the mock says in a status line that it runs
 * and how far it has come.
 */
import {
	lagringsmeddelande,
	seedaVarld,
	seedningPagar,
	varldenArAktuell,
	type LssDb
} from '$lib/db';
import type { SeedningsBud } from './seedning.worker';

class Seedning {
	/** True from when the seeding is found needed until the world is in. */
	pagar = $state(false);
	klara = $state(0);
	totalt = $state(0);
	/** Why the last seeding failed, in Swedish; the previous world (if any) is still there. */
	fel = $state<string | null>(null);
}

export const seedning = new Seedning();

const pagaende = new WeakMap<LssDb, Promise<void>>();

/** Starts seeding unless the world is there or a seeding runs; never rejects (see `fel`). */
export function startaSeedning(db: LssDb): Promise<void> {
	let p = pagaende.get(db);
	if (!p) {
		p = seedningPagar(db, kor(db)).finally(() => pagaende.delete(db));
		pagaende.set(db, p);
	}
	return p;
}

async function kor(db: LssDb): Promise<void> {
	seedning.fel = null;
	try {
		if (await varldenArAktuell(db)) return;
		// where a module worker cannot start (none in Node; an older browser), seed here instead
		// (seedaVarld, not forberedVarld: this seeding is marked running already, in startaSeedning)
		const iTraden = () => seedaVarld(db, { borjar, framsteg });
		if (typeof Worker === 'undefined') await iTraden();
		else await iArbetare(db.name).catch(iTraden);
	} catch (e) {
		seedning.fel = lagringsmeddelande(e);
	} finally {
		seedning.pagar = false;
	}
}

function borjar() {
	seedning.pagar = true;
	seedning.klara = seedning.totalt = 0;
}

function framsteg(klara: number, totalt: number) {
	seedning.klara = klara;
	seedning.totalt = totalt;
}

function iArbetare(namn: string): Promise<void> {
	return new Promise((klar, fel) => {
		const w = new Worker(new URL('./seedning.worker.ts', import.meta.url), { type: 'module' });
		const sluta = () => w.terminate();
		w.onmessage = (e: MessageEvent<SeedningsBud>) => {
			const b = e.data;
			if (b.typ === 'borjar') borjar();
			else if (b.typ === 'framsteg') framsteg(b.klara, b.totalt);
			else if (b.typ === 'klar') {
				sluta();
				klar();
			} else {
				sluta();
				seedning.fel = b.fel;
				klar();
			}
		};
		w.onerror = (e) => {
			sluta();
			e.preventDefault();
			fel(new Error(`arbetaren startade inte: ${e.message}`));
		};
		w.postMessage({ namn });
	});
}
