import { describe, expect, it } from 'vitest';
import type { Beslut } from '$lib/domain/beslut';
import { UTFORARENS_ORGANISATION } from '$lib/domain/katalog';
import {
	beslutUtkastRubrik,
	nyBedomning,
	nyBestallningUtkast,
	nyttBeslutUtkast,
	utforarensOrganisation,
	verkstallighetEtikett
} from './utkast';

const BESLUT: Beslut = {
	id: 'beslut-1',
	pnr: '191212121212',
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

describe('nyttBeslutUtkast', () => {
	it('starts with Utredning avslutas ticked and the period at Vecka', () => {
		const u = nyttBeslutUtkast();
		expect(u.utredningAvslutas).toBe(true);
		expect(u.period).toBe('Vecka');
		expect(u.beslut).toBe('');
	});
});

describe('beslutUtkastRubrik', () => {
	it('numbers the drafts and names them by beslut and date', () => {
		expect(beslutUtkastRubrik(nyttBeslutUtkast(), 0)).toBe('1. Nytt beslut');
		expect(beslutUtkastRubrik({ ...nyttBeslutUtkast(), beslut: 'X', beslutsdatum: 'D' }, 1)).toBe(
			'2. X D'
		);
	});
});

describe('nyBestallningUtkast', () => {
	it('copies hours and dates from the beslut and leaves the graded choices empty', () => {
		const u = nyBestallningUtkast(BESLUT);
		expect(u).toMatchObject({ kvantitet: '10.30', period: 'Månad', fran: '2025-03-10' });
		expect(u.till).toBe('2025-12-31');
		expect(u).toMatchObject({ beslutId: '', insatskategori: '', utforare: '', insatser: [] });
	});

	it('is empty without a beslut', () => {
		expect(nyBestallningUtkast()).toMatchObject({ kvantitet: '', period: 'Vecka', fran: '' });
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
		expect(utforarensOrganisation('')).toBe('');
	});
});

describe('nyBedomning', () => {
	it('fills in Utförs av and nothing else', () => {
		expect(nyBedomning('Berg, Sara')).toEqual({
			metod: '',
			utforsAv: 'Berg, Sara',
			datum: '',
			nivaer: {},
			kommentar: '',
			lssInsatserVerkstallighetId: null
		});
	});
});

describe('verkstallighetEtikett', () => {
	it('says LSS Insatser for the one and the full name when there are several', () => {
		expect(verkstallighetEtikett(1, 'LSS Insatser 250101 – LSS-handläggare 3')).toBe(
			'LSS Insatser'
		);
		expect(verkstallighetEtikett(2, 'LSS Insatser 250101 – LSS-handläggare 3')).toBe(
			'LSS Insatser 250101 – LSS-handläggare 3'
		);
	});
});
