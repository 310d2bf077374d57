/**
 * Bekräfta beställning (C1–C3), Ta bort (R1) and Kopiera beställning (R2, R3) in the domain:
 * what is refused (only a confirmed beställning removed, as Procapita refuses it) and what the
 * projection makes of the events (the old beställning's end date, R3).
 */
import { describe, expect, it } from 'vitest';
import type { Bestallning } from './beslut';
import { BEKRAFTAD_KAN_INTE_TAS_BORT } from './bestallning-kommandon';
import { copyBestallning } from './formular/bestallning';
import { utfor, type Kommando } from './kommandon';
import type { CaseState, Verkstallighet } from './model';
import { projicera, startState, tillampa } from './projektion';

const PNR = '199001012385';

const best = (over: Partial<Bestallning> = {}): Bestallning => ({
	id: 'best-start-1',
	pnr: PNR,
	utredningId: 'utr-start-1',
	beslutId: 'beslut-start-1',
	franBeslutId: 'beslut-start-1',
	insatskategori: 'Personlig ass LSS',
	utforare: 'Lss, Eget Val',
	utforarensOrganisation: 'Privata utförare',
	insatser: ['Personlig assistans'],
	kvantitet: { timmar: 118, minuter: 15, period: 'Månad' },
	fran: '2025-04-16',
	bestalltDatum: '2025-04-16',
	bestallningstext: 'Kunden har valt Assistans i Nordväst AB.',
	bekraftad: false,
	beslutsfattare: 'Berg, Sara',
	beslutsfattarensOrganisation: 'C1 VON',
	...over
});

const verk = (over: Partial<Verkstallighet> = {}): Verkstallighet => ({
	id: 'verk-start-1',
	pnr: PNR,
	insatskategori: 'Personlig ass LSS',
	utforare: 'Lss, Eget Val',
	organisation: 'LSS Myndighet',
	fran: '2025-04-16',
	pagaende: true,
	...over
});

function grund(
	bestallningar: Bestallning[] = [best()],
	verkstalligheter: Verkstallighet[] = [verk()]
): CaseState {
	const beslut = {
		id: 'beslut-start-1',
		pnr: PNR,
		utredningId: 'utr-start-1',
		insatskategori: 'Personlig ass LSS',
		beslut: 'LSS Personlig assistent Bifall',
		beslutsdatum: '2025-04-16',
		fran: '2025-04-16',
		beslutsfattare: 'Berg, Sara',
		organisation: 'LSS Myndighet',
		utredningAvslutas: true
	};
	return startState({ bestallningar, verkstalligheter, beslut: [beslut] }, '2025-05-20');
}

function kor(state: CaseState, k: Kommando): CaseState {
	const u = utfor(state, k, { iRegistret: () => false });
	if (!u.ok) throw new Error(u.fel);
	return u.handelser.reduce(tillampa, state);
}

function vagra(state: CaseState, k: Kommando): string {
	const u = utfor(state, k, { iRegistret: () => false });
	if (u.ok) throw new Error('accepted');
	return u.fel;
}

const bekrafta = (over: Partial<Extract<Kommando, { typ: 'bekraftaBestallning' }>> = {}) =>
	({
		typ: 'bekraftaBestallning',
		id: 'best-start-1',
		insatskategori: 'Personlig ass LSS',
		utforare: 'Lss, Eget Val',
		organisation: 'LSS Myndighet',
		...over
	}) as const;

describe('bekraftaBestallning (C1–C3)', () => {
	it('confirms the beställning into the open verkställighet of its insats', () => {
		const s = kor(grund(), bekrafta());
		expect(s.bestallningar[0]).toMatchObject({
			bekraftad: true,
			bekraftelse: {
				insatskategori: 'Personlig ass LSS',
				utforare: 'Lss, Eget Val',
				organisation: 'LSS Myndighet',
				verkstallighetId: 'verk-start-1'
			}
		});
	});
	it('accepts it with no open verkställighet (C2 is graded), recording none', () => {
		const s = kor(grund([best()], [verk({ pagaende: false, till: '2025-04-30' })]), bekrafta());
		expect(s.bestallningar[0].bekraftelse?.verkstallighetId).toBeNull();
	});
	it('accepts a beställning to another utförare (C1 is graded)', () => {
		const s = kor(
			grund([best({ utforare: 'Lss, Rekryteringshandläggare' })]),
			bekrafta({ utforare: 'Lss, Rekryteringshandläggare' })
		);
		expect(s.bestallningar[0].bekraftad).toBe(true);
	});
	it('refuses one already confirmed, and empty fields', () => {
		const s = kor(grund(), bekrafta());
		expect(vagra(s, bekrafta())).toBe('Beställningen är redan bekräftad.');
		expect(vagra(grund(), bekrafta({ organisation: '' }))).toBe('Organisation måste väljas.');
	});
});

describe('taBortBestallning (R1)', () => {
	it('removes an unconfirmed beställning', () => {
		const s = kor(grund(), { typ: 'taBortBestallning', id: 'best-start-1' });
		expect(s.bestallningar).toEqual([]);
	});
	it('refuses a confirmed one, as Procapita does, quoting the manual’s condition', () => {
		// "En beställning som inte har blivit bekräftad kan tas bort"
		const s = kor(grund(), bekrafta());
		expect(vagra(s, { typ: 'taBortBestallning', id: 'best-start-1' })).toBe(
			BEKRAFTAD_KAN_INTE_TAS_BORT
		);
		expect(BEKRAFTAD_KAN_INTE_TAS_BORT).toContain('som inte har blivit bekräftad kan tas bort');
	});
	it('keeps a confirmed one even against a forged event', () => {
		const s = projicera({ bestallningar: [best({ bekraftad: true })] }, [
			{ typ: 'BestallningBorttagen', id: 'best-start-1' }
		]);
		expect(s.bestallningar).toHaveLength(1);
	});
});

describe('Kopiera beställning (R2, R3)', () => {
	it('copies everything but Beställt datum and Beställningen gäller', () => {
		const u = copyBestallning(best({ till: '2025-12-31' }));
		expect(u).toMatchObject({
			beslutId: 'beslut-start-1',
			utforare: 'Lss, Eget Val',
			insatser: ['Personlig assistans'],
			kvantitet: '118.15',
			period: 'Månad',
			beslutsfattare: 'Berg, Sara',
			beslutsfattarensOrganisation: 'C1 VON',
			fran: '',
			till: '',
			bestalltDatum: ''
		});
	});
	it('ends the old beställning the day before the new one starts (R3), from the events', () => {
		// "Slutdatumet ändras till datumet före den nya beställningens giltighetsdatum."
		const s = kor(grund(), {
			typ: 'sparaBestallning',
			pnr: PNR,
			franBeslutId: 'beslut-start-1',
			kopieradFran: 'best-start-1',
			utkast: {
				...copyBestallning(best()),
				fran: '2025-05-13',
				bestalltDatum: '2025-05-13',
				beslutsfattare: 'Holm, Johan',
				beslutsfattarensOrganisation: 'LSS Myndighet'
			}
		});
		const [gammal, ny] = s.bestallningar;
		expect(gammal.till).toBe('2025-05-12');
		expect(ny).toMatchObject({
			id: 'best-1',
			kopieradFran: 'best-start-1',
			fran: '2025-05-13',
			beslutsfattare: 'Holm, Johan',
			beslutsfattarensOrganisation: 'LSS Myndighet'
		});
		expect(ny.till).toBeUndefined();
	});
	it('crosses a month and a year', () => {
		const s = projicera({ bestallningar: [best()] }, [
			{
				typ: 'BestallningSparad',
				bestallning: best({ id: 'best-1', fran: '2026-01-01', kopieradFran: 'best-start-1' })
			}
		]);
		expect(s.bestallningar[0].till).toBe('2025-12-31');
	});
	it('refuses a copy of a beställning that is gone', () => {
		const s = kor(grund(), { typ: 'taBortBestallning', id: 'best-start-1' });
		expect(
			vagra(s, {
				typ: 'sparaBestallning',
				pnr: PNR,
				franBeslutId: 'beslut-start-1',
				kopieradFran: 'best-start-1',
				utkast: { ...copyBestallning(best()), fran: '2025-05-13', bestalltDatum: '2025-05-13' }
			})
		).toBe('Beställningen som kopierades finns inte längre.');
	});
});
