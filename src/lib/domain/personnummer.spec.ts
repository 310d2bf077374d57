import { describe, expect, it } from 'vitest';
import { luhnOk, normaliseraPersonnummer, visaPersonnummer } from './personnummer';

describe('personnummer', () => {
	it('checks the Luhn digit over the ten digits after the century', () => {
		expect(luhnOk('189001019802')).toBe(true);
		expect(luhnOk('189001019803')).toBe(false);
		expect(luhnOk('18900101980')).toBe(false);
	});
	it('takes the century from the Århundrade control for ten-digit input (S2)', () => {
		expect(normaliseraPersonnummer('121212-1212', '19')).toBe('191212121212');
		expect(normaliseraPersonnummer('1212121212', '20')).toBe('201212121212');
		expect(normaliseraPersonnummer('19121212-1212', '20')).toBe('191212121212');
		expect(normaliseraPersonnummer('12121', '19')).toBeNull();
	});
	it('shows the stored number with a dash', () => {
		expect(visaPersonnummer('191212121212')).toBe('19121212-1212');
	});
});
