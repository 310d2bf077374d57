import { describe, expect, it } from 'vitest';
import { bytPeriodText, timmarHint, timmarIOrd, timmarText } from './timmar-hint';

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

describe('bytPeriodText', () => {
	it('recalculates typed hours into the new period', () => {
		// 10 h a week is 520 h a year.
		expect(bytPeriodText('10', 'Vecka', 'År')).toBe('520.00');
		expect(bytPeriodText('520.00', 'År', 'Vecka')).toBe('10.00');
	});

	it('leaves unreadable, empty or unchanged values as typed', () => {
		expect(bytPeriodText('abc', 'Vecka', 'Månad')).toBe('abc');
		expect(bytPeriodText('', 'Vecka', 'Månad')).toBe('');
		expect(bytPeriodText('10.30', 'Månad', 'Månad')).toBe('10.30');
		expect(bytPeriodText('10.30', '', 'Månad')).toBe('10.30');
	});
});

describe('timmarText', () => {
	it('shows saved hours with their period', () => {
		expect(timmarText({ timmar: 4, minuter: 5, period: 'År' })).toBe('4.05 per år');
		expect(timmarText(undefined)).toBe('');
	});
});
