import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { oppnaDb, type LssDb } from './db';
import { LagringsFel } from './lagringsfel';
import {
	aktivProfilId,
	hamtaProfil,
	listaProfiler,
	ProfilFel,
	profilIdMedNamn,
	skapaProfil,
	STANDARDPROFIL,
	valjProfil
} from './profiler';

let db: LssDb;
let namn: string;
let nr = 0;

beforeEach(() => {
	namn = `profiler-spec-${process.pid}-${++nr}`;
	db = oppnaDb(namn);
});
afterEach(async () => {
	vi.restoreAllMocks();
	await db.delete();
});

describe('profiles', () => {
	it('start with the default profile only, active', async () => {
		expect(await listaProfiler(db)).toEqual([STANDARDPROFIL]);
		expect(await aktivProfilId(db)).toBe('standard');
		expect(await hamtaProfil(db, 'standard')).toEqual(STANDARDPROFIL);
	});

	it('are created with the name tidied, listed by name after the default, and chosen', async () => {
		const o = await skapaProfil(db, '  Örjan   Berg ', '2025-01-01T00:00:00.000Z');
		const a = await skapaProfil(db, 'Anna');
		expect(o).toMatchObject({ namn: 'Örjan Berg', skapad: '2025-01-01T00:00:00.000Z' });
		expect((await listaProfiler(db)).map((p) => p.namn)).toEqual([
			'Utan namn',
			'Anna',
			'Örjan Berg'
		]);
		await valjProfil(db, a.id);
		expect(await aktivProfilId(db)).toBe(a.id);
		db.close();
		db = oppnaDb(namn);
		expect(await aktivProfilId(db)).toBe(a.id);
	});

	it('refuse an empty, overlong or taken name with a message, writing nothing', async () => {
		await skapaProfil(db, 'Anna');
		const fel = (n: string): Promise<Error> =>
			skapaProfil(db, n).then(
				() => new Error('inte vägrad'),
				(e: unknown) => e as Error
			);
		const tom = await fel('   ');
		expect(tom).toBeInstanceOf(ProfilFel);
		expect(tom.message).toBe('Skriv ett namn för att skapa en profil.');
		expect((await fel('x'.repeat(41))).message).toBe('Namnet får vara högst 40 tecken långt.');
		expect((await fel('anna')).message).toBe(
			'Det finns redan en profil som heter anna. Välj den i listan, eller skriv ett annat namn.'
		);
		expect((await fel('utan NAMN')).message).toContain('Det finns redan en profil');
		expect(await listaProfiler(db)).toHaveLength(2);
	});

	it('tell Anna from Ånna', async () => {
		await skapaProfil(db, 'Anna');
		await expect(skapaProfil(db, 'Ånna')).resolves.toMatchObject({ namn: 'Ånna' });
	});

	it('refuse choosing a profile that does not exist, and fall back from a removed one', async () => {
		await expect(valjProfil(db, 'finns-inte')).rejects.toBeInstanceOf(ProfilFel);
		const a = await skapaProfil(db, 'Anna');
		await valjProfil(db, a.id);
		await db.profiler.delete(a.id);
		expect(await aktivProfilId(db)).toBe('standard');
	});

	it('are found or made by name for an imported attempt', async () => {
		const a = await skapaProfil(db, 'Anna');
		expect(await profilIdMedNamn(db, ' ANNA ')).toBe(a.id);
		const b = await profilIdMedNamn(db, 'Bo');
		expect((await hamtaProfil(db, b))?.namn).toBe('Bo');
		expect(await listaProfiler(db)).toHaveLength(3);
	});

	it('give a LagringsFel on a full disk and keep what was there', async () => {
		vi.spyOn(db.profiler, 'add').mockRejectedValue(
			new DOMException('Kvoten är slut', 'QuotaExceededError')
		);
		await expect(skapaProfil(db, 'Anna')).rejects.toBeInstanceOf(LagringsFel);
		vi.restoreAllMocks();
		expect(await listaProfiler(db)).toEqual([STANDARDPROFIL]);
	});
});
