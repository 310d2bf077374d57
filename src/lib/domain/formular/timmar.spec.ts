import { describe, expect, it } from 'vitest';
import {
	choosePeriod,
	normalizePeriod,
	recalculateTimmar,
	timmarHint,
	timmarIOrd,
	timmarText
} from './timmar';

describe('timmarHint', () => {
	it('reads timmar.minuter back in words with the period', () => {
		expect(timmarHint('10.30', 'Månad')).toEqual({
			ok: true,
			text: '= 10 timmar 30 minuter per månad'
		});
	});

	it('shows one minute digit as tens, as the domain reads it', () => {
		expect(timmarHint('10.5', 'Vecka')).toEqual({
			ok: true,
			text: '= 10 timmar 50 minuter per vecka'
		});
	});

	it('gives the refusal with the right form for a value that is not timmar.minuter', () => {
		const h = timmarHint('10.75', 'År');
		expect(h?.ok).toBe(false);
		expect(h?.text).toContain('10.30');
		expect(timmarHint('abc', 'År')?.ok).toBe(false);
	});

	it('is empty for an empty field', () => {
		expect(timmarHint('  ', 'Månad')).toBeNull();
	});
});

describe('timmarIOrd', () => {
	it('uses singular forms and drops zero minutes', () => {
		expect(timmarIOrd({ timmar: 1, minuter: 1 })).toBe('1 timme 1 minut');
		expect(timmarIOrd({ timmar: 12, minuter: 0 })).toBe('12 timmar');
	});
});

describe('recalculateTimmar', () => {
	it('recalculates typed hours into the new period', () => {
		// 10 h a week is 520 h a year.
		expect(recalculateTimmar('10', 'Vecka', 'År')).toBe('520.00');
		expect(recalculateTimmar('520.00', 'År', 'Vecka')).toBe('10.00');
	});

	it('leaves unreadable, empty or unchanged values as typed', () => {
		expect(recalculateTimmar('abc', 'Vecka', 'Månad')).toBe('abc');
		expect(recalculateTimmar('', 'Vecka', 'Månad')).toBe('');
		expect(recalculateTimmar('10.30', 'Månad', 'Månad')).toBe('10.30');
		expect(recalculateTimmar('10.30', '', 'Månad')).toBe('10.30');
	});
});

describe('choosePeriod', () => {
	it('sets the period and recalculates the hours into it', () => {
		expect(choosePeriod({ timmar: '10', period: 'Vecka' }, 'År')).toEqual({
			timmar: '520.00',
			period: 'År'
		});
		expect(choosePeriod({ timmar: '', period: 'Vecka' }, 'Månad')).toEqual({
			timmar: '',
			period: 'Månad'
		});
	});
});

describe('normalizePeriod', () => {
	it("keeps a period and gives a draft without one the field's starting period", () => {
		expect(normalizePeriod('Månad')).toBe('Månad');
		expect(normalizePeriod('')).toBe('Vecka');
		expect(normalizePeriod('månad')).toBe('Vecka');
	});
});

describe('timmarText', () => {
	it('shows saved hours with their period', () => {
		expect(timmarText({ timmar: 4, minuter: 5, period: 'År' })).toBe('4.05 per år');
		expect(timmarText(undefined)).toBe('');
	});
});
