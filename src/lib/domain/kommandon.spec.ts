import { describe, expect, it } from 'vitest';
import { NYCKELKOD_EJ_SKRIVEN } from './katalog';
import { AKTUALISERING_LAST, utfor, type Kommando, type Omvarld } from './kommandon';
import type { CaseState, Person } from './model';
import { startState, tillampa } from './projektion';

const tomVarld: Omvarld = { iRegistret: () => false };

const person: Person = {
	pnr: '199001012385',
	efternamn: 'Ek',
	fornamn: 'Alva',
	adress: 'Storgatan 1',
	postnummer: '252 20',
	ort: 'Helsingborg',
	civilstand: 'Ogift',
	nyckelkod: NYCKELKOD_EJ_SKRIVEN
};

/** Runs commands in order, failing the test on a refusal, and returns the final state. */
function kor(state: CaseState, ...kommandon: Kommando[]): CaseState {
	for (const k of kommandon) {
		const u = utfor(state, k, tomVarld);
		if (!u.ok) throw new Error(u.fel);
		state = u.handelser.reduce(tillampa, state);
	}
	return state;
}

const utkast = (typ: string) => ({
	typ,
	datum: '2023-03-01',
	franVem: 'Den enskilde',
	ansvarigHandlaggare: 'Berg, Sara',
	organisation: 'LSS Myndighet'
});

describe('registreraKund', () => {
	it('registers a valid person', () => {
		const s = kor(startState(), { typ: 'registreraKund', kalla: 'Ny', person });
		expect(s.kunder[person.pnr].efternamn).toBe('Ek');
	});
	it('refuses a personnummer whose check digit is wrong', () => {
		const u = utfor(
			startState(),
			{ typ: 'registreraKund', kalla: 'Ny', person: { ...person, pnr: '199001012386' } },
			tomVarld
		);
		expect(u).toMatchObject({ ok: false, falt: 'Personnummer' });
	});
	it('asks for the century when the personnummer has ten digits', () => {
		const u = utfor(
			startState(),
			{ typ: 'registreraKund', kalla: 'Ny', person: { ...person, pnr: '9001012385' } },
			tomVarld
		);
		expect(u).toMatchObject({ ok: false, falt: 'Personnummer' });
		if (!u.ok) expect(u.fel).toContain('århundradet');
	});
	it('refuses a person already in the register, as Procapita does', () => {
		const u = utfor(
			startState(),
			{ typ: 'registreraKund', kalla: 'KIR', person },
			{ iRegistret: () => true }
		);
		expect(u.ok).toBe(false);
		const s = kor(startState(), { typ: 'registreraKund', kalla: 'Ny', person });
		expect(utfor(s, { typ: 'registreraKund', kalla: 'Ny', person }, tomVarld).ok).toBe(false);
	});
	it('accepts a wrong nyckelkod: that mistake is graded, not refused', () => {
		const u = utfor(
			startState(),
			{
				typ: 'registreraKund',
				kalla: 'KIR',
				person: { ...person, nyckelkod: '128301 – Helsingborg Centrum' }
			},
			tomVarld
		);
		expect(u.ok).toBe(true);
	});
	it('refuses an empty nyckelkod', () => {
		const u = utfor(
			startState(),
			{ typ: 'registreraKund', kalla: 'Ny', person: { ...person, nyckelkod: '' } },
			tomVarld
		);
		expect(u).toMatchObject({ ok: false, falt: 'Nyckelkod' });
	});
});

describe('sparaAktualiseringar and inledUtredning', () => {
	it('saves one aktualisering per draft with ids that replay identically', () => {
		const s = kor(startState(), {
			typ: 'sparaAktualiseringar',
			pnr: person.pnr,
			utkast: [utkast('LSS Ledsagarservice'), utkast('LSS Kontaktperson')]
		});
		expect(s.aktualiseringar.map((a) => a.id)).toEqual(['akt-1', 'akt-2']);
		expect(s.aktualiseringar.every((a) => !a.behandlad)).toBe(true);
	});
	it('refuses an impossible date and names the draft', () => {
		const u = utfor(
			startState(),
			{
				typ: 'sparaAktualiseringar',
				pnr: person.pnr,
				utkast: [
					utkast('LSS Ledsagarservice'),
					{ ...utkast('LSS Kontaktperson'), datum: '2023-02-30' }
				]
			},
			tomVarld
		);
		expect(u).toMatchObject({ ok: false, falt: 'Datum' });
		if (!u.ok) expect(u.fel).toContain('aktualisering 2');
	});
	it.each([
		['typ', 'Typ av aktualisering'],
		['franVem', 'Från vem'],
		['ansvarigHandlaggare', 'Ansvarig handläggare'],
		['organisation', 'Organisation']
	] as const)(
		'refuses an aktualisering with %s empty, naming the field and the draft',
		(f, falt) => {
			const u = utfor(
				startState(),
				{
					typ: 'sparaAktualiseringar',
					pnr: person.pnr,
					utkast: [utkast('LSS Ledsagarservice'), { ...utkast('LSS Kontaktperson'), [f]: ' ' }]
				},
				tomVarld
			);
			expect(u).toEqual({ ok: false, falt, fel: `${falt} måste väljas (aktualisering 2).` });
		}
	);
	it('names the first field in the form order: an impossible Datum before an empty Organisation', () => {
		const u = utfor(
			startState(),
			{
				typ: 'sparaAktualiseringar',
				pnr: person.pnr,
				utkast: [{ ...utkast('LSS Ledsagarservice'), datum: '2023-02-30', organisation: '' }]
			},
			tomVarld
		);
		expect(u).toMatchObject({ ok: false, falt: 'Datum' });
	});
	it('refuses an aktualisering without a date, naming Datum', () => {
		const u = utfor(
			startState(),
			{
				typ: 'sparaAktualiseringar',
				pnr: person.pnr,
				utkast: [{ ...utkast('LSS Ledsagarservice'), datum: '' }]
			},
			tomVarld
		);
		expect(u).toEqual({ ok: false, falt: 'Datum', fel: 'Datum måste fyllas i (ÅÅÅÅ-MM-DD).' });
	});
	it.each([
		['utredningstyp', 'Typ av utredning'],
		['ansvarigHandlaggare', 'Ansvarig handläggare'],
		['organisation', 'Organisation']
	] as const)('refuses Inled utredning with %s empty, naming the field', (f, falt) => {
		const u = utfor(
			startState(),
			{
				typ: 'inledUtredning',
				pnr: person.pnr,
				inledningsdatum: '2023-03-01',
				utredningstyp: 'LSS Utredning',
				ansvarigHandlaggare: 'Berg, Sara',
				organisation: 'LSS Myndighet',
				aktualiseringIds: [],
				[f]: ''
			},
			tomVarld
		);
		expect(u).toEqual({ ok: false, falt, fel: `${falt} måste väljas.` });
	});
	it('accepts a hemvårdsområde as organisation: the grader catches it (A4)', () => {
		const u = utfor(
			startState(),
			{
				typ: 'sparaAktualiseringar',
				pnr: person.pnr,
				utkast: [{ ...utkast('LSS Ledsagarservice'), organisation: 'Centrum' }]
			},
			tomVarld
		);
		expect(u.ok).toBe(true);
	});
	it('links the chosen aktualiseringar to the new utredning', () => {
		let s = kor(startState(), {
			typ: 'sparaAktualiseringar',
			pnr: person.pnr,
			utkast: [utkast('LSS Ledsagarservice'), utkast('LSS Kontaktperson')]
		});
		s = kor(s, {
			typ: 'inledUtredning',
			pnr: person.pnr,
			inledningsdatum: '2023-03-01',
			utredningstyp: 'LSS Utredning',
			ansvarigHandlaggare: 'Berg, Sara',
			organisation: 'LSS Myndighet',
			aktualiseringIds: ['akt-1']
		});
		expect(s.utredningar).toHaveLength(1);
		expect(s.aktualiseringar.find((a) => a.id === 'akt-1')).toMatchObject({
			behandlad: true,
			utredningId: 'utr-1'
		});
		expect(s.aktualiseringar.find((a) => a.id === 'akt-2')?.behandlad).toBe(false);
		const igen = utfor(
			s,
			{
				typ: 'inledUtredning',
				pnr: person.pnr,
				inledningsdatum: '2023-03-01',
				utredningstyp: 'LSS Utredning',
				ansvarigHandlaggare: 'Berg, Sara',
				organisation: 'LSS Myndighet',
				aktualiseringIds: ['akt-1']
			},
			tomVarld
		);
		expect(igen).toMatchObject({ ok: false, falt: 'Ej behandlade aktualiseringar' });
	});
	it('refuses an aktualisering in an avslutad utredning', () => {
		const s = startState({
			utredningar: [
				{
					id: 'u0',
					pnr: person.pnr,
					typ: 'LSS Utredning',
					inledningsdatum: '2022-01-01',
					slutdatum: '2022-02-01',
					ansvarigHandlaggare: 'Berg, Sara',
					organisation: 'LSS Myndighet'
				}
			]
		});
		expect(
			utfor(
				s,
				{
					typ: 'sparaAktualiseringar',
					pnr: person.pnr,
					utredningId: 'u0',
					utkast: [utkast('LSS Ledsagarservice')]
				},
				tomVarld
			).ok
		).toBe(false);
	});
});

describe('andraAktualisering (a saved aktualisering opened again)', () => {
	const sparad = () =>
		kor(startState(), {
			typ: 'sparaAktualiseringar',
			pnr: person.pnr,
			utkast: [
				{ ...utkast('LSS Ledsagarservice'), organisation: 'Centrum hemtjänst 1' },
				utkast('LSS Kontaktperson')
			]
		});
	const inled = (ids: string[]): Kommando => ({
		typ: 'inledUtredning',
		pnr: person.pnr,
		inledningsdatum: '2023-03-01',
		utredningstyp: 'LSS Utredning',
		ansvarigHandlaggare: 'Berg, Sara',
		organisation: 'LSS Myndighet',
		aktualiseringIds: ids
	});

	it('replaces the saved values under the same id, leaving the others and the counter', () => {
		const fore = sparad();
		const s = kor(fore, {
			typ: 'andraAktualisering',
			pnr: person.pnr,
			id: 'akt-1',
			utkast: utkast('LSS Ledsagarservice')
		});
		expect(s.aktualiseringar).toEqual([
			{ ...fore.aktualiseringar[0], organisation: 'LSS Myndighet' },
			fore.aktualiseringar[1]
		]);
		expect(s.nasta.aktualisering).toBe(fore.nasta.aktualisering);
	});

	it('gives one AktualiseringAndrad with the whole aktualisering', () => {
		const u = utfor(
			sparad(),
			{
				typ: 'andraAktualisering',
				pnr: person.pnr,
				id: 'akt-1',
				utkast: { ...utkast('LSS Ledsagarservice'), datum: '2023-03-02' }
			},
			tomVarld
		);
		expect(u).toEqual({
			ok: true,
			handelser: [
				{
					typ: 'AktualiseringAndrad',
					aktualisering: {
						id: 'akt-1',
						pnr: person.pnr,
						...utkast('LSS Ledsagarservice'),
						datum: '2023-03-02',
						behandlad: false
					}
				}
			]
		});
	});

	it('keeps the pågående utredning it was made in (A1)', () => {
		let s = kor(sparad(), inled(['akt-1', 'akt-2']));
		s = kor(s, {
			typ: 'sparaAktualiseringar',
			pnr: person.pnr,
			utredningId: 'utr-1',
			utkast: [utkast('LSS Avlösarservice')]
		});
		s = kor(s, {
			typ: 'andraAktualisering',
			pnr: person.pnr,
			id: 'akt-3',
			utkast: { ...utkast('LSS Avlösarservice'), franVem: 'God man' }
		});
		expect(s.aktualiseringar[2]).toMatchObject({
			utredningId: 'utr-1',
			behandlad: false,
			franVem: 'God man'
		});
	});

	it.each([
		['typ', 'Typ av aktualisering', 'Typ av aktualisering måste väljas.'],
		['datum', 'Datum', 'Datum måste fyllas i (ÅÅÅÅ-MM-DD).'],
		['franVem', 'Från vem', 'Från vem måste väljas.'],
		['ansvarigHandlaggare', 'Ansvarig handläggare', 'Ansvarig handläggare måste väljas.'],
		['organisation', 'Organisation', 'Organisation måste väljas.']
	] as const)('refuses it with %s empty, as a new one, naming the field', (f, falt, fel) => {
		const u = utfor(
			sparad(),
			{
				typ: 'andraAktualisering',
				pnr: person.pnr,
				id: 'akt-1',
				utkast: { ...utkast('LSS Ledsagarservice'), [f]: '' }
			},
			tomVarld
		);
		expect(u).toEqual({ ok: false, falt, fel });
	});

	it('refuses an impossible date and an unknown organisation', () => {
		const k = (over: object): Kommando => ({
			typ: 'andraAktualisering',
			pnr: person.pnr,
			id: 'akt-1',
			utkast: { ...utkast('LSS Ledsagarservice'), ...over }
		});
		expect(utfor(sparad(), k({ datum: '2023-02-30' }), tomVarld)).toMatchObject({
			ok: false,
			falt: 'Datum'
		});
		expect(utfor(sparad(), k({ organisation: 'Påhittad' }), tomVarld)).toMatchObject({
			ok: false,
			falt: 'Organisation'
		});
	});

	it('refuses it once an utredning is inledd from it, saying what to do instead', () => {
		const s = kor(sparad(), inled(['akt-1']));
		const u = utfor(
			s,
			{
				typ: 'andraAktualisering',
				pnr: person.pnr,
				id: 'akt-1',
				utkast: utkast('LSS Ledsagarservice')
			},
			tomVarld
		);
		expect(u).toEqual({ ok: false, fel: AKTUALISERING_LAST });
		expect(AKTUALISERING_LAST).toMatch(/utredning är inledd.*ny aktualisering/);
		// the one not ticked is still ej behandlad and may be corrected
		expect(
			utfor(
				s,
				{
					typ: 'andraAktualisering',
					pnr: person.pnr,
					id: 'akt-2',
					utkast: { ...utkast('LSS Kontaktperson'), datum: '2023-03-02' }
				},
				tomVarld
			).ok
		).toBe(true);
	});

	it("refuses an aktualisering that is not the customer's", () => {
		const u = utfor(
			sparad(),
			{
				typ: 'andraAktualisering',
				pnr: '199001012385'.replace('2385', '2393'),
				id: 'akt-1',
				utkast: utkast('LSS Ledsagarservice')
			},
			tomVarld
		);
		expect(u.ok).toBe(false);
	});

	it('the projection ignores a correction of a behandlad one (a forged file)', () => {
		const s = kor(sparad(), inled(['akt-1']));
		const forfalskad = tillampa(s, {
			typ: 'AktualiseringAndrad',
			aktualisering: { ...s.aktualiseringar[0], organisation: 'LSS Myndighet', behandlad: false }
		});
		expect(forfalskad).toBe(s);
	});
});

describe('projection', () => {
	it('keeps the ten latest customers, most recent first, without duplicates (S4)', () => {
		let s = startState();
		for (let i = 0; i < 12; i++) s = tillampa(s, { typ: 'KundOppnad', pnr: String(i) });
		s = tillampa(s, { typ: 'KundOppnad', pnr: '5' });
		expect(s.senasteKunder).toHaveLength(10);
		expect(s.senasteKunder[0]).toBe('5');
		expect(new Set(s.senasteKunder).size).toBe(10);
	});
	it('does not share objects with the start state', () => {
		const start = {
			utredningar: [
				{
					id: 'u0',
					pnr: person.pnr,
					typ: 'LSS Utredning',
					inledningsdatum: '2022-01-01',
					ansvarigHandlaggare: 'x',
					organisation: 'LSS Myndighet'
				}
			]
		};
		const s = startState(start);
		s.utredningar[0].typ = 'ändrad';
		expect(start.utredningar[0].typ).toBe('LSS Utredning');
	});
});

describe('ids after a start state', () => {
	it('never reuse an id the scenario already placed', () => {
		const s = startState({
			utredningar: [
				{
					id: 'utr-3',
					pnr: person.pnr,
					typ: 'LSS Utredning',
					inledningsdatum: '2022-01-01',
					ansvarigHandlaggare: 'Berg, Sara',
					organisation: 'LSS Myndighet'
				}
			]
		});
		const u = utfor(
			s,
			{
				typ: 'inledUtredning',
				pnr: person.pnr,
				inledningsdatum: '2023-03-01',
				utredningstyp: 'LSS Utredning',
				ansvarigHandlaggare: 'Berg, Sara',
				organisation: 'LSS Myndighet',
				aktualiseringIds: []
			},
			tomVarld
		);
		expect(u.ok && u.handelser[0].typ === 'UtredningInledd' && u.handelser[0].utredning.id).toBe(
			'utr-4'
		);
	});
});
