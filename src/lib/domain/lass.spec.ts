/**
 * The LASS-beslut in the domain (rules.md L1, L4, N3): Inled utredning with no aktualisering, and
 * an utredning whose only pågående beslut is the LASS-beslut is not bold, derived from the events.
 */
import { describe, expect, it } from 'vitest';
import type { BeslutUtkast } from './beslut-kommandon';
import { proposeInled } from './formular/utredning';
import { LASS } from './insatstabell';
import { utfor, type Kommando, type Omvarld } from './kommandon';
import { utredningArPagaende, type CaseState, type Utredning } from './model';
import { projicera, startState, tillampaAlla, type Startlage } from './projektion';

const tomVarld: Omvarld = { iRegistret: () => false };
const PNR = '199001012385';
const IDAG = '2025-03-20';

function kor(state: CaseState, ...kommandon: Kommando[]): CaseState {
	for (const k of kommandon) {
		const u = utfor(state, k, tomVarld);
		if (!u.ok) throw new Error(u.fel);
		state = tillampaAlla(state, u.handelser);
	}
	return state;
}

const inled: Kommando = {
	typ: 'inledUtredning',
	pnr: PNR,
	inledningsdatum: '2025-03-14',
	utredningstyp: 'LSS Utredning',
	ansvarigHandlaggare: 'Holm, Johan',
	organisation: 'LSS Myndighet',
	aktualiseringIds: []
};

const lassUtkast: BeslutUtkast = {
	insatskategori: LASS.insatskategori,
	beslut: LASS.beslut,
	beslutsdatum: IDAG,
	fran: '2025-03-01',
	till: '2026-02-28',
	beslutsfattare: 'Holm, Johan',
	organisation: 'LSS Myndighet',
	personkrets: 'Personkrets 1',
	niva: '',
	timmar: '42.30',
	period: 'Vecka',
	utredningAvslutas: true
};

const paUtkast: BeslutUtkast = {
	...lassUtkast,
	insatskategori: 'Personlig ass LSS',
	beslut: 'LSS Personlig assistent Bifall',
	timmar: '20.00',
	period: 'Månad'
};

const spara = (utkast: BeslutUtkast[]): Kommando => ({
	typ: 'sparaBeslut',
	pnr: PNR,
	utredningId: 'utr-1',
	utkast
});

const utredningen = (s: CaseState): Utredning => {
	const u = s.utredningar.find((x) => x.id === 'utr-1');
	if (!u) throw new Error('ingen utredning utr-1');
	return u;
};

describe('L1: Inled utredning straight from LSS utredning o verkställighet', () => {
	it('inleds with no aktualisering: "välj direkt Inled utredning (aktualisering ska inte göras)"', () => {
		const u = utfor(startState({}, IDAG), inled, tomVarld);
		expect(u.ok).toBe(true);
		if (!u.ok) return;
		expect(u.handelser).toEqual([
			expect.objectContaining({ typ: 'UtredningInledd', aktualiseringIds: [] })
		]);
	});

	it('leaves an ej behandlad aktualisering of the customer as it was', () => {
		const start: Startlage = {
			aktualiseringar: [
				{
					id: 'akt-1',
					pnr: PNR,
					typ: 'LSS Ledsagarservice',
					datum: '2025-03-01',
					franVem: 'Den enskilde',
					ansvarigHandlaggare: 'Holm, Johan',
					organisation: 'LSS Myndighet',
					behandlad: false
				}
			]
		};
		const s = kor(startState(start, IDAG), inled);
		expect(s.aktualiseringar[0].behandlad).toBe(false);
		expect(s.aktualiseringar[0].utredningId).toBeUndefined();
	});

	it('opens the form with nothing taken from an aktualisering, none ticked', () => {
		expect(proposeInled([], IDAG)).toEqual({
			inledningsdatum: IDAG,
			typ: '',
			ansvarig: '',
			organisation: '',
			valda: []
		});
	});
});

describe('N3: "en LSS Utredning med ett pågående/aktuellt LASS-beslut är inte fetmarkerad"', () => {
	it('a saved LASS-beslut closes its utredning and leaves it not bold', () => {
		const s = kor(startState({}, IDAG), inled, spara([lassUtkast]));
		const u = utredningen(s);
		expect(u.slutdatum).toBe(IDAG);
		expect(utredningArPagaende(u)).toBe(false);
	});

	it('an ordinary bifall in its place keeps the utredning bold (the rule the exception is to)', () => {
		const s = kor(startState({}, IDAG), inled, spara([paUtkast]));
		expect(utredningArPagaende(utredningen(s))).toBe(true);
	});

	it('is bold when it also holds another pågående beslut (rules.md reading 23)', () => {
		const s = kor(
			startState({}, IDAG),
			inled,
			spara([
				{ ...paUtkast, utredningAvslutas: false },
				{ ...lassUtkast, utredningAvslutas: true }
			])
		);
		expect(utredningArPagaende(utredningen(s))).toBe(true);
	});

	it('is derived from a start state’s LASS-beslut too, with no flag of its own', () => {
		const start: Startlage = {
			utredningar: [
				{
					id: 'utr-1',
					pnr: PNR,
					typ: 'LSS Utredning',
					inledningsdatum: '2024-03-01',
					slutdatum: '2024-03-10',
					ansvarigHandlaggare: 'Holm, Johan',
					organisation: 'LSS Myndighet'
				}
			],
			beslut: [
				{
					id: 'beslut-1',
					pnr: PNR,
					utredningId: 'utr-1',
					insatskategori: LASS.insatskategori,
					beslut: LASS.beslut,
					beslutsdatum: '2024-03-10',
					fran: '2024-03-01',
					till: '2026-02-28',
					beslutsfattare: 'Holm, Johan',
					organisation: 'LSS Myndighet',
					utredningAvslutas: true
				}
			]
		};
		const u = projicera(start, [], IDAG).utredningar[0];
		expect(u.pagaendeBeslut).toBe(false);
		expect(utredningArPagaende(u)).toBe(false);
	});
});
