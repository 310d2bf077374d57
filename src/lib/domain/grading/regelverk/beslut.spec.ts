import { describe, expect, it } from 'vitest';
import type { BeslutUtkast } from '../../beslut-kommandon';
import { grade } from '../motor';
import { andra, ettFynd, fyndFor, kor } from '../testdata';
import {
	beslutsscenario,
	delavslag,
	personligAssistans,
	rattForsok,
	stodfamilj,
	utokning
} from '../testdata-beslut';
import { beslutsregler } from './beslut';

const alla = [stodfamilj, personligAssistans, utokning, delavslag];

/** The correct attempt with every beslut's fields changed by `f`. */
const medBeslut = (
	s: ReturnType<typeof stodfamilj>,
	f: (u: BeslutUtkast, i: number) => Partial<BeslutUtkast>
) =>
	andra(rattForsok(s), 'sparaBeslut', (k) => ({
		...k,
		utkast: k.utkast.map((u, i) => ({ ...u, ...f(u, i) }))
	}));

describe('beslutsregler', () => {
	it('passes the correct attempt of every family', () => {
		for (const gor of alla) {
			const s = gor();
			const r = grade(s, kor(s, rattForsok(s)));
			expect(r.fynd.filter((f) => f.status === 'fel').map((f) => `${f.regelId} ${f.vad}`)).toEqual(
				[]
			);
			expect(r.godkand).toBe(true);
		}
	});

	it('names the manual section of the family and builds nothing without beslut', () => {
		expect(new Set(beslutsregler(stodfamilj()).map((r) => r.avsnitt))).toEqual(
			new Set(['Beslut korttidstillsyn och korttidsvistelse/stödfamilj'])
		);
		expect(beslutsregler(beslutsscenario({}))).toEqual([]);
	});

	it('fails B1 for a wrong insatskategori, for bifall and for avslag', () => {
		const s = delavslag();
		const r = grade(
			s,
			kor(
				s,
				medBeslut(s, (_u, i) => ({
					insatskategori: i === 0 ? 'LSS Insatser' : 'Rekrytering LSS-insatser'
				}))
			)
		);
		expect(ettFynd(r, 'B1', 'Insatskategori för LSS Ledsagarservice Bifall')).toMatchObject({
			status: 'fel',
			hittat: 'Insatskategori: LSS Insatser'
		});
		expect(ettFynd(r, 'B1', 'Insatskategori för LSS Avlösarservice Avslag').status).toBe('fel');
	});

	it('fails B7 for hours typed as decimals (10.5 is 10 h 50 min) and for the wrong period', () => {
		const s = personligAssistans();
		const r = grade(
			s,
			kor(
				s,
				medBeslut(s, () => ({ timmar: '10.5', period: 'Vecka' }))
			)
		);
		expect(ettFynd(r, 'B7', 'Antal timmar')).toMatchObject({
			status: 'fel',
			hittat: 'Antal timmar: 10.50'
		});
		expect(ettFynd(r, 'B7', 'Antal timmar').forvantat).toContain('10 timmar och 30 minuter');
		expect(ettFynd(r, 'B7', 'Period')).toMatchObject({
			status: 'fel',
			hittat: 'Period för antal timmar: Vecka'
		});
	});

	it('fails the nivå rule (O6) when nivå is missing or different on a beslut', () => {
		const s = stodfamilj();
		const r = grade(
			s,
			kor(
				s,
				medBeslut(s, (_u, i) => ({ niva: i === 0 ? '' : '3' }))
			)
		);
		const niva = fyndFor(r, 'O6', 'Nivå');
		expect(niva.map((f) => [f.status, f.hittat])).toEqual([
			['fel', 'Nivå: inte ifyllt'],
			['fel', 'Nivå: 3']
		]);
	});

	it('fails B4 when Utredning avslutas is ticked on a beslut that is not the last', () => {
		const s = stodfamilj();
		const r = grade(
			s,
			kor(
				s,
				medBeslut(s, (_u, i) => ({ utredningAvslutas: i === 0 }))
			)
		);
		expect(ettFynd(r, 'B4', 'före det sista')).toMatchObject({
			status: 'fel',
			hittat: expect.stringContaining('LSS Korttidsvistelse Bifall')
		});
		expect(ettFynd(r, 'B4', 'sista beslutet').status).toBe('fel');
		expect(r).toMatchObject({ godkand: false, kritiskaFel: ['B4'] });
	});

	it('fails B2 for a wrong beslutsdatum, Gäller fr.o.m. and Beslutsfattare', () => {
		const s = personligAssistans();
		const r = grade(
			s,
			kor(
				s,
				medBeslut(s, () => ({
					beslutsdatum: '2025-03-11',
					fran: '2025-03-11',
					beslutsfattare: 'Berg, Sara'
				}))
			)
		);
		// matching by Gäller fr.o.m. falls back to the one beslut of that name
		for (const vad of ['Beslutsdatum', 'Gäller fr.o.m.', 'Beslutsfattare'])
			expect(ettFynd(r, 'B2', vad).status, vad).toBe('fel');
		// the period granted is avgörande; when it was decided and by whom are formella
		expect(ettFynd(r, 'B2', 'Gäller fr.o.m.').kritisk).toBe(true);
		expect(ettFynd(r, 'B2', 'Beslutsdatum').kritisk).toBe(false);
		expect(ettFynd(r, 'B2', 'Beslutsfattare').kritisk).toBe(false);
	});

	it('fails B3 when no personkrets is chosen for a new customer', () => {
		const s = personligAssistans();
		const r = grade(
			s,
			kor(
				s,
				medBeslut(s, () => ({ personkrets: '' }))
			)
		);
		expect(ettFynd(r, 'B3').status).toBe('fel');
	});

	it('fails O8 and the missing months when tillfällig utökning is one beslut over three months', () => {
		const s = utokning();
		const steg = andra(rattForsok(s).slice(0, 1), 'sparaBeslut', (k) => ({
			...k,
			utkast: [{ ...k.utkast[0], till: '2025-06-30', utredningAvslutas: true }]
		}));
		const r = grade(s, kor(s, steg));
		expect(ettFynd(r, 'O8')).toMatchObject({
			status: 'fel',
			hittat: expect.stringContaining('1 st')
		});
		expect(fyndFor(r, 'B1', 'fattades').map((f) => f.status)).toEqual(['ratt', 'fel', 'fel']);
		expect(fyndFor(r, 'B2', 'Gäller t.o.m.').map((f) => f.status)).toEqual([
			'fel',
			'ej-bedomd',
			'ej-bedomd'
		]);
	});

	it('matches the months of a tillfällig utökning by date, whatever order they were entered in', () => {
		const s = utokning();
		const steg = andra(rattForsok(s), 'sparaBeslut', (k) => ({
			...k,
			utkast: [k.utkast[2], k.utkast[0], k.utkast[1]].map((u, i) => ({
				...u,
				utredningAvslutas: i === 2
			}))
		}));
		const r = grade(s, kor(s, steg));
		expect(r.fynd.filter((f) => f.status === 'fel')).toEqual([]);
	});

	it('reports a kontaktperson beslut with hours (B7: none for kontaktperson)', () => {
		const s = beslutsscenario({
			beslut: [
				{
					insats: 'kontaktperson',
					utfall: 'bifall',
					beslutsdatum: '2025-03-10',
					fran: '2025-03-10'
				}
			],
			lssInsatser: 'finns'
		});
		const fel = grade(
			s,
			kor(
				s,
				medBeslut(s, () => ({ timmar: '4.00', period: 'Månad' }))
			)
		);
		expect(ettFynd(fel, 'B7').status).toBe('fel');
		expect(ettFynd(grade(s, kor(s, rattForsok(s))), 'B7').status).toBe('ratt');
	});
});
