import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../schemas/scenario';
import { grade } from '../motor';
import { KUND, TVILLING, ettFynd, forsok, kor, nyAnsokan, omprovning } from '../testdata';
import { sokningsregler } from './sokning';

const bara = (s: Scenario): Scenario => ({ ...s, regelverk: ['sokning'] });

describe('sokningsregler', () => {
	it('for a new customer: register search and KIR under Registrera en ny kund, S2 twice', () => {
		const regler = sokningsregler(nyAnsokan());
		expect(regler.map((r) => `${r.id} ${r.avsnitt}`)).toEqual([
			'S5 Registrera en ny kund',
			'S5 Registrera en ny kund',
			'S2 Söka fram kund',
			'S2 Söka fram kund'
		]);
	});

	it('for an existing customer: S1 under Söka fram kund, no KIR rule', () => {
		const regler = sokningsregler(omprovning());
		expect(regler.map((r) => r.id)).toEqual(['S1', 'S2', 'S2']);
		expect(regler[0].avsnitt).toBe('Söka fram kund');
	});

	it('passes a correct attempt', () => {
		const s = bara(nyAnsokan());
		const r = grade(s, kor(s, forsok(s)));
		expect(r.fynd.map((f) => f.status)).toEqual(['ratt', 'ratt', 'ratt', 'ratt']);
	});

	it('fails S2 when the century is left at 19 and the person born 1910 is opened', () => {
		const s = bara(nyAnsokan());
		const fel = { typ: 'sokKund', fraga: '100101*', arhundrade: '19', form: 'sexSiffror' } as const;
		const r = grade(
			s,
			kor(s, [
				{ ...fel, traffar: [TVILLING] },
				{ typ: 'oppnaKund', pnr: TVILLING }
			])
		);
		expect(ettFynd(r, 'S5', 'personregistret').status).toBe('fel');
		expect(ettFynd(r, 'S2', 'Rätt kund')).toMatchObject({
			status: 'fel',
			kritisk: true,
			hittat: 'Öppnade kunder: 1 st: 19100101-9809'
		});
		expect(ettFynd(r, 'S2', 'fel århundrade')).toMatchObject({ status: 'fel', kritisk: true });
		// How the customer was searched is formell: the person opened is what decides
		expect(ettFynd(r, 'S5', 'personregistret').kritisk).toBe(false);
	});

	it('does not count a search in the wrong century as searching for the customer', () => {
		const s = bara(nyAnsokan());
		const r = grade(
			s,
			kor(s, [
				{
					typ: 'sokKund',
					fraga: KUND.slice(2),
					arhundrade: '19',
					form: 'personnummer',
					traffar: []
				},
				{ typ: 'sokKir', fraga: KUND.slice(2), traffar: [KUND] }
			])
		);
		expect(ettFynd(r, 'S5', 'personregistret').status).toBe('fel');
		expect(ettFynd(r, 'S5', 'KIR').status).toBe('ratt');
	});

	it('fails the KIR rule when KIR was never searched', () => {
		const s = bara(nyAnsokan());
		const steg = forsok(s).filter((k) => typeof k === 'function' || k.typ !== 'sokKir');
		const f = ettFynd(grade(s, kor(s, steg)), 'S5', 'KIR');
		expect(f).toMatchObject({ status: 'fel', hittat: 'Sökningar i KIR: inga' });
	});
});
