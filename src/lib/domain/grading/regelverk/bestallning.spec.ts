import { describe, expect, it } from 'vitest';
import type { BestallningUtkast } from '../../beslut-kommandon';
import type { Scenario } from '../../../schemas/scenario';
import { grade } from '../motor';
import { andra, ettFynd, fyndFor, kor, type Steg } from '../testdata';
import {
	boendeOchDagligVerksamhet,
	delavslag,
	personligAssistans,
	rattForsok,
	stodfamilj
} from '../testdata-beslut';

/** The correct attempt with every beställning's fields changed by `f`. */
const medBestallning = (s: Scenario, f: (u: BestallningUtkast) => Partial<BestallningUtkast>) =>
	andra(rattForsok(s), 'sparaBestallning', (k) => ({
		...k,
		utkast: { ...k.utkast, ...f(k.utkast) }
	}));

/** An extra beställning from beslut `nr`'s tab, to utförare with insats. */
const extra =
	(s: Scenario, nr: number, utforare: string, insats: string): Steg =>
	(st) => ({
		typ: 'sparaBestallning',
		pnr: s.forvantat.kund.pnr,
		franBeslutId: st.beslut[nr].id,
		utkast: {
			beslutId: st.beslut[nr].id,
			insatskategori: 'Korttidsvistelse-insatser LSS',
			utforare,
			utforarensOrganisation: 'LSS Barn och ungdom',
			insatser: [insats],
			kvantitet: '',
			period: '',
			fran: '2025-03-10',
			till: '2026-03-09',
			bestalltDatum: '2025-03-10',
			bestallningstext: ''
		}
	});

describe('bestallningsregler', () => {
	it('passes the stödfamilj case with one beställning to Lss, Rekryteringshandläggare (O6)', () => {
		const s = stodfamilj();
		const r = grade(s, kor(s, rattForsok(s)));
		expect(r.fynd.filter((f) => f.status !== 'ratt')).toEqual([]);
		expect(fyndFor(r, 'O6').length).toBeGreaterThanOrEqual(4);
	});

	it('fails O6 for two beställningar, one to Lss, Barn/Ungdom 1', () => {
		const s = stodfamilj();
		const r = grade(
			s,
			kor(s, [...rattForsok(s), extra(s, 0, 'Lss, Barn/Ungdom 1', 'Korttidsvistelse 2')])
		);
		expect(ettFynd(r, 'O6', 'Inte fler').status).toBe('fel');
		expect(ettFynd(r, 'O6', 'Ingen beställning till').status).toBe('fel');
		expect(ettFynd(r, 'O6', 'Ingen beställning gjordes för LSS Korttidsvistelse').status).toBe(
			'fel'
		);
	});

	it('fails O6 when the one beställning goes to Lss, Barn/Ungdom 1 with the wrong insats nivå', () => {
		const s = stodfamilj();
		const r = grade(
			s,
			kor(
				s,
				medBestallning(s, () => ({ utforare: 'Lss, Barn/Ungdom 1', insatser: ['Stödfamilj 3'] }))
			)
		);
		expect(ettFynd(r, 'O6', 'Utförare')).toMatchObject({
			status: 'fel',
			hittat: 'Utförare: Lss, Barn/Ungdom 1'
		});
		expect(ettFynd(r, 'O6', 'Insats i')).toMatchObject({
			status: 'fel',
			hittat: 'Insatser: 1 st: Stödfamilj 3'
		});
	});

	it('grades the stödfamilj insats by name only where the scenario names it (reading 8)', () => {
		const utanNamn = stodfamilj(null);
		const fel = medBestallning(utanNamn, () => ({ insatser: ['Stödfamilj 3'] }));
		const r = grade(utanNamn, kor(utanNamn, fel));
		expect(fyndFor(r, 'O6', 'Insats i')).toEqual([]);
		expect(ettFynd(r, 'O2', 'En insats valdes')).toMatchObject({ status: 'ratt' });

		const s = stodfamilj();
		const r2 = grade(
			s,
			kor(
				s,
				medBestallning(s, () => ({ insatser: ['Stödfamilj 3'] }))
			)
		);
		expect(ettFynd(r2, 'O6', 'Insats i')).toMatchObject({
			status: 'fel',
			forvantat: 'Insatser: Stödfamilj 2 (enligt uppdraget)',
			manualcitat: '6) När du valt och pilat över rätt insats klicka på OK.'
		});
	});

	it('fails O1 for a beställning on an avslag and for a missing one on a bifall', () => {
		const s = delavslag();
		const paAvslag = andra(rattForsok(s), 'sparaBestallning', (k) => k);
		paAvslag.push((st) => ({
			typ: 'sparaBestallning',
			pnr: s.forvantat.kund.pnr,
			franBeslutId: st.beslut[1].id,
			utkast: { ...bestallningAv(st), beslutId: st.beslut[1].id }
		}));
		const r = grade(s, kor(s, paAvslag));
		expect(ettFynd(r, 'O1', 'avslagsbeslut').status).toBe('fel');
		expect(ettFynd(r, 'O1', 'för LSS Avlösarservice Avslag').status).toBe('fel');

		const utan = rattForsok(s).filter((st) => typeof st !== 'function');
		const r2 = grade(s, kor(s, utan));
		expect(ettFynd(r2, 'O1', 'En beställning gjordes')).toMatchObject({
			status: 'fel',
			kritisk: true,
			hittat: 'ingen beställning gjordes för beslutet LSS Ledsagarservice Bifall'
		});
		expect(r2.godkand).toBe(false);
	});

	it('fails O3 for hours and dates that do not match the beslut', () => {
		const s = personligAssistans();
		const r = grade(
			s,
			kor(
				s,
				medBestallning(s, () => ({ kvantitet: '10.5', fran: '2025-03-01' }))
			)
		);
		expect(ettFynd(r, 'O3', 'Beställd kvantitet')).toMatchObject({
			status: 'fel',
			hittat: 'Beställd kvantitet: 10.50'
		});
		expect(ettFynd(r, 'O3', 'fr.o.m.').status).toBe('fel');
	});

	it('fails O2 for the wrong utförare or insats of personlig assistans', () => {
		const s = personligAssistans();
		const r = grade(
			s,
			kor(
				s,
				medBestallning(s, () => ({
					utforare: 'Enhetschef, Personlig Assistans',
					insatser: ['Pers ass tillf utök']
				}))
			)
		);
		expect(ettFynd(r, 'O2', 'Utförare').status).toBe('fel');
		expect(ettFynd(r, 'O2', 'Insats i').status).toBe('fel');
	});

	it('bostad vuxna: <ingen>, Planering LSS, and Utförarens organisation changed to LSS Myndighet', () => {
		const s = boendeOchDagligVerksamhet();
		const rb = grade(s, kor(s, rattForsok(s)));
		expect(rb.fynd.filter((f) => f.status !== 'ratt')).toEqual([]);
		const fel = andra(rattForsok(s), 'sparaBestallning', (k) =>
			k.utkast.utforare === 'Lss, Boendeteamet'
				? {
						...k,
						utkast: { ...k.utkast, utforarensOrganisation: 'LSS Boende', beslutId: k.franBeslutId }
					}
				: k
		);
		const r = grade(s, kor(s, fel));
		expect(
			ettFynd(r, 'O2', 'Utförarens organisation i beställningen för LSS Bostad vuxna')
		).toMatchObject({
			status: 'fel',
			hittat: 'Utförarens organisation: LSS Boende'
		});
		expect(ettFynd(r, 'O2', 'Beslut i beställningen för LSS Bostad vuxna')).toMatchObject({
			status: 'fel',
			forvantat: 'Vid Beslut: välj <ingen>'
		});
	});
});

function bestallningAv(st: { bestallningar: { insatser: string[] }[] }): BestallningUtkast {
	return {
		beslutId: '',
		insatskategori: 'Rekrytering LSS-insatser',
		utforare: 'Lss, Rekryteringshandläggare',
		utforarensOrganisation: 'LSS Rekrytering',
		insatser: st.bestallningar[0]?.insatser ?? ['Avlösarservice'],
		kvantitet: '',
		period: '',
		fran: '2025-03-10',
		till: '',
		bestalltDatum: '2025-03-10',
		bestallningstext: ''
	};
}
