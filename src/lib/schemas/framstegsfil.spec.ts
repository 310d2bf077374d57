import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lasScenarioFil } from '../content/fs';
import { listaForsok } from '../db';
import { appDb } from '../state/app';
import { importera } from '../state/importera';
import { ForsokFel } from './forsok';
import { arFramstegsfil, framstegSomFil, lasFramstegData } from './framstegsfil';
import { MAX_FRAMSTEG_FORSOK } from './granser';

// The progress file (Exportera alla försök): what it holds, how a broken one is refused, and
// what Importera makes of it.

const ID = 'ledsagarservice-ny-kund';
const MAPP = `scenarios/${ID}`;
const PASS = JSON.parse(readFileSync(`${MAPP}/attempts/pass-facit.json`, 'utf8'));
const SCENARIO = lasScenarioFil(`${MAPP}/index.md`);
const KANDA = [{ id: SCENARIO.id, version: SCENARIO.version, title: SCENARIO.title }];
const NU = '2025-06-01T08:00:00.000Z';

const fil = (forsok: object[], namn?: string) => framstegSomFil(forsok, NU, namn);
const fel = (data: unknown): string[] => {
	try {
		lasFramstegData(data, 'alla.json');
	} catch (e) {
		if (e instanceof ForsokFel) return e.rader;
		throw e;
	}
	return [];
};

describe('the progress file', () => {
	it('holds each attempt as an attempt file, the name once on the file', () => {
		const text = fil([{ ...PASS, profil: { namn: 'Ada' } }, PASS], 'Ada');
		const data = JSON.parse(text);
		expect(arFramstegsfil(data)).toBe(true);
		expect(arFramstegsfil(PASS)).toBe(false);
		const f = lasFramstegData(data, 'alla.json');
		expect(f.profil).toEqual({ namn: 'Ada' });
		expect(f.forsok).toHaveLength(2);
		expect(f.forsok[0].profil).toBeUndefined();
		expect(f.forsok[0].handelser).toEqual(PASS.handelser);
	});

	it('is refused whole, every broken attempt named by its place in the list', () => {
		const trasig = { ...PASS, handelser: [{ ...PASS.handelser[0], typ: 'Okand' }] };
		const rader = fel(JSON.parse(fil([PASS, trasig, { ...PASS, scenarioId: '' }])));
		expect(rader.some((r) => r.startsWith('alla.json: forsok[1]: handelser[0].typ'))).toBe(true);
		expect(rader.some((r) => r.startsWith('alla.json: forsok[2]: scenarioId'))).toBe(true);
		expect(rader.some((r) => r.includes('forsok[0]'))).toBe(false);
	});

	it('is refused with the field named for a wrong format, an unknown field or too many', () => {
		const bas = JSON.parse(fil([PASS]));
		expect(fel({ ...bas, formatVersion: 2 })[0]).toMatch(/^alla\.json: formatVersion/);
		expect(fel({ ...bas, extra: 1 })[0]).toMatch(/okänt fält "extra"/);
		expect(fel({ ...bas, forsok: 'x' })[0]).toMatch(/^alla\.json: forsok/);
		const manga = { ...bas, forsok: Array(MAX_FRAMSTEG_FORSOK + 1).fill(PASS) };
		expect(fel(manga)[0]).toMatch(/^alla\.json: forsok/);
	});
});

describe('Importera with a progress file', () => {
	it("stores the known attempts under the file's profile and names those left out", async () => {
		const annan = { ...PASS, scenarioVersion: SCENARIO.version + 1 };
		const okand = { ...PASS, scenarioId: 'finns-inte' };
		const text = fil([PASS, annan, okand], 'Importerad elev');
		const svar = await importera(text, 'alla.json', KANDA);
		expect(svar).toMatchObject({ slag: 'framsteg', importerade: 1, fanns: 0 });
		if (svar.slag !== 'framsteg') return;
		expect(svar.profilnamn).toBe('Importerad elev');
		expect(svar.utelamnade).toHaveLength(2);
		expect(svar.utelamnade[0]).toMatch(/^alla\.json: forsok\[1\]: scenarioVersion/);
		expect(svar.utelamnade[1]).toMatch(/^alla\.json: forsok\[2\]: .*finns-inte/);
		// again: nothing doubled
		const igen = await importera(text, 'alla.json', KANDA);
		expect(igen).toMatchObject({ slag: 'framsteg', importerade: 0, fanns: 1 });
		expect((await listaForsok(appDb(), ID)).length).toBeGreaterThanOrEqual(1);
	});

	it('stores nothing from a file broken anywhere', async () => {
		const fore = (await listaForsok(appDb())).length;
		const trasig = { ...PASS, handelser: 'x' };
		await expect(importera(fil([PASS, trasig]), 'alla.json', KANDA)).rejects.toThrow(
			/alla\.json: forsok\[1\]: handelser/
		);
		expect((await listaForsok(appDb())).length).toBe(fore);
	});
});
