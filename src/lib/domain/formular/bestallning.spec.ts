import { describe, expect, it } from 'vitest';
import type { Beslut } from '../beslut';
import { UTFORARENS_ORGANISATION } from '../katalog';
import {
	addInsats,
	beslutsval,
	chooseUtforare,
	openBestallning,
	proposeBestallning,
	utforarensOrganisation
} from './bestallning';

const BESLUT: Beslut = {
	id: 'beslut-1',
	pnr: '191202119150',
	utredningId: 'utr-1',
	insatskategori: 'Personlig ass LSS',
	beslut: 'LSS Personlig assistent Bifall',
	beslutsdatum: '2025-03-10',
	fran: '2025-03-10',
	till: '2025-12-31',
	beslutsfattare: 'Berg, Sara',
	organisation: 'LSS Myndighet',
	timmar: { timmar: 10, minuter: 30, period: 'Månad' },
	utredningAvslutas: true
};

describe('proposeBestallning', () => {
	it('copies hours and dates from the beslut and leaves the graded choices empty', () => {
		const u = proposeBestallning(BESLUT);
		expect(u).toMatchObject({ kvantitet: '10.30', period: 'Månad', fran: '2025-03-10' });
		expect(u.till).toBe('2025-12-31');
		expect(u).toMatchObject({ beslutId: '', insatskategori: '', utforare: '', insatser: [] });
	});

	it('is empty without a beslut', () => {
		expect(proposeBestallning()).toMatchObject({ kvantitet: '', period: 'Vecka', fran: '' });
	});
});

describe('openBestallning', () => {
	it('chooses the beslut it is opened from and dates Beställt datum today', () => {
		const u = openBestallning(BESLUT, '2025-03-12');
		expect(u).toEqual({
			...proposeBestallning(BESLUT),
			beslutId: 'beslut-1',
			bestalltDatum: '2025-03-12'
		});
		expect(Object.keys(u)).toEqual(Object.keys(proposeBestallning()));
	});

	it('leaves a beslut without hours or end date with empty fields', () => {
		const { timmar: _t, till: _d, ...utan } = BESLUT;
		void _t;
		void _d;
		expect(openBestallning(utan, '2025-03-12')).toMatchObject({
			kvantitet: '',
			period: 'Vecka',
			till: ''
		});
	});
});

describe('utforarensOrganisation', () => {
	it("gives the utförare's own unit", () => {
		expect(utforarensOrganisation('Lss, Boendeteamet')).toBe(
			UTFORARENS_ORGANISATION['Lss, Boendeteamet']
		);
	});

	it('gives LSS Myndighet for its handläggare and nothing for an unknown utförare', () => {
		expect(utforarensOrganisation('LSS-handläggare 3')).toBe('LSS Myndighet');
		expect(utforarensOrganisation('LSS Myndighet')).toBe('LSS Myndighet');
		expect(utforarensOrganisation('')).toBe('');
	});
});

describe('chooseUtforare', () => {
	it("sets the utförare and moves Utförarens organisation to the utförare's unit", () => {
		const fore = { ...proposeBestallning(BESLUT), utforarensOrganisation: 'LSS Myndighet' };
		const efter = chooseUtforare(fore, 'Lss, Boendeteamet');
		expect(efter).toEqual({
			...fore,
			utforare: 'Lss, Boendeteamet',
			utforarensOrganisation: 'LSS Boende'
		});
		expect(fore.utforare).toBe('');
	});

	it('keeps the fields in their order, so a saved draft reads the same', () => {
		const u = proposeBestallning();
		expect(Object.keys(chooseUtforare(u, 'Lss, Eget Val'))).toEqual(Object.keys(u));
	});
});

describe('beslutsval', () => {
	it("lists <ingen> and then the utredning's beslut with short dates", () => {
		const annan = { ...BESLUT, id: 'beslut-2', utredningId: 'utr-2' };
		expect(beslutsval([BESLUT, annan], 'utr-1')).toEqual([
			{ id: '', etikett: '<ingen>' },
			{ id: 'beslut-1', etikett: 'LSS Personlig assistent Bifall 250310' }
		]);
	});

	it('holds <ingen> once, as the whole list when the utredning has no beslut', () => {
		expect(beslutsval([], 'utr-1')).toEqual([{ id: '', etikett: '<ingen>' }]);
		const val = beslutsval([BESLUT, { ...BESLUT, id: 'beslut-2' }], 'utr-1');
		expect(val.filter((b) => b.etikett === '<ingen>')).toHaveLength(1);
		expect(new Set(val.map((b) => b.id)).size).toBe(val.length);
	});
});

describe('addInsats', () => {
	it('appends once and never twice', () => {
		expect(addInsats(['A'], 'B')).toEqual(['A', 'B']);
		expect(addInsats(['A', 'B'], 'A')).toEqual(['A', 'B']);
		expect(addInsats(['A'], null)).toEqual(['A']);
	});
});
