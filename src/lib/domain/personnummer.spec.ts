import { describe, expect, it } from 'vitest';
import { luhnOk, normaliseraPersonnummer, visaPersonnummer } from './personnummer';

describe('personnummer', () => {
	it('checks the Luhn digit over the ten digits after the century', () => {
		expect(luhnOk('189001019802')).toBe(true);
		expect(luhnOk('189001019803')).toBe(false);
		expect(luhnOk('18900101980')).toBe(false);
	});
	it('takes the century from the Århundrade control for ten-digit input (S2)', () => {
		expect(normaliseraPersonnummer('900101-2385', '19')).toBe('199001012385');
		expect(normaliseraPersonnummer('2002162390', '20')).toBe('202002162390');
		expect(normaliseraPersonnummer('19900101-2385', '20')).toBe('199001012385');
		expect(normaliseraPersonnummer('12121', '19')).toBeNull();
	});
	it('shows the stored number with a dash', () => {
		expect(visaPersonnummer('199001012385')).toBe('19900101-2385');
	});
});
