import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { hamtaVarldInfo, oppnaDb, sokKunder } from '$lib/db';
import { seedning, startaSeedning } from './varld.svelte';

let nr = 0;
const namn = () => `varld-spec-${process.pid}-${++nr}`;
afterEach(() => vi.restoreAllMocks());

describe('seeding while the page shows (no worker in Node: on this thread)', () => {
	it('says it runs and how far, and a search made meanwhile waits for the whole world', async () => {
		const db = oppnaDb(namn());
		try {
			// what the status line would show as each batch of rows is written
			const sett: [boolean, number][] = [];
			const put = db.sokrader.bulkPut.bind(db.sokrader);
			vi.spyOn(db.sokrader, 'bulkPut').mockImplementation((...a) => {
				sett.push([seedning.pagar, seedning.klara]);
				return put(...a);
			});
			const seedas = startaSeedning(db);
			expect(startaSeedning(db)).toBe(seedas);
			const svar = sokKunder(db, { form: 'efternamn', efternamnPrefix: 'a' }, []);
			await seedas;
			expect(sett.length).toBeGreaterThan(1);
			expect(sett.every(([pagar]) => pagar)).toBe(true);
			expect(sett.map(([, klara]) => klara)).toEqual(
				[...sett.map(([, k]) => k)].sort((a, b) => a - b)
			);
			expect(seedning.pagar).toBe(false);
			expect(seedning.fel).toBeNull();
			expect(seedning.klara).toBe(seedning.totalt);
			expect((await hamtaVarldInfo(db))?.antalKunder).toBe(seedning.totalt);
			expect((await svar).length).toBeGreaterThan(0);
			// a second load finds the world there and says nothing
			await startaSeedning(db);
			expect(seedning.pagar).toBe(false);
		} finally {
			await db.delete();
		}
	});

	it('says why in Swedish when the disk is full, and never rejects', async () => {
		const db = oppnaDb(namn());
		try {
			vi.spyOn(db.kir, 'bulkPut').mockRejectedValue(
				new DOMException('Kvoten är slut', 'QuotaExceededError')
			);
			await expect(startaSeedning(db)).resolves.toBeUndefined();
			expect(seedning.fel).toMatch(/^Webbläsarens lagring är full\./);
			expect(seedning.pagar).toBe(false);
		} finally {
			await db.delete();
		}
	});
});
