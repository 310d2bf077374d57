import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { laggIUtkorg, oppnaDb, type LssDb } from '../db';
import { UtkorgSandare, type Sandstatus } from './sandare';

const EP = 'https://lrs.example.com/xapi/';
let db: LssDb;
afterEach(async () => {
	await db?.delete();
});

/** An LRS that stores statements by id, answering 204 or 409 as xAPI says, or failing on cue. */
function lrs() {
	const lagrade = new Map<string, string>();
	const anrop: { url: string; init: RequestInit }[] = [];
	let fel: 'nat' | number | null = null;
	const hamta = (async (url: string, init: RequestInit) => {
		anrop.push({ url, init });
		if (fel === 'nat') throw new TypeError('Failed to fetch');
		if (typeof fel === 'number') return new Response('nej', { status: fel });
		const id = new URL(url).searchParams.get('statementId')!;
		const kropp = String(init.body);
		if (lagrade.has(id))
			return new Response(null, { status: lagrade.get(id) === kropp ? 204 : 409 });
		lagrade.set(id, kropp);
		return new Response(null, { status: 204 });
	}) as unknown as typeof fetch;
	return { lagrade, anrop, hamta, satt: (f: typeof fel) => (fel = f) };
}

async function fyll(n: number) {
	db = oppnaDb(`sandare-${Math.random()}`);
	await laggIUtkorg(
		db,
		Array.from({ length: n }, (_, i) => ({
			id: `id-${i}`,
			registrering: 'r',
			endpoint: EP,
			skapad: `2026-01-01T10:00:00.00${i}Z`,
			statement: { id: `id-${i}`, n: i }
		}))
	);
}

function sandare(l: ReturnType<typeof lrs>, token: string | null = 'dG9r') {
	const timers: { ms: number; gor: () => void }[] = [];
	const status: Sandstatus[] = [];
	const s = new UtkorgSandare({
		db,
		endpoint: EP,
		token: () => token,
		hamta: l.hamta,
		andrad: (x) => status.push(x),
		vanta: (ms, gor) => {
			timers.push({ ms, gor });
			return () => undefined;
		}
	});
	return { s, timers, status };
}

describe('UtkorgSandare', () => {
	it('PUTs each statement by its id, in order, with the cmi5 headers, and empties the outbox', async () => {
		await fyll(3);
		const l = lrs();
		const { s, status } = sandare(l);
		await s.skicka();
		expect(l.anrop.map((a) => new URL(a.url).searchParams.get('statementId'))).toEqual([
			'id-0',
			'id-1',
			'id-2'
		]);
		expect(l.anrop[0].url.startsWith(`${EP}statements?`)).toBe(true);
		expect(l.anrop[0].init.method).toBe('PUT');
		expect(l.anrop[0].init.headers).toMatchObject({
			Authorization: 'Basic dG9r',
			'X-Experience-API-Version': '1.0.3',
			'Content-Type': 'application/json'
		});
		expect(await db.utkorg.count()).toBe(0);
		expect(status.at(-1)).toEqual({ vantar: 0, avvisade: 0, lage: 'vilar' });
	});

	it('offline: stops at the first failure, keeps the rest, tries again later with a longer pause', async () => {
		await fyll(3);
		const l = lrs();
		l.satt('nat');
		const { s, timers, status } = sandare(l);
		await s.skicka();
		expect(l.anrop).toHaveLength(1);
		expect(status.at(-1)).toEqual({ vantar: 3, avvisade: 0, lage: 'natfel' });
		expect(timers.map((t) => t.ms)).toEqual([2000]);
		timers[0].gor();
		await s.skicka();
		expect(timers.map((t) => t.ms)).toEqual([2000, 4000]);
		// online again
		l.satt(null);
		await s.skicka();
		expect(l.lagrade.size).toBe(3);
		expect(await db.utkorg.count()).toBe(0);
	});

	it('a retry of a statement the LRS already has is delivered once (204 or 409)', async () => {
		await fyll(2);
		const l = lrs();
		// the LRS stored id-0 but its answer was lost
		l.lagrade.set('id-0', JSON.stringify({ id: 'id-0', n: 0 }));
		const { s } = sandare(l);
		await s.skicka();
		expect(l.lagrade.size).toBe(2);
		expect(await db.utkorg.count()).toBe(0);
	});

	it('a refused statement is kept aside and counted; the rest goes on', async () => {
		await fyll(2);
		const l = lrs();
		const base = l.hamta;
		let forsta = true;
		const { s, status } = sandare({
			...l,
			hamta: (async (u: string, i: RequestInit) => {
				if (forsta) {
					forsta = false;
					return new Response('Invalid statement', { status: 400 });
				}
				return base(u, i);
			}) as unknown as typeof fetch
		});
		await s.skicka();
		expect(status.at(-1)).toEqual({ vantar: 0, avvisade: 1, lage: 'vilar' });
		expect((await db.utkorg.get('id-0'))?.avvisad).toMatchObject({
			status: 400,
			text: 'Invalid statement'
		});
	});

	it('401 or 403: the token no longer works; nothing is dropped or set aside', async () => {
		await fyll(2);
		const l = lrs();
		l.satt(401);
		const { s, status, timers } = sandare(l);
		await s.skicka();
		expect(status.at(-1)).toEqual({ vantar: 2, avvisade: 0, lage: 'behorighet' });
		expect(timers).toHaveLength(0);
	});

	it('without a token nothing is sent', async () => {
		await fyll(1);
		const l = lrs();
		const { s } = sandare(l, null);
		await s.skicka();
		expect(l.anrop).toHaveLength(0);
		expect(await db.utkorg.count()).toBe(1);
	});
});
