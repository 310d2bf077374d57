import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../schemas/scenario';
import { grade } from '../motor';
import { BEFINTLIG, ettFynd, forsok, iPagaende, kor, nyAnsokan, omprovning } from '../testdata';
import { utredningsregler } from './utredning';

const bara = (s: Scenario): Scenario => ({ ...s, regelverk: ['utredning'] });

describe('utredningsregler', () => {
	it('builds U1–U6 under Inleda utredning', () => {
		const regler = utredningsregler(nyAnsokan());
		expect(regler.map((r) => r.id)).toEqual(['U1', 'U2', 'U3', 'U4', 'U5', 'U6']);
		expect(regler.find((r) => r.id === 'U6')?.varde).toEqual([
			'LSS Ledsagarservice',
			'LSS Kontaktperson'
		]);
	});

	it('builds nothing when the scenario does not grade an utredning', () => {
		const s = nyAnsokan();
		expect(utredningsregler({ ...s, forvantat: { ...s.forvantat, utredning: undefined } })).toEqual(
			[]
		);
	});

	it('passes a correct Inled utredning, for an application and an omprövning', () => {
		for (const s of [bara(nyAnsokan()), bara(omprovning())]) {
			const r = grade(s, kor(s, forsok(s)));
			expect(r.fynd.every((f) => f.status === 'ratt')).toBe(true);
		}
	});

	it('fails U2, U3, U4 and U5 for wrong fields', () => {
		const s = bara(nyAnsokan());
		const r = grade(
			s,
			kor(
				s,
				forsok(s, {
					inled: {
						inledningsdatum: '2024-03-05',
						utredningstyp: 'SoL Utredning',
						ansvarigHandlaggare: 'Holm, Johan',
						organisation: 'Nord hemtjänst 2'
					}
				})
			)
		);
		for (const id of ['U2', 'U3', 'U4', 'U5']) expect(ettFynd(r, id).status, id).toBe('fel');
		expect(ettFynd(r, 'U3').hittat).toBe('Typ av utredning: SoL Utredning');
		expect(ettFynd(r, 'U5')).toMatchObject({
			kritisk: true,
			hittat: 'Organisation: Nord hemtjänst 2'
		});
		expect(ettFynd(r, 'U1').status).toBe('ratt');
	});

	it('fails U6 when one aktualisering is left unticked', () => {
		const s = bara(nyAnsokan());
		const r = grade(s, kor(s, forsok(s, { inled: { aktualiseringIds: ['akt-1'] } })));
		expect(ettFynd(r, 'U6')).toMatchObject({
			status: 'fel',
			hittat: 'Kopplade aktualiseringar: 1 st: LSS Ledsagarservice'
		});
	});

	it('reports a missing utredning once under U1; the rest is not assessed', () => {
		const s = bara(nyAnsokan());
		const r = grade(s, kor(s, forsok(s).slice(0, -1)));
		expect(ettFynd(r, 'U1')).toMatchObject({ status: 'fel', hittat: 'ingen utredning inleddes' });
		expect(r.fynd.filter((f) => f.status === 'ej-bedomd')).toHaveLength(5);
	});

	it('with utredning: null, passes when none is inledd and fails when one is', () => {
		const s = bara(iPagaende());
		expect(ettFynd(grade(s, kor(s, forsok(s))), 'U1').status).toBe('ratt');
		const medNy = [
			...forsok(s),
			{
				typ: 'inledUtredning' as const,
				pnr: BEFINTLIG,
				inledningsdatum: '2024-03-04',
				utredningstyp: 'LSS Utredning',
				ansvarigHandlaggare: 'Berg, Sara',
				organisation: 'LSS Myndighet',
				aktualiseringIds: []
			}
		];
		expect(ettFynd(grade(s, kor(s, medNy)), 'U1')).toMatchObject({
			status: 'fel',
			avsnitt: 'Aktualisera en ansökan i en pågående utredning'
		});
	});
});
