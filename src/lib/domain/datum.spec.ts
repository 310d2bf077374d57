import { describe, expect, it } from 'vitest';
import { arGiltigtDatum, dagenFore, kortDatum, tolkaDatum } from './datum';

describe('tolkaDatum', () => {
	it('reads the three typed forms', () => {
		expect(tolkaDatum('2023-03-01')).toBe('2023-03-01');
		expect(tolkaDatum('20230301')).toBe('2023-03-01');
		expect(tolkaDatum('230301')).toBe('2023-03-01');
	});
	it('refuses dates that do not exist instead of rolling them over', () => {
		expect(tolkaDatum('2023-02-30')).toBeNull();
		expect(tolkaDatum('2023-13-01')).toBeNull();
		expect(tolkaDatum('2024-02-29')).toBe('2024-02-29');
		expect(tolkaDatum('2023-02-29')).toBeNull();
	});
	it('refuses text in no date form', () => {
		expect(tolkaDatum('1 mars')).toBeNull();
		expect(tolkaDatum('')).toBeNull();
	});
});

describe('arGiltigtDatum and kortDatum', () => {
	it('accepts only the ISO form', () => {
		expect(arGiltigtDatum('2023-03-01')).toBe(true);
		expect(arGiltigtDatum('20230301')).toBe(false);
	});
	it('gives the ÅÅMMDD form of tree labels', () => {
		expect(kortDatum('2023-01-02')).toBe('230102');
	});
});

describe('tolkaDatum, many forms at once', () => {
	it('answers each text the same, whatever came before', () => {
		const texter = ['2023-02-29', '2024-02-29', ' 2023-03-01 ', '230301', '20231301', '', 'x'];
		const forsta = texter.map(tolkaDatum);
		expect(forsta).toEqual([null, '2024-02-29', '2023-03-01', '2023-03-01', null, null, null]);
		expect([...texter].reverse().map(tolkaDatum)).toEqual([...forsta].reverse());
		expect(arGiltigtDatum('1999-13-01')).toBe(false);
	});
});

describe('dagenFore (R3)', () => {
	it('steps back one calendar day over months, years and leap days', () => {
		expect(dagenFore('2025-05-13')).toBe('2025-05-12');
		expect(dagenFore('2025-03-01')).toBe('2025-02-28');
		expect(dagenFore('2024-03-01')).toBe('2024-02-29');
		expect(dagenFore('2026-01-01')).toBe('2025-12-31');
		// the switch to summer time (last Sunday of March) is still one day
		expect(dagenFore('2025-03-31')).toBe('2025-03-30');
		expect(dagenFore('2025-10-27')).toBe('2025-10-26');
	});
});
