import { describe, expect, it } from 'vitest';
import { SOKFORMER_HJALP, tolkaSokning } from './kundsok';

describe('tolkaSokning: the five S1 forms', () => {
	it('reads a whole personnummer, with the century control for ten digits', () => {
		expect(tolkaSokning('900101-2385', '19')).toEqual({
			ok: true,
			fraga: { form: 'personnummer', pnr: '199001012385' }
		});
		expect(tolkaSokning('199001012385', '20')).toEqual({
			ok: true,
			fraga: { form: 'personnummer', pnr: '199001012385' }
		});
	});
	it('reads six digits and a star as a birth date in the chosen century', () => {
		expect(tolkaSokning('100101*', '20')).toEqual({
			ok: true,
			fraga: { form: 'sexSiffror', fodelsedatum: '20100101' }
		});
	});
	it('reads efternamn förnamn, with or without a comma', () => {
		const a = tolkaSokning('Lindqvist Greta', '19');
		const b = tolkaSokning('Lindqvist, Greta', '19');
		expect(a).toEqual({
			ok: true,
			fraga: { form: 'helaNamnet', efternamn: 'lindqvist', fornamn: 'greta' }
		});
		expect(b).toEqual(a);
	});
	it('reads *förnamn and efternamn*', () => {
		expect(tolkaSokning('*Greta', '19')).toEqual({
			ok: true,
			fraga: { form: 'fornamn', fornamn: 'greta' }
		});
		expect(tolkaSokning('Åkes*', '19')).toEqual({
			ok: true,
			fraga: { form: 'efternamn', efternamnPrefix: 'åkes' }
		});
	});
	it('names the forms that exist when a string is in none of them', () => {
		for (const bad of ['', 'Greta', '12345', '*', '**', '010101', 'a*b', '*Greta*']) {
			const r = tolkaSokning(bad, '19');
			expect(r.ok, bad).toBe(false);
			if (!r.ok) expect(r.fel).toBe(SOKFORMER_HJALP);
		}
		expect(SOKFORMER_HJALP).toContain('010101*');
		expect(SOKFORMER_HJALP).toContain('*förnamn');
	});
});
