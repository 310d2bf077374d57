import { describe, expect, it } from 'vitest';
import { BESLUT } from '../domain/katalog';
import { beslutSchema } from './arende';

const BESLUTET = {
	id: 'beslut-1',
	pnr: '194501103297',
	utredningId: 'utr-1',
	insatskategori: 'Rekrytering LSS-insatser',
	beslut: 'LSS Ledsagarservice Bifall',
	beslutsdatum: '2025-03-10',
	fran: '2025-03-10',
	beslutsfattare: 'Berg, Sara',
	organisation: 'LSS Myndighet',
	utredningAvslutas: true
};

describe('beslutSchema: the beslut name', () => {
	it("takes every name of the catalog's Beslut list", () => {
		for (const beslut of BESLUT)
			expect(beslutSchema.safeParse({ ...BESLUTET, beslut }).success).toBe(true);
	});

	it('refuses a misspelt name, naming the allowed ones and what it got', () => {
		const r = beslutSchema.safeParse({ ...BESLUTET, beslut: 'LSS Ledsagarservice bifall' });
		expect(r.success).toBe(false);
		const fel = r.error?.issues ?? [];
		expect(fel).toHaveLength(1);
		expect(fel[0].path).toEqual(['beslut']);
		expect(fel[0].message).toMatch(/^ska vara ett av Beslut-listans namn "/);
		expect(fel[0].message).toContain('"LSS Ledsagarservice Bifall"');
		expect(fel[0].message).toContain('"Assistanskostnader utöver LASS"');
		expect(fel[0].message).toMatch(/men är "LSS Ledsagarservice bifall"$/);
	});

	it('refuses an empty name', () => {
		expect(beslutSchema.safeParse({ ...BESLUTET, beslut: '' }).success).toBe(false);
	});
});
