import { describe, expect, it } from 'vitest';
import type { BeslutUtkast, BestallningUtkast } from './beslut-kommandon';
import { utfor, type Kommando } from './kommandon';
import type { CaseState } from './model';
import { startState, tillampa } from './projektion';

const PNR = '199001012385';
const UTR = 'utr-start';
const idag = '2025-03-10';

function grund(): CaseState {
	return startState(
		{
			utredningar: [
				{
					id: UTR,
					pnr: PNR,
					typ: 'LSS Utredning',
					inledningsdatum: '2025-02-01',
					ansvarigHandlaggare: 'Berg, Sara',
					organisation: 'LSS Myndighet'
				},
				{
					id: 'utr-ny',
					pnr: PNR,
					typ: 'LSS Utredning',
					inledningsdatum: '2025-03-01',
					ansvarigHandlaggare: 'Berg, Sara',
					organisation: 'LSS Myndighet'
				}
			]
		},
		idag
	);
}

function kor(state: CaseState, ...k: Kommando[]): CaseState {
	for (const x of k) {
		const u = utfor(state, x, { iRegistret: () => false });
		if (!u.ok) throw new Error(u.fel);
		state = u.handelser.reduce(tillampa, state);
	}
	return state;
}

function vagra(state: CaseState, k: Kommando): string {
	const u = utfor(state, k, { iRegistret: () => false });
	if (u.ok) throw new Error('accepted');
	return u.fel;
}

const beslut = (over: Partial<BeslutUtkast> = {}): BeslutUtkast => ({
	insatskategori: 'Rekrytering LSS-insatser',
	beslut: 'LSS Ledsagarservice Bifall',
	beslutsdatum: '2025-03-10',
	fran: '2025-03-10',
	till: '2026-03-09',
	beslutsfattare: 'Berg, Sara',
	organisation: 'LSS Myndighet',
	personkrets: 'Personkrets 1',
	niva: '',
	timmar: '10.30',
	period: 'Månad',
	utredningAvslutas: true,
	...over
});

const sparaBeslut = (...utkast: BeslutUtkast[]): Kommando => ({
	typ: 'sparaBeslut',
	pnr: PNR,
	utredningId: UTR,
	utkast
});

describe('sparaBeslut (B1–B7)', () => {
	it('saves every beslut of one Spara and closes the utredning on the last (B4)', () => {
		const s = kor(
			grund(),
			sparaBeslut(
				beslut({ utredningAvslutas: false }),
				beslut({ beslut: 'LSS Kontaktperson Bifall', timmar: '', period: '' })
			)
		);
		expect(s.beslut.map((b) => b.id)).toEqual(['beslut-1', 'beslut-2']);
		expect(s.beslut[0].timmar).toEqual({ timmar: 10, minuter: 30, period: 'Månad' });
		const u = s.utredningar.find((x) => x.id === UTR)!;
		expect(u.slutdatum).toBe('2025-03-10');
		expect(u.pagaendeBeslut).toBe(true);
	});
	it('accepts 10.5 as 10 h 50 min and refuses 10.75 and abc with the right form', () => {
		const s = kor(grund(), sparaBeslut(beslut({ timmar: '10.5' })));
		expect(s.beslut[0].timmar).toMatchObject({ timmar: 10, minuter: 50 });
		expect(vagra(grund(), sparaBeslut(beslut({ timmar: '10.75' })))).toContain('10.30');
		expect(vagra(grund(), sparaBeslut(beslut({ timmar: 'abc' })))).toContain('timmar.minuter');
	});
	it('refuses an impossible date and a period that ends before it starts, with the reason', () => {
		expect(vagra(grund(), sparaBeslut(beslut({ beslutsdatum: '2023-02-30' })))).toContain(
			'Beslutsdatum'
		);
		expect(vagra(grund(), sparaBeslut(beslut({ till: '2025-01-01' })))).toContain(
			'slutar (2025-01-01) innan den börjar'
		);
	});
	it('refuses a new beslut in an avslutad utredning', () => {
		const s = kor(grund(), sparaBeslut(beslut()));
		expect(vagra(s, sparaBeslut(beslut()))).toContain('avslutad');
	});
	it('accepts Utredning avslutas on a beslut that is not the last: B4 is graded', () => {
		const s = kor(grund(), sparaBeslut(beslut(), beslut({ utredningAvslutas: false })));
		expect(s.beslut).toHaveLength(2);
	});
});

const bestallning = (over: Partial<BestallningUtkast> = {}): BestallningUtkast => ({
	beslutId: 'beslut-1',
	insatskategori: 'Rekrytering LSS-insatser',
	utforare: 'Lss, Rekryteringshandläggare',
	utforarensOrganisation: 'LSS Rekrytering',
	insatser: ['Ledsagarservice'],
	kvantitet: '10.30',
	period: 'Månad',
	fran: '2025-03-10',
	till: '2026-03-09',
	bestalltDatum: idag,
	bestallningstext: '',
	...over
});

describe('sparaBestallning (O1–O5)', () => {
	it('sends a beställning for the beslut', () => {
		let s = kor(grund(), sparaBeslut(beslut()));
		s = kor(s, {
			typ: 'sparaBestallning',
			pnr: PNR,
			franBeslutId: 'beslut-1',
			utkast: bestallning()
		});
		expect(s.bestallningar[0]).toMatchObject({
			id: 'best-1',
			beslutId: 'beslut-1',
			utredningId: UTR,
			kvantitet: { timmar: 10, minuter: 30, period: 'Månad' }
		});
	});
	it('accepts <ingen> and a beställning dated before its beslut: mistakes are graded', () => {
		let s = kor(grund(), sparaBeslut(beslut()));
		s = kor(s, {
			typ: 'sparaBestallning',
			pnr: PNR,
			franBeslutId: 'beslut-1',
			utkast: bestallning({ beslutId: '', fran: '2025-01-01' })
		});
		expect(s.bestallningar[0].beslutId).toBeNull();
	});
	it('refuses a kvantitet that is not timmar.minuter', () => {
		const s = kor(grund(), sparaBeslut(beslut()));
		expect(
			vagra(s, {
				typ: 'sparaBestallning',
				pnr: PNR,
				franBeslutId: 'beslut-1',
				utkast: bestallning({ kvantitet: '10.75' })
			})
		).toContain('Beställd kvantitet');
	});
});

describe('verkställighet (V1–V8)', () => {
	const lssInsatser: Kommando = {
		typ: 'skapaVerkstallighet',
		pnr: PNR,
		insatskategori: 'LSS Insatser',
		utforare: 'LSS-handläggare 4',
		organisation: 'LSS Myndighet',
		fran: '2025-03-10'
	};
	it('opens, closes and reopens', () => {
		let s = kor(grund(), lssInsatser);
		expect(s.verkstalligheter[0]).toMatchObject({ id: 'verk-1', pagaende: true });
		s = kor(s, {
			typ: 'avslutaVerkstallighet',
			id: 'verk-1',
			oppnaAvslutad: false,
			avslutsdatum: '2025-12-31',
			justeraGtom: true,
			avslutsorsak: ''
		});
		expect(s.verkstalligheter[0]).toMatchObject({ pagaende: false, till: '2025-12-31' });
		s = kor(s, {
			typ: 'avslutaVerkstallighet',
			id: 'verk-1',
			oppnaAvslutad: true,
			avslutsdatum: '',
			justeraGtom: false,
			avslutsorsak: ''
		});
		expect(s.verkstalligheter[0]).toMatchObject({ pagaende: true, till: undefined });
	});
	it('refuses an avslutsdatum before the start', () => {
		const s = kor(grund(), lssInsatser);
		expect(
			vagra(s, {
				typ: 'avslutaVerkstallighet',
				id: 'verk-1',
				oppnaAvslutad: false,
				avslutsdatum: '2025-01-01',
				justeraGtom: true,
				avslutsorsak: ''
			})
		).toContain('före');
	});
	it('changes utförare (V8)', () => {
		const s = kor(grund(), lssInsatser, {
			typ: 'bytUtforare',
			id: 'verk-1',
			utforare: 'LSS-handläggare 7',
			organisation: 'LSS Myndighet'
		});
		expect(s.verkstalligheter[0].utforare).toBe('LSS-handläggare 7');
	});
});

describe('dokumentation (D1–D7)', () => {
	const journal = { del: 'journal' as const, utredningId: UTR };
	const ny: Kommando = { typ: 'sparaAnteckning', pnr: PNR, plats: journal, text: 'Ansökan inkom.' };

	it('a signed note cannot be changed by any path, the domain included', () => {
		const s = kor(grund(), ny, { typ: 'signeraAnteckning', id: 'ant-1' });
		expect(s.anteckningar[0].signerad).toBe(true);
		expect(
			vagra(s, { typ: 'sparaAnteckning', pnr: PNR, id: 'ant-1', plats: journal, text: 'Ändrad' })
		).toContain('signerad');
		expect(vagra(s, { typ: 'signeraAnteckning', id: 'ant-1' })).toContain('redan');
		// a hand-made event cannot reopen it either: the projection keeps the signature
		const efter = tillampa(s, {
			typ: 'AnteckningSparad',
			anteckning: { ...s.anteckningar[0], text: 'x', signerad: false }
		});
		expect(efter.anteckningar[0]).toMatchObject({ signerad: true, text: 'Ansökan inkom.' });
	});
	it('changes a note that is saved but not signed', () => {
		const s = kor(grund(), ny, {
			typ: 'sparaAnteckning',
			pnr: PNR,
			id: 'ant-1',
			plats: journal,
			text: 'Ansökan inkom per post.'
		});
		expect(s.anteckningar).toHaveLength(1);
		expect(s.anteckningar[0].text).toBe('Ansökan inkom per post.');
	});
	it('felmarkerar a signed note and keeps it (D5)', () => {
		const s = kor(
			grund(),
			ny,
			{ typ: 'signeraAnteckning', id: 'ant-1' },
			{ typ: 'felmarkeraAnteckning', id: 'ant-1' }
		);
		expect(s.anteckningar[0]).toMatchObject({ felmarkerad: true, text: 'Ansökan inkom.' });
		expect(vagra(kor(grund(), ny), { typ: 'felmarkeraAnteckning', id: 'ant-1' })).toContain(
			'signerad'
		);
	});
	it('refuses writing in an utförare’s verkställighet (D4)', () => {
		const s = kor(grund(), {
			typ: 'skapaVerkstallighet',
			pnr: PNR,
			insatskategori: 'Korttidsvistelse-insatser LSS',
			utforare: 'Lss, Barn/Ungdom 1',
			organisation: 'LSS Myndighet',
			fran: '2025-03-10'
		});
		expect(
			vagra(s, {
				typ: 'sparaAnteckning',
				pnr: PNR,
				plats: { del: 'verkstallighet', verkstallighetId: 'verk-1', rubrik: 'Anteckningar' },
				text: 'x'
			})
		).toContain('LSS Insatser');
	});
	it('copies all texts into an empty utredning unsigned, and refuses a target with text (D7)', () => {
		const dok = { del: 'dokument' as const, utredningId: UTR, rubrik: 'Bakgrund' };
		let s = kor(
			grund(),
			{ typ: 'sparaAnteckning', pnr: PNR, plats: dok, text: 'Bor med sina föräldrar.' },
			{ typ: 'signeraAnteckning', id: 'ant-1' },
			{ typ: 'kopieraTexter', utredningId: UTR, medHandelsedatum: false }
		);
		s = kor(s, { typ: 'klistraInTexter', tillUtredningId: 'utr-ny' });
		const kopia = s.anteckningar.find((a) => a.kopieradFran === 'ant-1')!;
		expect(kopia).toMatchObject({
			signerad: false,
			plats: { utredningId: 'utr-ny', rubrik: 'Bakgrund' }
		});
		expect(vagra(s, { typ: 'klistraInTexter', tillUtredningId: 'utr-ny' })).toContain(
			'redan skrivet'
		);
	});
	it('pastes the texts as they were when copied, not as later changed (D7)', () => {
		const dok = { del: 'dokument' as const, utredningId: UTR, rubrik: 'Bakgrund' };
		let s = kor(
			grund(),
			{ typ: 'sparaAnteckning', pnr: PNR, plats: dok, text: 'Första lydelsen.' },
			{ typ: 'kopieraTexter', utredningId: UTR, medHandelsedatum: false },
			{ typ: 'sparaAnteckning', pnr: PNR, id: 'ant-1', plats: dok, text: 'Ändrad efteråt.' }
		);
		s = kor(s, { typ: 'klistraInTexter', tillUtredningId: 'utr-ny' });
		expect(s.anteckningar.find((a) => a.kopieradFran === 'ant-1')?.text).toBe('Första lydelsen.');
	});
});

describe('Justera beslutets gtom (V5, E1)', () => {
	it('ends the running beslut of the insats on the avslutsdatum, so the utredning is not bold', () => {
		let s = kor(
			grund(),
			sparaBeslut(
				beslut({
					insatskategori: 'Personlig ass LSS',
					beslut: 'LSS Personlig assistent Bifall',
					beslutsdatum: '2025-02-01',
					fran: '2025-02-01',
					till: '',
					timmar: '100.00',
					period: 'Månad'
				})
			),
			{
				typ: 'skapaVerkstallighet',
				pnr: PNR,
				insatskategori: 'Personlig ass LSS',
				utforare: 'Lss, Eget Val',
				organisation: 'LSS Myndighet',
				fran: '2025-02-01'
			}
		);
		expect(s.utredningar.find((u) => u.id === UTR)?.pagaendeBeslut).toBe(true);
		const avsluta = (justeraGtom: boolean): Kommando => ({
			typ: 'avslutaVerkstallighet',
			id: 'verk-1',
			oppnaAvslutad: false,
			avslutsdatum: '2025-03-09',
			justeraGtom,
			avslutsorsak: ''
		});
		const utan = kor(s, avsluta(false));
		expect(utan.beslut[0].till).toBeUndefined();
		s = kor(s, avsluta(true));
		expect(s.beslut[0].till).toBe('2025-03-09');
		expect(s.utredningar.find((u) => u.id === UTR)?.pagaendeBeslut).toBe(false);
	});
	it('ends the beställning sent for the ended beslut too ("avslutsdatum på alla ställen … beställningar")', () => {
		let s = kor(grund(), sparaBeslut(beslut()));
		s = kor(
			s,
			{ typ: 'sparaBestallning', pnr: PNR, franBeslutId: 'beslut-1', utkast: bestallning() },
			{
				typ: 'skapaVerkstallighet',
				pnr: PNR,
				insatskategori: 'Rekrytering LSS-insatser',
				utforare: 'Lss, Rekryteringshandläggare',
				organisation: 'LSS Rekrytering',
				fran: '2025-03-10'
			}
		);
		expect(s.bestallningar[0].till).toBe('2026-03-09');
		s = kor(s, {
			typ: 'avslutaVerkstallighet',
			id: 'verk-1',
			oppnaAvslutad: false,
			avslutsdatum: '2025-06-30',
			justeraGtom: true,
			avslutsorsak: ''
		});
		expect(s.bestallningar[0].till).toBe('2025-06-30');
		expect(s.beslut[0].till).toBe('2025-06-30');
	});
});
