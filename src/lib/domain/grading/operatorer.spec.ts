import { describe, expect, it } from 'vitest';
import { OPERATORER, operatorNamn } from './operatorer';

const op = (namn: string) => OPERATORER[namn];

describe('operatorer', () => {
	it('equal and notEqual compare exactly', () => {
		expect(op('equal')('LSS Myndighet', 'LSS Myndighet')).toBe(true);
		expect(op('equal')('Centrum hemtjänst 1', 'LSS Myndighet')).toBe(false);
		expect(op('notEqual')('Centrum', 'LSS Myndighet')).toBe(true);
		expect(op('notEqual')('LSS Myndighet', 'LSS Myndighet')).toBe(false);
	});

	it('equalText ignores case and extra spaces but not letters', () => {
		expect(op('equalText')(' lind,  alva ', 'Lind, Alva')).toBe(true);
		expect(op('equalText')('Alva, Lind', 'Lind, Alva')).toBe(false);
		expect(op('equalText')('Lind, Alvä', 'Lind, Alva')).toBe(false);
	});

	it('in and notIn look the value up in a list', () => {
		expect(op('in')('Ogift', ['Ogift', 'Gift'])).toBe(true);
		expect(op('in')('Skild', ['Ogift', 'Gift'])).toBe(false);
		expect(op('notIn')('Skild', ['Ogift'])).toBe(true);
		expect(op('notIn')('Ogift', ['Ogift'])).toBe(false);
	});

	it('exists and notExists judge absence itself', () => {
		expect(op('exists')({ kalla: 'KIR' }, undefined)).toBe(true);
		expect(op('exists')(undefined, undefined)).toBe(false);
		expect(op('notExists')(undefined, undefined)).toBe(true);
		expect(op('notExists')('x', undefined)).toBe(false);
	});

	it('countEqual and countAtLeast count a list', () => {
		expect(op('countEqual')(['a', 'b'], 2)).toBe(true);
		expect(op('countEqual')(['a'], 2)).toBe(false);
		expect(op('countAtLeast')(['a', 'b'], 1)).toBe(true);
		expect(op('countAtLeast')([], 1)).toBe(false);
	});

	it('includesAll needs every expected item, in any order, extras allowed', () => {
		expect(op('includesAll')(['b', 'a', 'c'], ['a', 'b'])).toBe(true);
		expect(op('includesAll')(['a'], ['a', 'b'])).toBe(false);
	});

	it('sameDay compares calendar days', () => {
		expect(op('sameDay')('2024-03-04', '2024-03-04')).toBe(true);
		expect(op('sameDay')('2024-03-05', '2024-03-04')).toBe(false);
	});

	it('comparisons of an absent value are not assessed', () => {
		for (const namn of ['equal', 'notEqual', 'equalText', 'in', 'notIn', 'sameDay'])
			expect(op(namn)(undefined, ['x']), namn).toBe('ej-bedomd');
		expect(op('countEqual')(undefined, 0)).toBe('ej-bedomd');
		expect(op('includesAll')(undefined, ['a'])).toBe('ej-bedomd');
	});

	it('malformed expectations throw a message saying what is wrong', () => {
		expect(() => op('in')('a', 'a')).toThrow(/ska vara en lista/);
		expect(() => op('countEqual')(['a'], 'två')).toThrow(/heltal/);
		expect(() => op('sameDay')('2024-03-04', 'igår')).toThrow(/ÅÅÅÅ-MM-DD/);
		expect(() => op('precededBy')(['a'], 'a')).toThrow(/fore/);
	});

	describe('precededBy', () => {
		const regel = { fore: 'Aktualisering sparad', efter: 'Inled utredning' };

		it('passes when the predecessor came first, with other steps anywhere', () => {
			expect(
				op('precededBy')(['Kunden öppnad', 'Aktualisering sparad', 'Inled utredning'], regel)
			).toBe(true);
		});

		it('fails when the successor came first', () => {
			expect(op('precededBy')(['Inled utredning', 'Aktualisering sparad'], regel)).toBe(false);
			expect(op('precededBy')(['Inled utredning'], regel)).toBe(false);
		});

		it('is not assessed when the successor never happened', () => {
			expect(op('precededBy')(['Aktualisering sparad'], regel)).toBe('ej-bedomd');
			expect(op('precededBy')([], regel)).toBe('ej-bedomd');
		});

		it('lets independent steps come in either order', () => {
			const rules = [
				{ fore: 'A', efter: 'C' },
				{ fore: 'B', efter: 'C' }
			];
			for (const steg of [
				['A', 'B', 'C'],
				['B', 'A', 'C']
			])
				for (const r of rules) expect(op('precededBy')(steg, r)).toBe(true);
		});
	});

	it('lists its names for error messages', () => {
		expect(operatorNamn()).toEqual(expect.arrayContaining(['equal', 'precededBy', 'includesAll']));
	});
});
