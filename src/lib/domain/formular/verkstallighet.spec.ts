import { describe, expect, it } from 'vitest';
import {
	proposeAvslut,
	proposeByte,
	proposeVerkstallighet,
	verkstallighetsRubrik
} from './verkstallighet';

describe('verkstallighetsRubrik', () => {
	it('is the N4 label with short dates', () => {
		expect(
			verkstallighetsRubrik({
				insatskategori: 'LSS Insatser',
				utforare: 'LSS-handläggare 3',
				organisation: 'LSS Myndighet',
				fran: '2023-03-01',
				till: '2023-12-31'
			})
		).toBe('LSS Insatser 230301-231231 – LSS-handläggare 3');
	});

	it('shows a draft date that is not a real date as typed instead of failing', () => {
		expect(
			verkstallighetsRubrik({
				insatskategori: 'Personlig ass LSS',
				utforare: 'Lss, Eget Val',
				organisation: 'LSS Myndighet',
				fran: '2023-02-30'
			})
		).toBe('Personlig ass LSS 2023-02-30- – Lss, Eget Val');
	});
});

describe('proposeVerkstallighet', () => {
	it('opens Skapa ny verkställighet empty (V1)', () => {
		expect(proposeVerkstallighet()).toEqual({
			insatskategori: '',
			utforare: '',
			organisation: '',
			fran: ''
		});
	});
});

describe('proposeAvslut', () => {
	it('ticks Justera beslutets gtom and nothing else (V5)', () => {
		expect(proposeAvslut()).toEqual({
			avslutsdatum: '',
			justeraGtom: true,
			avslutsorsak: '',
			oppnaAvslutad: false
		});
	});
});

describe('proposeByte', () => {
	it("starts from the verkställighet's own utförare and organisation (V8)", () => {
		expect(proposeByte({ utforare: 'LSS-handläggare 3', organisation: 'LSS Myndighet' })).toEqual({
			utforare: 'LSS-handläggare 3',
			organisation: 'LSS Myndighet'
		});
		expect(proposeByte(undefined)).toEqual({ utforare: '', organisation: '' });
	});
});
