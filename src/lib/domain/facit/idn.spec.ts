import { describe, expect, it } from 'vitest';
import type { Steg } from '../../schemas/facit';
import { medIdn, slug } from './idn';

describe('medIdn', () => {
	it('names each step by what it does, keeps the ids given, and never gives one id twice', () => {
		const steg: Steg[] = [
			{ klicka: { roll: 'flik', namn: 'Social och vård dokumentation' } },
			{ fyll: { 'Sök kund': '520729-1591', Århundrade: '19' } },
			{ id: 'sok', klicka: { roll: 'knapp', namn: 'Sök' } },
			{ klicka: { roll: 'knapp', namn: 'Sök' } },
			{ klicka: { roll: 'knapp', namn: 'Sök' } },
			{
				hogerklicka: { roll: 'nod', namn: 'LSS utredning o verkställighet' },
				valj: 'Aktualisering'
			}
		] as Steg[];
		expect(medIdn(steg).map((s) => s.id)).toEqual([
			'social-och-vard-dokumentation',
			'sok-kund',
			'sok',
			'sok-2',
			'sok-3',
			'aktualisering'
		]);
		// what the step does is untouched
		expect(medIdn(steg)[1]).toEqual({ id: 'sok-kund', ...steg[1] });
	});

	it('makes an id of any text, as the schema wants them', () => {
		expect(slug('Typ av aktualisering')).toBe('typ-av-aktualisering');
		expect(slug('Ändra beställning, steg 2 av 3')).toBe('andra-bestallning-steg-2');
		expect(slug('…')).toBe('steg');
	});
});
