import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { luhnOk } from '../domain/personnummer';
import { fodelsear, lasPnrLista, sexSiffror } from './pnr-lista';
import { RESERVERADE_PNR, TVILLINGAR } from './reserverade-pnr';
import { urvalsfiler } from './skapa-urval';
import { valjUrval } from './urval';
import { VARLD_PNR } from './varld-pnr';

const fulltext = readFileSync(join(import.meta.dirname, 'testpersonnummer.txt'), 'utf8');
const alla = lasPnrLista(fulltext);

describe('lasPnrLista', () => {
	it('drops the duplicated lines of the list', () => {
		const rader = fulltext.split(/\r?\n/).filter((r) => r.trim());
		expect(rader.length - alla.length).toBe(2);
		expect(new Set(alla).size).toBe(alla.length);
	});
});

describe('the shipped subset', () => {
	it('is what skapa-urval.ts writes today (regenerate after changing urval.ts)', () => {
		const filer = urvalsfiler(valjUrval(alla));
		expect(readFileSync(join(import.meta.dirname, 'varld-pnr.ts'), 'utf8')).toBe(filer.varld);
		expect(readFileSync(join(import.meta.dirname, 'reserverade-pnr.ts'), 'utf8')).toBe(
			filer.reserverade
		);
	});

	it('uses only numbers from the test list, each passing Luhn', () => {
		const lista = new Set(alla);
		for (const p of [...VARLD_PNR, ...RESERVERADE_PNR]) {
			expect(lista.has(p), p).toBe(true);
			expect(luhnOk(p), p).toBe(true);
		}
	});

	it('keeps the reserve out of the world and spread over ages', () => {
		const varld = new Set(VARLD_PNR);
		expect(RESERVERADE_PNR.filter((p) => varld.has(p))).toEqual([]);
		const barn = RESERVERADE_PNR.filter((p) => fodelsear(p) >= 2008 && fodelsear(p) <= 2020);
		const vuxna = RESERVERADE_PNR.filter((p) => fodelsear(p) >= 1950 && fodelsear(p) <= 2000);
		expect(RESERVERADE_PNR.length).toBeGreaterThanOrEqual(60);
		expect(barn.length + vuxna.length).toBe(RESERVERADE_PNR.length);
		expect(barn.length).toBeGreaterThanOrEqual(30);
		expect(new Set(vuxna.map((p) => Math.floor(fodelsear(p) / 10))).size).toBeGreaterThanOrEqual(4);
	});

	it('has twins a century apart in the world, and no other cross-century lookalikes', () => {
		expect(TVILLINGAR.length).toBeGreaterThanOrEqual(3);
		const varld = new Set(VARLD_PNR);
		for (const [a, b] of TVILLINGAR) {
			expect(a.slice(0, 2)).toBe('19');
			expect(b.slice(0, 2)).toBe('20');
			expect(sexSiffror(a)).toBe(sexSiffror(b));
			expect(varld.has(a) && varld.has(b)).toBe(true);
		}
		const tvilling = new Set(TVILLINGAR.flat());
		const datum = new Set([...VARLD_PNR, ...RESERVERADE_PNR].map((p) => p.slice(0, 8)));
		const lookalikes = [...VARLD_PNR, ...RESERVERADE_PNR].filter(
			(p) => !tvilling.has(p) && datum.has((p.startsWith('19') ? '20' : '19') + sexSiffror(p))
		);
		expect(lookalikes).toEqual([]);
	});

	it('is deterministic for a seed and changes with it', () => {
		expect(valjUrval(alla)).toEqual(valjUrval([...alla].reverse()));
		expect(valjUrval(alla, 1).varld).not.toEqual(valjUrval(alla).varld);
	});
});
