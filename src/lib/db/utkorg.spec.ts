import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { oppnaDb, type LssDb, type UtkorgRad } from './db';
import { andraRegistrering, hamtaRegistrering } from './lmsregistrering';
import {
	avvisa,
	laggIUtkorg,
	levererad,
	nastaIUtkorg,
	raknaUtkorg,
	vidSessionsstart
} from './utkorg';

let db: LssDb;
let n = 0;
const ny = () => (db = oppnaDb(`utkorg-${++n}-${Math.random()}`));
afterEach(async () => {
	await db.delete();
});

const rad = (id: string, skapad: string, extra: Partial<UtkorgRad> = {}): UtkorgRad => ({
	id,
	registrering: 'reg',
	endpoint: 'https://lrs.example.com/',
	skapad,
	statement: { id },
	...extra
});

describe('utkorg', () => {
	it('gives statements in skapad order, whatever order they were stored in', async () => {
		ny();
		await laggIUtkorg(db, [
			rad('c', '2026-01-01T10:00:00.003Z'),
			rad('a', '2026-01-01T10:00:00.001Z')
		]);
		await laggIUtkorg(db, [rad('b', '2026-01-01T10:00:00.002Z')]);
		const ordning: string[] = [];
		for (
			let r = await nastaIUtkorg(db, 'https://lrs.example.com/');
			r;
			r = await nastaIUtkorg(db, 'https://lrs.example.com/')
		) {
			ordning.push(r.id);
			await levererad(db, r.id);
		}
		expect(ordning).toEqual(['a', 'b', 'c']);
	});

	it('a refused statement is kept aside and counted, the next one comes', async () => {
		ny();
		await laggIUtkorg(db, [rad('a', '1'), rad('b', '2')]);
		await avvisa(db, 'a', { status: 400, text: 'Bad Request', tid: 't' });
		expect((await nastaIUtkorg(db, 'https://lrs.example.com/'))?.id).toBe('b');
		expect(await raknaUtkorg(db)).toEqual({ vantar: 1, avvisade: 1 });
	});

	it('statements to another LRS wait for a launch with it', async () => {
		ny();
		await laggIUtkorg(db, [rad('a', '1', { endpoint: 'https://annan.example.com/' })]);
		expect(await nastaIUtkorg(db, 'https://lrs.example.com/')).toBeUndefined();
		expect((await raknaUtkorg(db)).vantar).toBe(1);
	});

	it('survives the database being closed and opened again (a reload)', async () => {
		const namn = `utkorg-reload-${Math.random()}`;
		db = oppnaDb(namn);
		await laggIUtkorg(db, [rad('a', '1')]);
		db.close();
		db = oppnaDb(namn);
		expect((await nastaIUtkorg(db, 'https://lrs.example.com/'))?.id).toBe('a');
	});

	it('a pagehide terminated: taken back by its own session, released by the next one', async () => {
		ny();
		await laggIUtkorg(db, [
			rad('t1', '1', { vidStangning: { sessionId: 's1' } }),
			rad('t2', '2', { vidStangning: { sessionId: 's2' } })
		]);
		expect(await nastaIUtkorg(db, 'https://lrs.example.com/')).toBeUndefined();
		await vidSessionsstart(db, 's2');
		const kvar = await db.utkorg.toArray();
		expect(kvar.map((r) => [r.id, r.vidStangning])).toEqual([['t1', undefined]]);
		expect((await nastaIUtkorg(db, 'https://lrs.example.com/'))?.id).toBe('t1');
	});
});

describe('lmsregistrering', () => {
	it('starts empty and keeps what is changed', async () => {
		ny();
		expect(await hamtaRegistrering(db, 'r')).toEqual({
			forsok: [],
			rapporterade: [],
			passed: false,
			completed: false
		});
		await andraRegistrering(db, 'r', (x) => ({ ...x, forsok: [...x.forsok, 'f1'], passed: true }));
		expect(await hamtaRegistrering(db, 'r')).toMatchObject({ forsok: ['f1'], passed: true });
	});
});
