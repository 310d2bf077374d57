import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { normaliseraNamn, tolkaSokning, type SokFraga } from '../domain/kundsok';
import type { Person } from '../domain/model';
import { RESERVERADE_PNR, TVILLINGAR } from '../world/reserverade-pnr';
import { standardVarld } from '../world/standard';
import { VARLD_VERSION } from '../world/version';
import { oppnaDb, type LssDb } from './db';
import {
	finnsIRegistret,
	forberedVarld,
	hamtaKund,
	hamtaVarldInfo,
	sokKir,
	sokKunder
} from './kunder';
import { LagringsFel } from './lagringsfel';
import { jamforPersoner, matchar, traff } from './nycklar';

const varld = standardVarld();
let db: LssDb;
let nr = 0;
const nyttNamn = () => `kunder-spec-${process.pid}-${++nr}`;

beforeAll(async () => {
	db = oppnaDb(nyttNamn());
	await forberedVarld(db);
});
afterAll(async () => {
	await db.delete();
});

function fraga(text: string, arhundrade: '19' | '20' = '19'): SokFraga {
	const t = tolkaSokning(text, arhundrade);
	if (!t.ok) throw new Error(`${text}: ${t.fel}`);
	return t.fraga;
}

const sok = async (text: string, arhundrade: '19' | '20' = '19', overlay: Person[] = []) =>
	(await sokKunder(db, fraga(text, arhundrade), overlay)).map((p) => p.pnr).sort();

/** The answer worked out from the generated list directly, without the database. */
const facit = (villkor: (p: Person) => boolean) =>
	varld.kunder
		.filter(villkor)
		.map((p) => p.pnr)
		.sort();

const n = normaliseraNamn;
const forst = varld.kunder.find((p) => !p.fornamn.includes(' ') && !p.efternamn.includes(' '))!;

describe('kundsök by index (S1)', () => {
	it('finds a whole personnummer, and only in the century chosen (S2)', async () => {
		expect(await sok(forst.pnr)).toEqual([forst.pnr]);
		const tio = `${forst.pnr.slice(2, 8)}-${forst.pnr.slice(8)}`;
		const ratt = forst.pnr.slice(0, 2) as '19' | '20';
		expect(await sok(tio, ratt)).toEqual([forst.pnr]);
		expect(await sok(tio, ratt === '19' ? '20' : '19')).toEqual([]);
	});

	it('finds twins a century apart by six digits, one per century', async () => {
		for (const [a, b] of TVILLINGAR) {
			expect(await sok(`${a.slice(2, 8)}*`, '19')).toEqual([a]);
			expect(await sok(`${b.slice(2, 8)}*`, '20')).toEqual([b]);
		}
	});

	it('finds everyone born on a date by six digits and nobody else', async () => {
		const p = varld.kunder[100];
		const svar = await sok(`${p.pnr.slice(2, 8)}*`, p.pnr.slice(0, 2) as '19' | '20');
		expect(svar).toContain(p.pnr);
		expect(svar).toEqual(facit((q) => q.pnr.slice(0, 8) === p.pnr.slice(0, 8)));
	});

	it('finds the whole name, surname first, with or without the comma', async () => {
		const vantat = facit(
			(q) =>
				n(q.efternamn) === n(forst.efternamn) && n(q.fornamn).split(' ').includes(n(forst.fornamn))
		);
		expect(vantat).toContain(forst.pnr);
		expect(await sok(`${forst.efternamn} ${forst.fornamn}`)).toEqual(vantat);
		expect(await sok(`${forst.efternamn.toUpperCase()}, ${forst.fornamn}`)).toEqual(vantat);
		expect(await sok(`${forst.fornamn} ${forst.efternamn}`)).not.toContain(forst.pnr);
	});

	it('finds `*förnamn` on any of a person’s first names and no one else', async () => {
		const tva = varld.kunder.find((p) => p.fornamn.split(' ').length === 2)!;
		const andra = tva.fornamn.split(' ')[1];
		const svar = await sok(`*${andra.toLowerCase()}`);
		expect(svar).toContain(tva.pnr);
		expect(svar).toEqual(facit((q) => n(q.fornamn).split(' ').includes(n(andra))));
		expect(await sok(`${tva.efternamn} ${andra}`)).toContain(tva.pnr);
	});

	it('finds `efternamn*` by prefix, å/ä/ö being letters of their own', async () => {
		const svar = await sok('pers*');
		expect(svar.length).toBeGreaterThan(10);
		expect(svar).toEqual(facit((q) => n(q.efternamn).startsWith('pers')));
		const ak = await sok('ÅKESS*');
		expect(ak).toEqual(facit((q) => n(q.efternamn).startsWith('åkess')));
		expect(ak.length).toBeGreaterThan(0);
		expect(await sok('akess*')).toEqual([]);
	});

	it('finds a double surname typed without the comma', async () => {
		const dubbel = varld.kunder.find((p) => p.efternamn.includes(' '))!;
		expect(await sok(`${dubbel.efternamn} ${dubbel.fornamn}`)).toContain(dubbel.pnr);
		expect(await sok(`${dubbel.efternamn.split(' ')[0]}*`)).toContain(dubbel.pnr);
	});

	it('sorts hits by efternamn, förnamn, personnummer', async () => {
		const hits = await sokKunder(db, fraga('l*'), []);
		const nycklar = hits.map((p) => `${p.efternamn}|${p.fornamn}|${p.pnr}`);
		const sorterade = [...hits]
			.sort(
				(a, b) =>
					a.efternamn.localeCompare(b.efternamn, 'sv') ||
					a.fornamn.localeCompare(b.fornamn, 'sv') ||
					a.pnr.localeCompare(b.pnr)
			)
			.map((p) => `${p.efternamn}|${p.fornamn}|${p.pnr}`);
		expect(nycklar).toEqual(sorterade);
		expect(hits[0]).not.toHaveProperty('efternamnNorm');
	});

	it('asks an index, never scans the table', async () => {
		const tabell = db.sokrader;
		const samling = Object.getPrototypeOf(tabell.where('pnr').equals('x'));
		const skanningar = [
			vi.spyOn(tabell, 'toArray'),
			vi.spyOn(tabell, 'each'),
			vi.spyOn(tabell, 'filter'),
			vi.spyOn(tabell, 'toCollection'),
			vi.spyOn(tabell, 'orderBy'),
			vi.spyOn(samling, 'filter'),
			vi.spyOn(samling, 'and')
		];
		const where = vi.spyOn(tabell, 'where');
		try {
			await sok(forst.pnr);
			await sok(`${forst.pnr.slice(2, 8)}*`);
			await sok(`${forst.efternamn} ${forst.fornamn}`);
			await sok(`*${forst.fornamn}`);
			await sok(`${forst.efternamn}*`);
			for (const s of skanningar) expect(s).not.toHaveBeenCalled();
			expect(where.mock.calls.map((c) => c[0])).toEqual([
				'pnr',
				'fodelsedatum',
				'namnNycklar',
				'fornamnDelar',
				'efternamnNorm'
			]);
		} finally {
			vi.restoreAllMocks();
		}
	});
});

describe('the overlay', () => {
	const egen: Person = {
		pnr: RESERVERADE_PNR[0],
		efternamn: 'Östergren',
		fornamn: 'Tove Li',
		adress: 'Bruksgatan 3',
		postnummer: '252 23',
		ort: 'Helsingborg',
		civilstand: 'Ogift',
		nyckelkod: '999999 – Ej skriven i Helsingborg'
	};
	const ar = egen.pnr.slice(0, 2) as '19' | '20';

	it('is found by all five forms', async () => {
		for (const text of [egen.pnr, `${egen.pnr.slice(2, 8)}*`, 'östergren tove', '*li', 'öster*']) {
			expect(await sok(text, ar, [egen]), text).toContain(egen.pnr);
		}
		expect(await sok('*tove li', ar, [egen])).toEqual([egen.pnr]);
		expect(await sok('väster*', ar, [egen])).not.toContain(egen.pnr);
	});

	it('wins over the world person with the same number', async () => {
		const omdopt = { ...forst, efternamn: 'Zetterlund' };
		expect(await sok(`${forst.efternamn} ${forst.fornamn}`, '19', [omdopt])).not.toContain(
			forst.pnr
		);
		const svar = await sokKunder(db, fraga('zetterl*'), [omdopt]);
		expect(svar).toEqual([traff(omdopt)]);
		expect(await hamtaKund(db, forst.pnr, [omdopt])).toEqual(omdopt);
		expect(await hamtaKund(db, forst.pnr, [])).toEqual(forst);
		expect(await finnsIRegistret(db, forst.pnr)).toBe(true);
		expect(await finnsIRegistret(db, egen.pnr)).toBe(false);
	});
});

describe('Sök KIR (S5)', () => {
	it('finds KIR people by personnummer, not register people', async () => {
		const k = varld.kir[0];
		expect(await sokKir(db, k.pnr, [])).toEqual([k]);
		expect(await finnsIRegistret(db, k.pnr)).toBe(false);
		expect(await sokKir(db, forst.pnr, [])).toEqual([]);
		const scenariots = { ...k, pnr: RESERVERADE_PNR[1], ejFolkbokford: true };
		expect(await sokKir(db, scenariots.pnr, [scenariots])).toEqual([scenariots]);
	});
	it('finds KIR people by birth date, for a six-digit search in the chosen century', async () => {
		const k = varld.kir[0];
		const fodd = k.pnr.slice(0, 8);
		const vantat = varld.kir.filter((p) => p.pnr.startsWith(fodd));
		expect(await sokKir(db, fodd, [])).toEqual(vantat);
		const annatArhundrade = (k.pnr.startsWith('19') ? '20' : '19') + fodd.slice(2);
		expect(
			(await sokKir(db, annatArhundrade, [])).every((p) => p.pnr.startsWith(annatArhundrade))
		).toBe(true);
		expect(await sokKir(db, fodd, [])).not.toContainEqual(
			expect.objectContaining({ pnr: forst.pnr })
		);
	});
});

describe('forberedVarld', () => {
	it('seeds once, and again only for a newer generator version', async () => {
		const info = await hamtaVarldInfo(db);
		expect(info).toMatchObject({ version: VARLD_VERSION, antalKunder: varld.kunder.length });
		const put = vi.spyOn(db.kunder, 'bulkPut');
		try {
			await forberedVarld(db);
			expect(put).not.toHaveBeenCalled();
			expect(await db.kunder.count()).toBe(varld.kunder.length);
			expect(await db.kir.count()).toBe(varld.kir.length);
			await db.meta.put({ nyckel: 'varld', varde: { ...info, version: VARLD_VERSION - 1 } });
			await forberedVarld(db);
			expect(put).toHaveBeenCalled();
			expect(await db.kunder.count()).toBe(varld.kunder.length);
		} finally {
			vi.restoreAllMocks();
		}
	});

	it('keeps the previous world when the disk fills while seeding', async () => {
		const egen = oppnaDb(nyttNamn());
		try {
			const lista = varld.kunder.slice(0, 50).map((p) => p.pnr);
			await forberedVarld(egen, { pnrs: lista, antalKir: 5 });
			vi.spyOn(egen.kir, 'bulkPut').mockRejectedValue(
				new DOMException('Kvoten är slut', 'QuotaExceededError')
			);
			const storre = varld.kunder.slice(0, 80).map((p) => p.pnr);
			const fel = await forberedVarld(egen, { pnrs: storre, antalKir: 5 }).catch((e) => e);
			expect(fel).toBeInstanceOf(LagringsFel);
			expect(fel.message).toMatch(/^Webbläsarens lagring är full\./);
			expect(await egen.kunder.count()).toBe(45);
			expect((await hamtaVarldInfo(egen))?.antalKunder).toBe(45);
		} finally {
			vi.restoreAllMocks();
			await egen.delete();
		}
	});
});

describe('the index gives exactly the scan’s hits, in the scan’s order', () => {
	/** The hits as the whole register, scanned with the same matching and sorted, gives them. */
	const skannat = (f: SokFraga, overlay: Person[] = []) => {
		const egna = new Set(overlay.map((p) => p.pnr));
		return [...varld.kunder.filter((p) => !egna.has(p.pnr)), ...overlay]
			.filter((p) => matchar(p, f))
			.sort(jamforPersoner)
			.map((p) => p.pnr);
	};
	const iOrdning = async (text: string, arhundrade: '19' | '20' = '19', overlay: Person[] = []) => {
		const f = fraga(text, arhundrade);
		const svar = (await sokKunder(db, f, overlay)).map((p) => p.pnr);
		expect(svar, text).toEqual(skannat(f, overlay));
		return svar;
	};

	it('for every form, on people across the register', async () => {
		for (let i = 0; i < varld.kunder.length; i += 97) {
			const p = varld.kunder[i];
			const ar = p.pnr.slice(0, 2) as '19' | '20';
			const [forsta, andra] = p.fornamn.split(' ');
			await iOrdning(p.pnr, ar);
			// the hit is read back from its key: every field as the person has it
			expect(await sokKunder(db, fraga(p.pnr, ar), [])).toEqual([traff(p)]);
			await iOrdning(`${p.pnr.slice(2, 8)}*`, ar);
			await iOrdning(`${p.efternamn} ${p.fornamn}`);
			await iOrdning(`${p.efternamn}, ${forsta}`);
			await iOrdning(`*${forsta}`);
			if (andra) await iOrdning(`*${andra}`);
			await iOrdning(`${p.efternamn.slice(0, 4)}*`);
		}
	});

	it('for surname prefixes of one to three letters, å, ä and ö among them, in any case', async () => {
		for (const text of ['a*', 'L*', 'å*', 'Ä*', 'ö*', 'sv*', 'ÖS*', 'Lin*', 'åke*', 'ber*']) {
			await iOrdning(text);
		}
		expect((await iOrdning('l*')).length).toBeGreaterThan(20);
		expect(await iOrdning('Ö*')).toEqual(await iOrdning('ö*'));
	});

	it('for a first name in any case, and for each of a double first name', async () => {
		const tva = varld.kunder.find((p) => /^\S+ \S+$/.test(p.fornamn))!;
		const [a, b] = tva.fornamn.split(' ');
		for (const text of [`*${a}`, `*${a.toUpperCase()}`, `*${b.toLowerCase()}`, `*${tva.fornamn}`]) {
			expect(await iOrdning(text), text).toContain(tva.pnr);
		}
		expect(await iOrdning(`*${a.slice(0, 2)}`)).not.toContain(tva.pnr);
	});

	it('with the overlay’s people merged into their places', async () => {
		const mitt = varld.kunder.find((p) => n(p.efternamn).startsWith('ber'))!;
		const egna: Person[] = [
			{ ...mitt, pnr: RESERVERADE_PNR[2], fornamn: 'Aaron' },
			{ ...mitt, pnr: RESERVERADE_PNR[3], fornamn: 'Östen' },
			{ ...mitt, fornamn: 'Örjan' }
		];
		const svar = await iOrdning('ber*', '19', egna);
		expect(svar).toEqual(expect.arrayContaining(egna.map((p) => p.pnr)));
	});

	it('a search while the world is being seeded waits for it, and finds it all', async () => {
		const egen = oppnaDb(nyttNamn());
		try {
			const steg: number[] = [];
			const seedning = forberedVarld(egen, { framsteg: (klara) => steg.push(klara) });
			const f = fraga(`${forst.efternamn.slice(0, 3)}*`);
			const svar = await sokKunder(egen, f, []);
			expect(svar.map((p) => p.pnr)).toEqual(skannat(f));
			await seedning;
			expect(steg.at(-1)).toBe(varld.kunder.length);
			expect(await hamtaKund(egen, forst.pnr, [])).toEqual(forst);
		} finally {
			await egen.delete();
		}
	});
});
