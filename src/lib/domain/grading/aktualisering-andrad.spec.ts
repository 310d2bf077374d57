import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../schemas/scenario';
import { grade } from './motor';
import { forsok, fyndFor, kor, nyAnsokan, utkast, type Steg } from './testdata';

const bara = (s: Scenario): Scenario => ({ ...s, regelverk: ['aktualisering'] });

/**
 * The trainee saved every aktualisering with a hemvårdsområde as Organisation, then opened each
 * again and corrected it before Inled utredning: the grader reads the corrected values, not the
 * first Spara (fakta.ts reads the events, so it must follow AktualiseringAndrad).
 */
describe('a corrected aktualisering', () => {
	const s = bara(nyAnsokan());
	const fel = forsok(s, { utkast: { organisation: 'Centrum hemtjänst 1' } });
	const inled = fel.findIndex((st) => typeof st === 'function');
	const rattelser: Steg[] = s.forvantat.aktualiseringar.map((f) => (state) => {
		const a = state.aktualiseringar.find((x) => x.typ === f.typ && !x.behandlad)!;
		return { typ: 'andraAktualisering', pnr: a.pnr, id: a.id, utkast: utkast(s, f.typ) };
	});

	it('fails A4 while uncorrected', () => {
		expect(fyndFor(grade(s, kor(s, fel)), 'A4').map((f) => f.status)).toEqual(['fel', 'fel']);
	});

	it('passes A4 (and every aktualisering rule) once corrected before Inled utredning', () => {
		const steg = [...fel.slice(0, inled), ...rattelser, ...fel.slice(inled)];
		const r = grade(s, kor(s, steg));
		expect(fyndFor(r, 'A4').map((f) => f.status)).toEqual(['ratt', 'ratt']);
		expect(r.fynd.every((f) => f.status === 'ratt')).toBe(true);
	});

	it('reads the latest of several corrections, and only of the aktualisering corrected', () => {
		const typ = s.forvantat.aktualiseringar[0].typ;
		const igen: Steg = (state) => {
			const a = state.aktualiseringar.find((x) => x.typ === typ)!;
			return {
				typ: 'andraAktualisering',
				pnr: a.pnr,
				id: a.id,
				utkast: { ...utkast(s, typ), organisation: 'Nord hemtjänst 1' }
			};
		};
		const steg = [...fel.slice(0, inled), ...rattelser, igen, ...fel.slice(inled)];
		const a4 = fyndFor(grade(s, kor(s, steg)), 'A4');
		expect(a4.map((f) => [f.vad.includes(typ), f.status])).toEqual(
			expect.arrayContaining([
				[true, 'fel'],
				[false, 'ratt']
			])
		);
	});
});
