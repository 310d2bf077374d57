import { describe, expect, it } from 'vitest';
import type { Kommando } from '../../kommandon';
import type { Scenario } from '../../../schemas/scenario';
import { grade } from '../motor';
import { KUND, ettFynd, forsok, iPagaende, kor, nyAnsokan, type Steg } from '../testdata';
import { ordningsregler } from './ordning';

const bara = (s: Scenario): Scenario => ({ ...s, regelverk: ['ordning'] });

const kontakt: Kommando = {
	typ: 'sparaKontakt',
	pnr: KUND,
	kontakt: { typ: 'Vårdnadshavare', namn: 'Lind, Eva' }
};

/** Moves the step at `fran` to position `till`. */
function flytta(steg: readonly Steg[], fran: number, till: number): Steg[] {
	const ut = [...steg];
	const [s] = ut.splice(fran, 1);
	ut.splice(till, 0, s);
	return ut;
}

describe('ordningsregler', () => {
	it('builds U7 as precededBy rules on the customer’s steps', () => {
		const regler = ordningsregler(nyAnsokan());
		expect(regler.map((r) => r.varde)).toEqual([
			{ fore: 'Sökning i personregistret', efter: 'Sök KIR' },
			{ fore: 'Sök KIR', efter: 'Spara i personregister' },
			{ fore: 'Spara i personregister', efter: 'Aktualisering sparad' },
			{ fore: 'Aktualisering sparad', efter: 'Inled utredning' }
		]);
		for (const r of regler) expect(r).toMatchObject({ id: 'U7', operator: 'precededBy' });
		expect(ordningsregler(iPagaende())).toEqual([]);
	});

	it('passes a correct attempt', () => {
		const s = bara(nyAnsokan());
		expect(grade(s, kor(s, forsok(s))).fynd.every((f) => f.status === 'ratt')).toBe(true);
	});

	it('passes independent steps in either order', () => {
		const s = bara(nyAnsokan());
		const ratt = forsok(s);
		// A contact saved before or after the aktualiseringar; the customer opened again late.
		const varianter = [
			[...ratt.slice(0, 5), kontakt, ...ratt.slice(5)],
			[...ratt.slice(0, 6), kontakt, ...ratt.slice(6)],
			[...ratt, { typ: 'oppnaKund', pnr: KUND } as const]
		];
		for (const v of varianter)
			expect(grade(s, kor(s, v)).fynd.map((f) => f.status)).toEqual([
				'ratt',
				'ratt',
				'ratt',
				'ratt'
			]);
	});

	it('fails when Sök KIR comes before the register search', () => {
		const s = bara(nyAnsokan());
		const r = grade(s, kor(s, flytta(forsok(s), 1, 0)));
		const f = ettFynd(r, 'U7', 'innan Sök KIR');
		expect(f).toMatchObject({
			status: 'fel',
			hittat: 'Sök KIR → Sökning i personregistret',
			forvantat: 'Sökning i personregistret före Sök KIR'
		});
	});

	it('fails when Inled utredning comes before any aktualisering, else not assessed', () => {
		const s = bara(nyAnsokan());
		const ratt = forsok(s);
		// Inled first with nothing ticked, then aktualisera.
		const fore = [
			...ratt.slice(0, 5),
			(): Kommando => ({
				typ: 'inledUtredning',
				pnr: KUND,
				inledningsdatum: '2024-03-04',
				utredningstyp: 'LSS Utredning',
				ansvarigHandlaggare: 'Berg, Sara',
				organisation: 'LSS Myndighet',
				aktualiseringIds: []
			}),
			ratt[5]
		];
		expect(ettFynd(grade(s, kor(s, fore)), 'U7', 'Inled utredning').status).toBe('fel');
		const utan = ratt.slice(0, -1);
		expect(ettFynd(grade(s, kor(s, utan)), 'U7', 'Inled utredning')).toMatchObject({
			status: 'ej-bedomd',
			hittat: 'Inled utredning gjordes inte'
		});
	});
});
