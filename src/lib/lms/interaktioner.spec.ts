import { describe, expect, it } from 'vitest';
import { interaktionerAv } from './interaktioner';
import { rapportAv } from './testdata';

describe('interaktionerAv', () => {
	it('one interaction per graded finding, ids unique and numbered per rule', () => {
		const { scenario, rapport } = rapportAv('personlig-assistans-kommunal', 'pass-facit');
		const ia = interaktionerAv(scenario, rapport);
		expect(ia.length).toBe(rapport.fynd.filter((f) => f.status !== 'ej-bedomd').length);
		expect(new Set(ia.map((i) => i.id)).size).toBe(ia.length);
		expect(ia.every((i) => i.ratt)).toBe(true);
		expect(ia.find((i) => i.regelId === 'O2')).toBeDefined();
		expect(ia.every((i) => /^[A-Z]\d+-\d+$/.test(i.id))).toBe(true);
	});

	it('insatskategori, beslut, utförare and insats are choices with the trainee value', () => {
		const { scenario, rapport } = rapportAv('personlig-assistans-kommunal', 'pass-facit');
		const ia = interaktionerAv(scenario, rapport);
		const utforare = ia.find((i) => i.namn.startsWith('Utförare i beställningen'));
		expect(utforare).toMatchObject({ typ: 'choice', svar: 'Enhetschef, Personlig Assistans' });
		const kategori = ia.find((i) => i.namn.startsWith('Insatskategori för'));
		expect(kategori).toMatchObject({ typ: 'choice', svar: 'Personlig ass LSS' });
		// a date is no choice
		expect(ia.find((i) => i.namn.startsWith('Beslutsdatum'))?.typ).toBe('other');
		// the description carries the rule id and the manual's sentence
		expect(kategori?.beskrivning).toMatch(/^B1: /);
	});

	it('the order of steps (U7) is a sequencing with the steps as done', () => {
		const { scenario, rapport } = rapportAv('ledsagarservice-ny-kund', 'pass-facit');
		const ordning = interaktionerAv(scenario, rapport).filter((i) => i.regelId === 'U7');
		expect(ordning.length).toBeGreaterThan(0);
		expect(ordning.every((i) => i.typ === 'sequencing')).toBe(true);
		expect(ordning[0].svar).toEqual(expect.arrayContaining([expect.any(String)]));
	});

	it('a wrong decision is reported wrong, the same findings as the report', () => {
		const { scenario, rapport } = rapportAv(
			'ledsagarservice-ny-kund',
			'fail-nyckelkod-omrade-gift'
		);
		const fel = interaktionerAv(scenario, rapport).filter((i) => !i.ratt);
		expect(fel.map((i) => i.regelId)).toEqual(
			rapport.fynd.filter((f) => f.status === 'fel').map((f) => f.regelId)
		);
		expect(fel.length).toBeGreaterThan(0);
	});
});
