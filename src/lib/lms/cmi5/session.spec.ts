import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { oppnaDb, type LssDb } from '../../db';
import { rapportAv } from '../testdata';
import { falskLms, minne } from './falsk-lms';
import { Cmi5Session } from './session';
import { LmsFel } from './klient';

let db: LssDb;
afterEach(async () => {
	await db?.delete();
});
const nyDb = () => (db = oppnaDb(`cmi5-${Math.random()}`));

async function inlamnat(s: Cmi5Session, forsok: string, id = 'f1') {
	const { scenario, rapport } = rapportAv('ledsagarservice-ny-kund', forsok);
	await s.nyttForsok(id);
	return s.rapportera({
		forsokId: id,
		startad: '2026-01-01T10:00:00.000Z',
		inlamnad: '2026-01-01T10:12:00.000Z',
		scenario,
		rapport
	});
}

describe('Cmi5Session', () => {
	it('a Prov in Normal mode: initialized, answered…, passed, completed, terminated, in order', async () => {
		nyDb();
		const lms = falskLms();
		const s = await Cmi5Session.starta(lms.start, { db, hamta: lms.hamta, lagring: minne() });
		expect(s.lage).toBe('normal');
		expect(s.returnURL).toBe('https://lms.example.com/kurs');
		expect(await inlamnat(s, 'pass-facit')).toEqual({ rapporterad: true, godkand: true });
		await s.avsluta();
		const v = lms.verb();
		expect(v[0]).toBe('initialized');
		expect(v.slice(-3)).toEqual(['passed', 'completed', 'terminated']);
		expect(v.slice(1, -3).every((x) => x === 'answered')).toBe(true);
		expect(await db.utkorg.count()).toBe(0);
		// every statement carries the LMS's session id and registration
		for (const st of lms.statements.values()) {
			expect(st.context?.registration).toBe(lms.start.registration);
			expect(
				st.context?.extensions?.['https://w3id.org/xapi/cmi5/context/extensions/sessionid']
			).toBe('sess-1');
		}
	});

	it('a reload keeps the session: no second POST to the fetch URL, no second initialized', async () => {
		nyDb();
		const lms = falskLms();
		const lagring = minne();
		await Cmi5Session.starta(lms.start, { db, hamta: lms.hamta, lagring });
		const igen = await Cmi5Session.starta(lms.start, { db, hamta: lms.hamta, lagring });
		expect(lms.anrop.filter((a) => a === 'POST /token')).toHaveLength(1);
		expect(igen.sessionId).toBe('sess-1');
		expect(lms.verb()).toEqual(['initialized']);
	});

	it('offline at hand-in: everything waits in the outbox and goes once when online', async () => {
		nyDb();
		const lms = falskLms();
		const lagring = minne();
		const s = await Cmi5Session.starta(lms.start, { db, hamta: lms.hamta, lagring });
		lms.natet(false);
		await inlamnat(s, 'fail-nyckelkod-omrade-gift');
		await s.avsluta();
		expect(lms.verb()).toEqual(['initialized']);
		const vantar = await db.utkorg.count();
		expect(vantar).toBeGreaterThan(3);
		lms.natet(true);
		await s.skickaNu();
		const v = lms.verb();
		expect(v.slice(-3)).toEqual(['failed', 'completed', 'terminated']);
		expect(lms.statements.size).toBe(vantar + 1);
	});

	it('the pagehide terminated is taken back on reload, so the session goes on', async () => {
		nyDb();
		const lms = falskLms();
		const lagring = minne();
		const s = await Cmi5Session.starta(lms.start, { db, hamta: lms.hamta, lagring });
		await s.vidStangning();
		expect(await db.utkorg.count()).toBe(1);
		await Cmi5Session.starta(lms.start, { db, hamta: lms.hamta, lagring });
		expect(await db.utkorg.count()).toBe(0);
		expect(lms.verb()).toEqual(['initialized']);
	});

	it('a closed tab: its terminated goes with the next launch, before the new initialized', async () => {
		nyDb();
		const lms = falskLms();
		const s = await Cmi5Session.starta(lms.start, { db, hamta: lms.hamta, lagring: minne() });
		lms.natet(false);
		await s.vidStangning();
		lms.natet(true);
		// a new launch: new fetch URL, fresh sessionStorage, a new session id from the LMS
		const ny = falskLms({
			contextTemplate: {
				extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': 'sess-2' }
			}
		});
		await Cmi5Session.starta(
			{ ...ny.start, fetch: 'https://lms.example.com/token?k=2' },
			{
				db,
				hamta: async (u, i) =>
					String(u).includes('k=2') ? ny.hamta(ny.start.fetch, i) : ny.hamta(u, i),
				lagring: minne()
			}
		);
		const sessioner = [...ny.statements.values()]
			.sort((a, b) => a.timestamp!.localeCompare(b.timestamp!))
			.map(
				(x) =>
					`${x.verb.id.split('/').at(-1)}:${String(x.context?.extensions?.['https://w3id.org/xapi/cmi5/context/extensions/sessionid'])}`
			);
		expect(sessioner).toEqual(['terminated:sess-1', 'initialized:sess-2']);
	});

	it('Browse: nothing but initialized and terminated', async () => {
		nyDb();
		const lms = falskLms({ launchMode: 'Browse' });
		const s = await Cmi5Session.starta(lms.start, { db, hamta: lms.hamta, lagring: minne() });
		expect(await inlamnat(s, 'pass-facit')).toEqual({ rapporterad: false, varfor: 'lage' });
		await s.avsluta();
		expect(lms.verb()).toEqual(['initialized', 'terminated']);
	});

	it('one verdict per session, and no passed or completed twice in a registration', async () => {
		nyDb();
		const lms = falskLms({ masteryScore: 0.5 });
		const s = await Cmi5Session.starta(lms.start, { db, hamta: lms.hamta, lagring: minne() });
		expect(await inlamnat(s, 'pass-facit')).toEqual({
			rapporterad: true,
			godkand: true,
			masteryScore: 0.5
		});
		expect(await inlamnat(s, 'pass-facit', 'f2')).toEqual({ rapporterad: false, varfor: 'redan' });
		expect(lms.verb().filter((v) => v === 'passed')).toHaveLength(1);
	});

	it('a fetch URL used before: the trainee is told, in Swedish', async () => {
		nyDb();
		const lms = falskLms();
		await Cmi5Session.starta(lms.start, { db, hamta: lms.hamta, lagring: minne() });
		const fel = await Cmi5Session.starta(lms.start, {
			db,
			hamta: lms.hamta,
			lagring: minne()
		}).catch((e: unknown) => e);
		expect(fel).toBeInstanceOf(LmsFel);
		expect((fel as Error).message).toMatch(/redan använts/);
	});
});
