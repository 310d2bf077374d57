import { describe, expect, it } from 'vitest';
import { bedomBevakningstext, MAX_TECKEN } from './bevakningstext';

describe('bedomBevakningstext (W7)', () => {
	it('passes a short text that says what it is about', () => {
		expect(bedomBevakningstext('Beslutet upphör 30/9, ta kontakt om ny ansökan.')).toEqual({
			tom: false,
			forLang: false,
			langd: 47,
			personnummer: [],
			diagnoser: []
		});
	});

	it('finds a personnummer in the forms people write them, not dates or other numbers', () => {
		for (const pnr of ['19500118-2046', '500118-2046', '5001182046', '195001182046', '500118+2046'])
			expect(bedomBevakningstext(`Gäller ${pnr}.`).personnummer, pnr).toEqual([pnr]);
		expect(bedomBevakningstext('Följ upp 2025-09-30, tel 042-105000.').personnummer).toEqual([]);
		expect(bedomBevakningstext('Ärende 123456789012345').personnummer).toEqual([]);
	});

	it('finds diagnoses as whole words, whatever the case, and not inside other words', () => {
		expect(bedomBevakningstext('Kund med Autism och ADHD').diagnoser).toEqual(['autism', 'adhd']);
		expect(bedomBevakningstext('Cerebral pares, hjälp vid måltid').diagnoser).toEqual([
			'cerebral pares'
		]);
		// "ms" and "als" only as words: "hemsida", "totals" are no diagnosis
		expect(bedomBevakningstext('Se hemsida, totals, adderat').diagnoser).toEqual([]);
	});

	it('calls an empty text empty, and a text over the limit too long', () => {
		expect(bedomBevakningstext('   ').tom).toBe(true);
		expect(bedomBevakningstext('x'.repeat(MAX_TECKEN)).forLang).toBe(false);
		expect(bedomBevakningstext('x'.repeat(MAX_TECKEN + 1)).forLang).toBe(true);
	});
});
