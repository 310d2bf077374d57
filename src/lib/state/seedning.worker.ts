/**
 * Seeds the world in a worker (varld.svelte.ts starts it): generating 1,500 people and cloning
 * them into IndexedDB then takes none of the main thread's time, so the exercise page paints
 * while it runs. Imports the db modules directly, not `$lib/db`, to load only what seeding needs.
 */
import { oppnaDb } from '$lib/db/db';
import { forberedVarld } from '$lib/db/kunder';
import { lagringsmeddelande } from '$lib/db/lagringsfel';

/** What the worker says: progress, then done or the Swedish message of why it failed. */
export type SeedningsBud =
	| { typ: 'borjar' }
	| { typ: 'framsteg'; klara: number; totalt: number }
	| { typ: 'klar' }
	| { typ: 'fel'; fel: string };

const svara = (b: SeedningsBud) => postMessage(b);

onmessage = async (e: MessageEvent<{ namn: string }>) => {
	const db = oppnaDb(e.data.namn);
	try {
		await forberedVarld(db, {
			borjar: () => svara({ typ: 'borjar' }),
			framsteg: (klara, totalt) => svara({ typ: 'framsteg', klara, totalt })
		});
		svara({ typ: 'klar' });
	} catch (fel) {
		svara({ typ: 'fel', fel: lagringsmeddelande(fel) });
	} finally {
		db.close();
	}
};
