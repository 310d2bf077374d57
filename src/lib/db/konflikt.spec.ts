import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Handelse } from '../domain/handelser';
import { oppnaDb } from './db';
import { hamtaHandelser, KonfliktFel, laggTillHandelser, skapaForsok } from './forsok';

const db = oppnaDb(`konflikt-${crypto.randomUUID()}`);
afterEach(async () => {
	await db.handelser.clear();
});

const oppnad = (pnr: string): Handelse => ({ typ: 'KundOppnad', pnr });

describe('laggTillHandelser with the seq the writer has seen', () => {
	it('refuses a write when another writer stored after it, and keeps what was stored', async () => {
		const f = await skapaForsok(db, 's', 1);
		// two tabs read the attempt at seq 0; the first saves, the second must not
		await laggTillHandelser(db, f.id, [oppnad('19790407-9295')], undefined, 0);
		await expect(
			laggTillHandelser(db, f.id, [oppnad('19790407-9295')], undefined, 0)
		).rejects.toBeInstanceOf(KonfliktFel);
		expect((await hamtaHandelser(db, f.id)).map((h) => h.seq)).toEqual([1]);
		// with the seq read anew it goes in
		await laggTillHandelser(db, f.id, [oppnad('19790407-9295')], undefined, 1);
		expect((await hamtaHandelser(db, f.id)).map((h) => h.seq)).toEqual([1, 2]);
	});

	it('says in Swedish what happened and what to do', () => {
		expect(new KonfliktFel().message).toMatch(/annan flik.*sparades inte.*en flik i taget/);
	});
});
