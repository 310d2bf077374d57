import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Handelse, LagradHandelse } from '../domain/handelser';
import { oppnaDb, type ForsokRad, type LssDb } from './db';
import {
	hamtaForsok,
	hamtaHandelser,
	hamtaUtkast,
	importeraForsok,
	laggTillHandelser,
	listaForsok,
	markeraInlamnat,
	hamtaSandlada,
	profilFor,
	raderaUtkast,
	SANDLADA_ID,
	skapaForsok,
	slangForsok,
	sparaResultat,
	sparaUtkast
} from './forsok';
import { importeraFramsteg } from './framsteg';
import { LagringsFel } from './lagringsfel';
import { aktivProfilId, listaProfiler, skapaProfil, valjProfil } from './profiler';
import { Dexie } from 'dexie';

let db: LssDb;
let namn: string;
let nr = 0;

beforeEach(() => {
	namn = `forsok-spec-${process.pid}-${++nr}`;
	db = oppnaDb(namn);
});
afterEach(async () => {
	vi.restoreAllMocks();
	await db.delete();
});

const sokt = (fraga: string): Handelse => ({
	typ: 'KundSokt',
	fraga,
	arhundrade: '19',
	form: 'efternamn',
	traffar: []
});
const oppnad = (pnr: string): Handelse => ({ typ: 'KundOppnad', pnr });
const kvotfel = new DOMException('Kvoten är slut', 'QuotaExceededError');

describe('attempts', () => {
	it('are created, read and listed per scenario, newest first', async () => {
		const a = await skapaForsok(db, 'ny-kund-kir', 1, '2025-01-01T10:00:00.000Z');
		const b = await skapaForsok(db, 'ny-kund-kir', 2, '2025-01-02T10:00:00.000Z');
		const c = await skapaForsok(db, 'annat', 1);
		expect(a.status).toBe('pagar');
		expect(await hamtaForsok(db, a.id)).toEqual(a);
		expect(await listaForsok(db, 'ny-kund-kir')).toEqual([b, a]);
		expect((await listaForsok(db)).map((f) => f.id).sort()).toEqual([a.id, b.id, c.id].sort());
	});

	it('keep their events in order, numbered on across calls and across a reopen', async () => {
		const f = await skapaForsok(db, 's', 1);
		const annat = await skapaForsok(db, 's', 1);
		const forsta = await laggTillHandelser(db, f.id, [sokt('a*'), oppnad('191202119150')], 't1');
		await laggTillHandelser(db, annat.id, [sokt('x*')]);
		expect(forsta.map((h) => h.seq)).toEqual([1, 2]);
		db.close();
		db = oppnaDb(namn);
		const andra = await laggTillHandelser(db, f.id, [sokt('b*')], 't2');
		expect(andra).toEqual([{ ...sokt('b*'), seq: 3, tid: 't2' }]);
		const alla = await hamtaHandelser(db, f.id);
		expect(alla).toEqual([
			{ ...sokt('a*'), seq: 1, tid: 't1' },
			{ ...oppnad('191202119150'), seq: 2, tid: 't1' },
			{ ...sokt('b*'), seq: 3, tid: 't2' }
		]);
		expect((await hamtaHandelser(db, annat.id)).map((h) => h.seq)).toEqual([1]);
	});

	it('take no events once handed in', async () => {
		const f = await skapaForsok(db, 's', 1);
		await markeraInlamnat(db, f.id, '2025-01-01T12:00:00.000Z');
		expect(await hamtaForsok(db, f.id)).toMatchObject({
			status: 'inlamnat',
			inlamnad: '2025-01-01T12:00:00.000Z'
		});
		await expect(laggTillHandelser(db, f.id, [sokt('a*')])).rejects.toThrow(/redan inlämnat/);
		await expect(laggTillHandelser(db, 'finns-inte', [sokt('a*')])).rejects.toThrow(/finns inte/);
	});

	it('are imported as a new attempt with their events', async () => {
		const f = await skapaForsok(db, 's', 3);
		const handelser = await laggTillHandelser(db, f.id, [sokt('a*'), oppnad('191202119150')]);
		const ny = await importeraForsok(db, { ...f, status: 'inlamnat' }, [...handelser].reverse());
		expect(ny.id).not.toBe(f.id);
		expect(ny).toMatchObject({ scenarioId: 's', scenarioVersion: 3, status: 'inlamnat' });
		expect(await hamtaHandelser(db, ny.id)).toEqual(handelser);
		const dubbel = [handelser[0], { ...handelser[1], seq: 1 }];
		await expect(importeraForsok(db, f, dubbel)).rejects.toThrow(/samma ordningsnummer/);
	});
});

describe('a progress file imported (Exportera alla försök)', () => {
	it("files every attempt under the file's profile, made active; one it already has is left", async () => {
		const f = await skapaForsok(db, 's', 1, '2025-01-01T10:00:00.000Z');
		const handelser = await laggTillHandelser(db, f.id, [sokt('a*'), oppnad('191202119150')]);
		const rad = { scenarioId: 's', scenarioVersion: 1, status: 'pagar' as const };
		const fil: { rad: Omit<ForsokRad, 'id'>; handelser: LagradHandelse[] }[] = [
			{ rad: { ...rad, startad: '2025-01-01T10:00:00.000Z' }, handelser },
			{
				rad: { ...rad, startad: '2025-01-02T10:00:00.000Z', status: 'inlamnat' as const },
				handelser
			}
		];
		// started at the same moment but another attempt (more events): not the same
		fil.push({ rad: fil[0].rad, handelser: [...handelser, { ...sokt('b*'), seq: 3, tid: 't' }] });
		const forsta = await importeraFramsteg(db, fil, 'Ada');
		expect(forsta.importerade).toHaveLength(3);
		expect(forsta.fanns).toBe(0);
		expect(await aktivProfilId(db)).toBe(forsta.profilId);
		expect(await listaForsok(db, undefined, forsta.profilId)).toHaveLength(3);
		expect(await hamtaHandelser(db, forsta.importerade[1].id)).toEqual(handelser);
		// the same file again: nothing doubled
		const igen = await importeraFramsteg(db, fil, 'Ada');
		expect(igen).toMatchObject({ importerade: [], fanns: 3, profilId: forsta.profilId });
		expect(await listaForsok(db, undefined, forsta.profilId)).toHaveLength(3);
		// without a name, into the active profile, where the first one's twin is new
		await valjProfil(db, profilFor(f));
		const utan = await importeraFramsteg(db, fil);
		expect(utan).toMatchObject({ fanns: 1, profilId: profilFor(f) });
		expect(utan.importerade).toHaveLength(2);
	});

	it('stores nothing when the disk is full', async () => {
		vi.spyOn(db.handelser, 'bulkAdd').mockRejectedValueOnce(kvotfel);
		const rad = { scenarioId: 's', scenarioVersion: 1, status: 'pagar' as const };
		await expect(
			importeraFramsteg(
				db,
				[{ rad: { ...rad, startad: '2025-01-01T10:00:00.000Z' }, handelser: [] }],
				'Bo'
			)
		).rejects.toBeInstanceOf(LagringsFel);
		expect(await listaForsok(db)).toEqual([]);
		expect((await listaProfiler(db)).map((p) => p.namn)).not.toContain('Bo');
	});
});

describe('drafts', () => {
	it('round-trip per attempt and key, and are deleted one or all', async () => {
		const data = { fornamn: 'Tove', datum: '2025-01-01', rader: [1, 2] };
		await sparaUtkast(db, 'f1', 'kontakt', data);
		await sparaUtkast(db, 'f1', 'aktualisering', { typ: 'x' });
		await sparaUtkast(db, 'f2', 'kontakt', { annat: true });
		expect(await hamtaUtkast(db, 'f1', 'kontakt')).toEqual(data);
		await sparaUtkast(db, 'f1', 'kontakt', { fornamn: 'Li' });
		expect(await hamtaUtkast(db, 'f1', 'kontakt')).toEqual({ fornamn: 'Li' });
		await raderaUtkast(db, 'f1', 'kontakt');
		expect(await hamtaUtkast(db, 'f1', 'kontakt')).toBeUndefined();
		expect(await hamtaUtkast(db, 'f1', 'aktualisering')).toEqual({ typ: 'x' });
		await raderaUtkast(db, 'f1');
		expect(await hamtaUtkast(db, 'f1', 'aktualisering')).toBeUndefined();
		expect(await hamtaUtkast(db, 'f2', 'kontakt')).toEqual({ annat: true });
	});
});

describe('a full disk', () => {
	it('gives a LagringsFel and keeps the events saved before', async () => {
		const f = await skapaForsok(db, 's', 1);
		await laggTillHandelser(db, f.id, [sokt('a*')]);
		vi.spyOn(db.handelser, 'bulkAdd').mockRejectedValue(kvotfel);
		const fel = await laggTillHandelser(db, f.id, [sokt('b*')]).catch((e) => e);
		expect(fel).toBeInstanceOf(LagringsFel);
		expect(fel.message).toContain('Webbläsarens lagring är full. Det du gjort hittills är sparat');
		expect(fel.message).toContain('försök igen');
		vi.restoreAllMocks();
		expect(
			(await hamtaHandelser(db, f.id)).map((h) => (h.typ === 'KundSokt' ? h.fraga : h.typ))
		).toEqual(['a*']);
		expect((await laggTillHandelser(db, f.id, [sokt('c*')]))[0].seq).toBe(2);
	});

	it('rolls back a half-written import', async () => {
		const f = await skapaForsok(db, 's', 1);
		const handelser = await laggTillHandelser(db, f.id, [sokt('a*')]);
		vi.spyOn(db.handelser, 'bulkAdd').mockRejectedValue(kvotfel);
		await expect(importeraForsok(db, f, handelser)).rejects.toBeInstanceOf(LagringsFel);
		expect(await listaForsok(db)).toEqual([f]);
	});

	it('gives a LagringsFel for a draft that does not fit', async () => {
		vi.spyOn(db.utkast, 'put').mockRejectedValue(kvotfel);
		await expect(sparaUtkast(db, 'f', 'k', {})).rejects.toBeInstanceOf(LagringsFel);
	});
});

describe('profiles', () => {
	it('file a new attempt under the profile active now, or the one given', async () => {
		const a = await skapaForsok(db, 's', 1, '2025-01-01T00:00:00.000Z');
		expect(a.profilId).toBe('standard');
		const anna = await skapaProfil(db, 'Anna');
		await valjProfil(db, anna.id);
		const b = await skapaForsok(db, 's', 1, '2025-01-02T00:00:00.000Z', 'prov');
		const c = await skapaForsok(db, 's', 1, '2025-01-03T00:00:00.000Z', undefined, 'standard');
		expect(b).toMatchObject({ profilId: anna.id, lage: 'prov' });
		expect(await listaForsok(db, undefined, anna.id)).toEqual([b]);
		expect((await listaForsok(db, 's', 'standard')).map((f) => f.id)).toEqual([c.id, a.id]);
	});

	it('count an attempt with no profile as the default one', () => {
		expect(profilFor({})).toBe('standard');
		expect(profilFor({ profilId: 'p' })).toBe('p');
	});

	it('keep a Prov result with its rules', async () => {
		const f = await skapaForsok(db, 's', 1, undefined, 'prov');
		const regler = [{ id: 'S2', avsnitt: 'Söka fram kund', vad: 'Rätt kund', ratt: true }];
		await sparaResultat(db, f.id, { godkand: true, andel: 1, regler });
		expect((await hamtaForsok(db, f.id))?.resultat).toEqual({ godkand: true, andel: 1, regler });
	});
});

describe('version 2 of the database', () => {
	it('gives the attempts of a version 1 database the default profile, keeping their events', async () => {
		const gammalNamn = `${namn}-v1`;
		const v1 = new Dexie(gammalNamn);
		v1.version(1).stores({
			kunder: 'pnr, fodelsedatum, efternamnNorm, *fornamnDelar, *namnNycklar',
			kir: 'pnr, efternamnNorm',
			forsok: 'id, scenarioId',
			handelser: '[forsokId+seq]',
			utkast: '[forsokId+nyckel]',
			meta: 'nyckel'
		});
		await v1.table('forsok').add({
			id: 'gammal',
			scenarioId: 's',
			scenarioVersion: 1,
			startad: '2024-01-01T00:00:00.000Z',
			status: 'pagar'
		});
		await v1.table('handelser').add({ ...sokt('a*'), seq: 1, tid: 't', forsokId: 'gammal' });
		v1.close();
		const ny = oppnaDb(gammalNamn);
		try {
			expect((await hamtaForsok(ny, 'gammal'))?.profilId).toBe('standard');
			expect(await listaForsok(ny, undefined, 'standard')).toHaveLength(1);
			expect(await hamtaHandelser(ny, 'gammal')).toHaveLength(1);
			expect(await ny.profiler.count()).toBe(0);
		} finally {
			await ny.delete();
		}
	});
});

describe('Släng försöket', () => {
	it('deletes the attempt, its events and its drafts, and nothing of another attempt', async () => {
		const f = await skapaForsok(db, 's', 1);
		const annat = await skapaForsok(db, 's', 1);
		await laggTillHandelser(db, f.id, [sokt('a*'), oppnad('191202119150')]);
		await laggTillHandelser(db, annat.id, [sokt('x*')]);
		await sparaUtkast(db, f.id, 'vy', { flik: 'sov' });
		await sparaUtkast(db, annat.id, 'vy', { flik: 'minaSidor' });
		await slangForsok(db, f.id);
		expect(await hamtaForsok(db, f.id)).toBeUndefined();
		expect(await hamtaHandelser(db, f.id)).toEqual([]);
		expect(await hamtaUtkast(db, f.id, 'vy')).toBeUndefined();
		expect(await hamtaHandelser(db, annat.id)).toHaveLength(1);
		expect(await hamtaUtkast(db, annat.id, 'vy')).toEqual({ flik: 'minaSidor' });
	});

	it('is one transaction: a failure at the last step leaves the attempt whole', async () => {
		const f = await skapaForsok(db, 's', 1);
		await laggTillHandelser(db, f.id, [sokt('a*')]);
		await sparaUtkast(db, f.id, 'vy', 1);
		vi.spyOn(db.forsok, 'delete').mockRejectedValue(kvotfel);
		await expect(slangForsok(db, f.id)).rejects.toBeInstanceOf(LagringsFel);
		vi.restoreAllMocks();
		expect(await hamtaForsok(db, f.id)).toBeDefined();
		expect(await hamtaHandelser(db, f.id)).toHaveLength(1);
		expect(await hamtaUtkast(db, f.id, 'vy')).toBe(1);
	});
});

describe('the sandbox', () => {
	it('has one attempt per profile, listed nowhere, and a new one after it is slängt', async () => {
		const a = await hamtaSandlada(db, 'standard');
		expect(a).toMatchObject({ scenarioId: SANDLADA_ID, status: 'pagar', profilId: 'standard' });
		expect(await hamtaSandlada(db, 'standard')).toEqual(a);
		const annan = await hamtaSandlada(db, 'p');
		expect(annan.id).not.toBe(a.id);
		expect(await listaForsok(db)).toEqual([]);
		await slangForsok(db, a.id);
		const ny = await hamtaSandlada(db, 'standard');
		expect(ny.id).not.toBe(a.id);
		expect(await hamtaHandelser(db, ny.id)).toEqual([]);
	});
});

describe('importing to a profile', () => {
	it("goes to the file's trainee's profile, made and made active, or to the active one", async () => {
		const f = await skapaForsok(db, 's', 1);
		const handelser = await laggTillHandelser(db, f.id, [sokt('a*')]);
		const utan = await importeraForsok(db, f, handelser);
		expect(utan.profilId).toBe('standard');
		const anna = await importeraForsok(db, f, handelser, 'Anna');
		const profil = (await listaProfiler(db)).find((p) => p.namn === 'Anna');
		expect(anna.profilId).toBe(profil?.id);
		expect(await aktivProfilId(db)).toBe(profil?.id);
		const igen = await importeraForsok(db, f, handelser, 'anna');
		expect(igen.profilId).toBe(profil?.id);
		expect(await listaProfiler(db)).toHaveLength(2);
	});

	it('leaves no new profile behind when the attempt cannot be stored', async () => {
		const f = await skapaForsok(db, 's', 1);
		const handelser = await laggTillHandelser(db, f.id, [sokt('a*')]);
		vi.spyOn(db.handelser, 'bulkAdd').mockRejectedValue(kvotfel);
		await expect(importeraForsok(db, f, handelser, 'Bo')).rejects.toBeInstanceOf(LagringsFel);
		vi.restoreAllMocks();
		expect(await listaProfiler(db)).toHaveLength(1);
		expect(await aktivProfilId(db)).toBe('standard');
	});
});
