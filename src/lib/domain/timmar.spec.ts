import { describe, expect, it } from 'vitest';
import { bytPeriod, tolkaTimmar, visaTimmar } from './timmar';

describe('tolkaTimmar (B7)', () => {
	it('reads timmar.minuter', () => {
		expect(tolkaTimmar('10.30')).toEqual({ ok: true, varde: { timmar: 10, minuter: 30 } });
		expect(tolkaTimmar('120')).toEqual({ ok: true, varde: { timmar: 120, minuter: 0 } });
		expect(tolkaTimmar('4.05')).toEqual({ ok: true, varde: { timmar: 4, minuter: 5 } });
	});
	it('reads one minute digit as tens, as the field shows it', () => {
		expect(tolkaTimmar('10.5')).toEqual({ ok: true, varde: { timmar: 10, minuter: 50 } });
	});
	it('refuses minutes of 60 or more and text, naming the right form', () => {
		for (const bad of ['10.75', 'abc', '10.300', '-1', '']) {
			const r = tolkaTimmar(bad);
			expect(r.ok, bad).toBe(false);
			if (!r.ok) expect(r.fel).toContain('10.30');
		}
	});
	it('shows hours with two minute digits', () => {
		expect(visaTimmar({ timmar: 10, minuter: 5 })).toBe('10.05');
	});
});

describe('bytPeriod', () => {
	it('recalculates the same time into the new period', () => {
		expect(bytPeriod({ timmar: 12, minuter: 0 }, 'Vecka', 'Månad')).toEqual({
			timmar: 52,
			minuter: 0
		});
		expect(bytPeriod({ timmar: 10, minuter: 0 }, 'Månad', 'År')).toEqual({
			timmar: 120,
			minuter: 0
		});
		expect(bytPeriod({ timmar: 5, minuter: 0 }, 'Vecka', 'Vecka')).toEqual({
			timmar: 5,
			minuter: 0
		});
	});
});
