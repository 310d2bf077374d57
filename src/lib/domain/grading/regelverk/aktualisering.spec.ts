import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../schemas/scenario';
import { grade } from '../motor';
import {
	BEFINTLIG,
	andra,
	ettFynd,
	forsok,
	fyndFor,
	iPagaende,
	kor,
	nyAnsokan,
	omprovning,
	scenario
} from '../testdata';
import { aktualiseringsregler } from './aktualisering';

const bara = (s: Scenario): Scenario => ({ ...s, regelverk: ['aktualisering'] });

describe('aktualiseringsregler', () => {
	describe('with aktualiseringar: [] (no aktualisering may be made)', () => {
		const medOmprovning = omprovning();
		const ingen = bara({
			...medOmprovning,
			forvantat: { ...medOmprovning.forvantat, aktualiseringar: [] }
		});

		it('builds one A2 that passes when none is saved', () => {
			expect(aktualiseringsregler(ingen).map((r) => `${r.id} ${r.vad}`)).toEqual([
				'A2 Ingen aktualisering gjordes'
			]);
			const r = grade(ingen, kor(ingen, forsok(ingen)));
			expect(ettFynd(r, 'A2', 'Ingen aktualisering gjordes').status).toBe('ratt');
		});

		it('fails A2 when an aktualisering is saved, naming it', () => {
			const r = grade(ingen, kor(ingen, forsok(medOmprovning)));
			expect(ettFynd(r, 'A2', 'Ingen aktualisering gjordes')).toMatchObject({
				status: 'fel',
				kritisk: true,
				hittat: expect.stringContaining('LSS Omprövning'),
				manualcitat:
					'En ansökan kan innehålla flera sökta insatser och du skapar en aktualisering för varje sökt insats.'
			});
		});
	});

	it('builds A1–A4 per expected aktualisering and one A2 count', () => {
		const regler = aktualiseringsregler(nyAnsokan());
		expect(regler.map((r) => r.id)).toEqual([
			...['A2', 'A1', 'A3', 'A3', 'A3', 'A4'],
			...['A2', 'A1', 'A3', 'A3', 'A3', 'A4'],
			'A2'
		]);
		expect(new Set(regler.map((r) => r.avsnitt))).toEqual(new Set(['Aktualisera en ansökan']));
	});

	it('passes a correct attempt, whatever order the aktualiseringar were saved in', () => {
		const s = bara(nyAnsokan());
		const omvand = andra(forsok(s), 'sparaAktualiseringar', (k) => ({
			...k,
			utkast: [...k.utkast].reverse()
		}));
		for (const steg of [forsok(s), omvand]) {
			const r = grade(s, kor(s, steg));
			expect(r.fynd.every((f) => f.status === 'ratt')).toBe(true);
		}
	});

	it('fails A4 (kritisk) when a hemvårdsområde is chosen as Organisation', () => {
		const s = bara(nyAnsokan());
		const r = grade(s, kor(s, forsok(s, { utkast: { organisation: 'Centrum hemtjänst 1' } })));
		const fel = fyndFor(r, 'A4');
		expect(fel.map((f) => f.status)).toEqual(['fel', 'fel']);
		expect(fel[0]).toMatchObject({ kritisk: true, hittat: 'Organisation: Centrum hemtjänst 1' });
	});

	it('fails A2 for the sökt insats left out; its fields are not assessed', () => {
		const s = bara(nyAnsokan());
		const r = grade(s, kor(s, forsok(s, { utanTyp: 'LSS Kontaktperson' })));
		expect(ettFynd(r, 'A2', 'LSS Kontaktperson')).toMatchObject({
			status: 'fel',
			kritisk: true,
			hittat: 'ingen aktualisering med Typ av aktualisering LSS Kontaktperson sparades'
		});
		expect(ettFynd(r, 'A2', 'per sökt insats')).toMatchObject({
			status: 'fel',
			hittat: 'Sparade aktualiseringar: 1 st: LSS Ledsagarservice 2024-03-04'
		});
		expect(ettFynd(r, 'A4', 'LSS Kontaktperson').status).toBe('ej-bedomd');
		expect(ettFynd(r, 'A2', 'LSS Ledsagarservice').status).toBe('ratt');
	});

	it('fails A3 for a wrong Datum and Från vem', () => {
		const s = bara(nyAnsokan());
		const r = grade(
			s,
			kor(s, forsok(s, { utkast: { datum: '2024-03-05', franVem: 'Den enskilde' } }))
		);
		expect(ettFynd(r, 'A3', 'Datum på aktualiseringen LSS Kontaktperson')).toMatchObject({
			status: 'fel',
			hittat: 'Datum: 2024-03-05'
		});
		expect(ettFynd(r, 'A3', 'Från vem på aktualiseringen LSS Kontaktperson').status).toBe('fel');
	});

	it('checks A1 in a pågående utredning: right there, wrong on the root', () => {
		const s = bara(iPagaende());
		const ratt = grade(s, kor(s, forsok(s)));
		expect(ettFynd(ratt, 'A1')).toMatchObject({
			avsnitt: 'Aktualisera en ansökan i en pågående utredning',
			status: 'ratt'
		});
		const paRoten = andra(forsok(s), 'sparaAktualiseringar', (k) => ({
			...k,
			utredningId: undefined
		}));
		expect(ettFynd(grade(s, kor(s, paRoten)), 'A1')).toMatchObject({
			status: 'fel',
			hittat: 'Aktualiserad under: rubriken LSS utredning o verkställighet',
			forvantat: expect.stringContaining('LSS Utredning 240110-')
		});
	});

	it('grades an omprövning under A5 in its own section', () => {
		const s = bara(omprovning());
		const regler = aktualiseringsregler(s);
		expect(new Set(regler.map((r) => r.id))).toEqual(new Set(['A5']));
		expect(regler[0].avsnitt).toBe('Aktualisera en omprövning');
		expect(grade(s, kor(s, forsok(s))).fynd.every((f) => f.status === 'ratt')).toBe(true);
		const r = grade(s, kor(s, forsok(s, { utkast: { franVem: 'Den enskilde' } })));
		expect(ettFynd(r, 'A5', 'Från vem')).toMatchObject({
			status: 'fel',
			forvantat: 'Egna myndigheten (VON)'
		});
	});

	it('refuses an expectation naming an utredning the start state lacks, naming the field', () => {
		const s = scenario({
			forvantat: {
				kund: { pnr: BEFINTLIG },
				aktualiseringar: [
					{
						typ: 'LSS Kontaktperson',
						datum: '2024-03-04',
						franVem: 'Den enskilde',
						ansvarigHandlaggare: 'Berg, Sara',
						utredning: 'utr-saknas'
					}
				]
			}
		});
		expect(() => aktualiseringsregler(s)).toThrow(
			/scenarios\/test\/index\.md: forvantat\.aktualiseringar\[0\]\.utredning: .*utr-saknas/
		);
	});
});
