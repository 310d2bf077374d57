import { describe, expect, it } from 'vitest';
import {
	AKTUALISERING_KRAV,
	hasUnsaved,
	proposeAktualisering,
	saknadAktualiseringsfalt
} from './aktualisering';

describe('proposeAktualisering', () => {
	it('opens blank, in the field order a saved draft is read in', () => {
		const u = proposeAktualisering();
		expect(u).toEqual({
			typ: '',
			datum: '',
			franVem: '',
			ansvarigHandlaggare: '',
			organisation: ''
		});
		expect(Object.keys(u)).toEqual([
			'typ',
			'datum',
			'franVem',
			'ansvarigHandlaggare',
			'organisation'
		]);
	});

	it('gives a new draft each time, so editing one never changes another', () => {
		expect(proposeAktualisering()).not.toBe(proposeAktualisering());
	});
});

describe('hasUnsaved', () => {
	it('is false for blank drafts and for none', () => {
		expect(hasUnsaved([])).toBe(false);
		expect(hasUnsaved([proposeAktualisering(), proposeAktualisering()])).toBe(false);
	});

	it('is true once any field of any draft is filled in', () => {
		expect(
			hasUnsaved([proposeAktualisering(), { ...proposeAktualisering(), datum: '2025-04-01' }])
		).toBe(true);
		expect(hasUnsaved([{ ...proposeAktualisering(), organisation: 'LSS Myndighet' }])).toBe(true);
	});

	it('counts a blank typed as spaces as typed, as the question box does', () => {
		expect(hasUnsaved([{ ...proposeAktualisering(), typ: ' ' }])).toBe(true);
	});
});

describe('saknadAktualiseringsfalt', () => {
	const ifylld = {
		typ: 'LSS Ledsagarservice',
		datum: '2025-03-03',
		franVem: 'Den enskilde',
		ansvarigHandlaggare: 'Lindgren, Amira',
		organisation: 'LSS Myndighet'
	};
	it('names every field of a blank draft first in the form order, and nothing when all are filled', () => {
		expect(saknadAktualiseringsfalt(proposeAktualisering())).toBe('Typ av aktualisering');
		expect(saknadAktualiseringsfalt(ifylld)).toBeNull();
		expect(AKTUALISERING_KRAV).toEqual([
			'Typ av aktualisering',
			'Datum',
			'Från vem',
			'Ansvarig handläggare',
			'Organisation'
		]);
	});
	it('names Organisation when only it is empty or blank', () => {
		expect(saknadAktualiseringsfalt({ ...ifylld, organisation: '' })).toBe('Organisation');
		expect(saknadAktualiseringsfalt({ ...ifylld, organisation: '  ' })).toBe('Organisation');
	});
});
