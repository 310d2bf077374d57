import { describe, expect, it } from 'vitest';
import { CIVILSTAND, NYCKELKOD_EJ_SKRIVEN, NYCKELKODER } from '../domain/katalog';
import { luhnOk } from '../domain/personnummer';
import { genereraVarld } from './generera';
import { KONTAKTTYPER } from './kontakter';
import { REFERENSAR } from './hushall';
import { fodelsear } from './pnr-lista';
import { RESERVERADE_PNR, TVILLINGAR } from './reserverade-pnr';
import { standardVarld } from './standard';
import { VARLD_PNR } from './varld-pnr';

const varld = standardVarld();
const kunder = new Map(varld.kunder.map((p) => [p.pnr, p]));

describe('genereraVarld', () => {
	it('is deterministic', () => {
		expect(standardVarld()).toEqual(varld);
		expect(genereraVarld(VARLD_PNR, { seed: 7 }).kunder[0]).not.toEqual(varld.kunder[0]);
	});

	it('puts every shipped number in exactly one of register and KIR', () => {
		expect(varld.kunder.length).toBeGreaterThanOrEqual(1000);
		expect(varld.kir.length).toBeGreaterThanOrEqual(100);
		const alla = [...varld.kunder, ...varld.kir].map((p) => p.pnr);
		expect(new Set(alla).size).toBe(alla.length);
		expect([...alla].sort()).toEqual([...VARLD_PNR].sort());
		expect(alla.every(luhnOk)).toBe(true);
		const reserv = new Set(RESERVERADE_PNR);
		expect(alla.filter((p) => reserv.has(p))).toEqual([]);
	});

	it('gives everyone a name, a Helsingborg address and catalogue values', () => {
		const nyckelkoder = NYCKELKODER.filter((k) => k !== NYCKELKOD_EJ_SKRIVEN) as string[];
		for (const p of [...varld.kunder, ...varld.kir]) {
			expect(p.efternamn).toMatch(/^\p{Lu}/u);
			expect(p.fornamn).toMatch(/^\p{Lu}/u);
			expect(p.adress).toMatch(/^\p{L}[\p{L} ]+ \d+( lgh \d{4})?$/u);
			expect(p.postnummer).toMatch(/^25\d \d{2}$/);
			expect(p.ort).toBe('Helsingborg');
			expect(CIVILSTAND as readonly string[]).toContain(p.civilstand);
			if (p.telefon) expect(p.telefon).toMatch(/^070-174 06 (0[5-9]|[1-9]\d)$/);
		}
		for (const p of varld.kunder) expect(nyckelkoder).toContain(p.nyckelkod);
		for (const p of varld.kir) expect(p).not.toHaveProperty('nyckelkod');
	});

	it('marks at least one adult KIR entry as not folkbokförd (S5 OBS)', () => {
		const ej = varld.kir.filter((p) => p.ejFolkbokford);
		expect(ej.length).toBeGreaterThanOrEqual(1);
		for (const p of ej) expect(REFERENSAR - fodelsear(p.pnr)).toBeGreaterThanOrEqual(18);
	});

	it('builds households that point both ways at people in the register', () => {
		let barnMedVardnadshavare = 0;
		for (const p of varld.kunder) {
			for (const m of p.hushall ?? []) {
				const den = kunder.get(m.pnr);
				expect(den, `${p.pnr} → ${m.pnr}`).toBeDefined();
				expect(m.namn).toBe(`${den!.efternamn}, ${den!.fornamn}`);
				expect(den!.adress).toBe(p.adress);
				expect(den!.hushall?.some((t) => t.pnr === p.pnr)).toBe(true);
				if (m.relation === 'Vårdnadshavare') {
					barnMedVardnadshavare++;
					expect(fodelsear(m.pnr) + 18).toBeLessThanOrEqual(fodelsear(p.pnr));
					expect(den!.hushall!.find((t) => t.pnr === p.pnr)!.relation).toBe('Barn');
				}
				if (m.relation === 'Make/maka') {
					expect(p.civilstand).toBe('Gift');
					expect(den!.civilstand).toBe('Gift');
				}
			}
		}
		expect(barnMedVardnadshavare).toBeGreaterThanOrEqual(100);
	});

	it('gives contacts of the N2 kinds with fictional phone numbers', () => {
		const kontakter = varld.kunder.flatMap((p) => p.kontakter ?? []);
		const typer = new Set(kontakter.map((k) => k.typ));
		expect([...typer].sort()).toEqual([...KONTAKTTYPER].sort());
		for (const k of kontakter) {
			expect(k.namn).toMatch(/^\S.*, \S+$/u);
			expect(k.telefon).toMatch(/^070-174 06 \d\d$/);
		}
		expect(new Set(kontakter.map((k) => k.id)).size).toBe(kontakter.length);
	});

	it('gives twins a century apart the same name, both in the register', () => {
		expect(TVILLINGAR.length).toBeGreaterThanOrEqual(3);
		for (const [a, b] of TVILLINGAR) {
			const pa = kunder.get(a);
			const pb = kunder.get(b);
			expect(pa && pb).toBeTruthy();
			expect([pb!.efternamn, pb!.fornamn]).toEqual([pa!.efternamn, pa!.fornamn]);
		}
	});

	it('honours antalKir and takes any list, duplicates included', () => {
		const v = genereraVarld([...VARLD_PNR.slice(0, 400), VARLD_PNR[0]], { antalKir: 0 });
		expect(v.kunder).toHaveLength(400);
		expect(v.kir).toHaveLength(0);
	});
});
