import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { get } from 'svelte/store';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { oppnaDb, UPPDATERAD_ANNANSTANS, UPPGRADERING_BLOCKERAD, type LssDb } from './db';
import { forberedVarld, hamtaVarldInfo, sokKunder } from './kunder';
import { traff } from './nycklar';

let nr = 0;
const oppna: { close(): void }[] = [];
afterEach(() => {
	for (const c of oppna.splice(0)) c.close();
	vi.restoreAllMocks();
});

/** A raw connection to the database as it is now, which ignores any versionchange. */
function radAnslutning(namn: string, version?: number): Promise<IDBDatabase> {
	return new Promise((klar, fel) => {
		const req = version ? indexedDB.open(namn, version) : indexedDB.open(namn);
		req.onsuccess = () => {
			oppna.push(req.result);
			klar(req.result);
		};
		req.onerror = () => fel(req.error);
	});
}

/** The database at version 1, as a tab with the app before profiles left it. */
async function version1(namn: string): Promise<void> {
	const gammal = new Dexie(namn);
	gammal.version(1).stores({
		kunder: 'pnr, fodelsedatum, efternamnNorm, *fornamnDelar, *namnNycklar',
		kir: 'pnr, efternamnNorm',
		forsok: 'id, scenarioId',
		handelser: '[forsokId+seq]',
		utkast: '[forsokId+nyckel]',
		meta: 'nyckel'
	});
	await gammal.table('forsok').put({ id: 'f1', scenarioId: 's' });
	gammal.close();
}

describe('an upgrade and another tab', () => {
	it('closes this tab when another opens a newer version, and asks for a reload', async () => {
		vi.spyOn(console, 'warn').mockImplementation(() => {});
		const db: LssDb = oppnaDb(`uppg-${++nr}`);
		oppna.push(db);
		await db.open();
		expect(get(db.besked)).toBeNull();
		// the other tab's newer app: Dexie's version n is IndexedDB's version 10n
		const nyare = (db.verno + 1) * 10;
		const ny = await radAnslutning(db.name, nyare);
		expect(ny.version).toBe(nyare);
		expect(db.isOpen()).toBe(false);
		expect(get(db.besked)).toBe(UPPDATERAD_ANNANSTANS);
	});

	it('says what to do while version 2 waits for a version-1 connection, then goes on', async () => {
		vi.spyOn(console, 'warn').mockImplementation(() => {});
		const namn = `uppg-${++nr}`;
		await version1(namn);
		const gammal = await radAnslutning(namn);
		expect(gammal.version).toBe(10);

		const db = oppnaDb(namn);
		oppna.push(db);
		const sett: (string | null)[] = [];
		db.besked.subscribe((b) => sett.push(b));
		const oppnad = db.open();
		await vi.waitFor(() => expect(get(db.besked)).toBe(UPPGRADERING_BLOCKERAD));
		expect(db.isOpen()).toBe(false);

		gammal.close();
		await oppnad;
		expect(get(db.besked)).toBeNull();
		expect(sett).toEqual([null, UPPGRADERING_BLOCKERAD, null]);
		// the upgrade ran: the old attempt got the default profile
		expect((await db.forsok.get('f1'))?.profilId).toBe('standard');
	});
});

/** The database at version 2, with a world seeded in the old format (indexes on `kunder`). */
async function version2(namn: string, kund: Record<string, unknown>): Promise<void> {
	const gammal = new Dexie(namn);
	gammal.version(2).stores({
		kunder: 'pnr, fodelsedatum, efternamnNorm, *fornamnDelar, *namnNycklar',
		kir: 'pnr, efternamnNorm',
		forsok: 'id, scenarioId, profilId',
		handelser: '[forsokId+seq]',
		utkast: '[forsokId+nyckel]',
		meta: 'nyckel',
		profiler: 'id, namn'
	});
	await gammal.table('kunder').put(kund);
	await gammal.table('kir').put({ ...kund, pnr: '190001010000' });
	await gammal.table('meta').put({ nyckel: 'varld', varde: { version: 1, kalla: 'standard' } });
	await gammal.table('forsok').put({ id: 'f1', scenarioId: 's', profilId: 'p1' });
	await gammal.table('handelser').put({ forsokId: 'f1', seq: 1, typ: 'x' });
	await gammal.table('profiler').put({ id: 'p1', namn: 'Anna', skapad: '2026-01-01' });
	await gammal.table('meta').put({ nyckel: 'aktivProfil', varde: 'p1' });
	await gammal.table('utkast').put({ forsokId: 'f1', nyckel: 'vy', varde: { flik: 'sov' } });
	gammal.close();
}

describe('version 3: kundsök on its own table', () => {
	it('keeps the trainee’s data, drops the old world and seeds the new one', async () => {
		const namn = `uppg-${++nr}`;
		const { standardVarld } = await import('../world/standard');
		const varld = standardVarld();
		const p = varld.kunder[0];
		await version2(namn, { ...p, efternamnNorm: 'gammal', fodelsedatum: p.pnr.slice(0, 8) });
		const db = oppnaDb(namn);
		oppna.push(db);
		try {
			await db.open();
			expect(await db.forsok.get('f1')).toMatchObject({ profilId: 'p1' });
			expect(await db.handelser.count()).toBe(1);
			expect(await db.profiler.get('p1')).toMatchObject({ namn: 'Anna' });
			// the screen a reload puts back, and the profile in use, are the trainee's too
			expect(await db.utkast.get(['f1', 'vy'])).toMatchObject({ varde: { flik: 'sov' } });
			expect(await db.meta.get('aktivProfil')).toMatchObject({ varde: 'p1' });
			expect(await db.kunder.count()).toBe(0);
			expect(await db.kir.count()).toBe(0);
			expect(await hamtaVarldInfo(db)).toBeUndefined();

			await forberedVarld(db);
			expect(await db.kunder.get(p.pnr)).toEqual(p);
			expect(await db.sokrader.count()).toBe(varld.kunder.length);
			const hits = await sokKunder(db, { form: 'efternamn', efternamnPrefix: 'gammal' }, []);
			expect(hits).toEqual([]);
			const egna = await sokKunder(db, { form: 'personnummer', pnr: p.pnr }, []);
			expect(egna).toEqual([traff(p)]);
		} finally {
			await db.delete();
		}
	});
});

describe('version 4: the LMS outbox and the trainer’s own scenarios', () => {
	it('adds both tables and keeps the trainee’s data', async () => {
		const namn = `uppg-${++nr}`;
		await version2(namn, { pnr: '189001059808' });
		const db = oppnaDb(namn);
		oppna.push(db);
		try {
			await db.open();
			expect(db.verno).toBe(4);
			expect(await db.forsok.get('f1')).toMatchObject({ profilId: 'p1' });
			await db.utkorg.put({
				id: 'u1',
				registrering: 'r1',
				endpoint: 'https://lrs.test/xapi/',
				skapad: '2026-12-02T00:00:00.000Z',
				statement: {}
			});
			await db.egnaScenarier.put({
				id: 'eget',
				kalla: 'egen',
				filer: { 'index.md': '---\n---\n' },
				sparad: '2026-12-02T00:00:00.000Z'
			});
			expect(await db.utkorg.where('registrering').equals('r1').count()).toBe(1);
			expect(await db.egnaScenarier.where('kalla').equals('egen').count()).toBe(1);
		} finally {
			await db.delete();
		}
	});
});
