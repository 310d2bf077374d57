import { describe, expect, it } from 'vitest';
import type { Utredning, Verkstallighet } from '$lib/domain/model';
import {
	byggRubriktrad,
	hittaRubrikNod,
	NOD_LSS,
	NOD_PERSONUPPGIFTER,
	NOD_UTREDNINGAR,
	NOD_VERKSTALLIGHETER,
	utredningNodId,
	verkstallighetNodId,
	type RubrikNod
} from './rubriktrad';

const PNR = '194501103297';

function utredning(id: string, over: Partial<Utredning> = {}): Utredning {
	return {
		id,
		pnr: PNR,
		typ: 'LSS Utredning',
		inledningsdatum: '2023-01-01',
		ansvarigHandlaggare: 'Berg, Sara',
		organisation: 'LSS Myndighet',
		...over
	};
}

function verkstallighet(id: string, over: Partial<Verkstallighet> = {}): Verkstallighet {
	return {
		id,
		pnr: PNR,
		insatskategori: 'Korttidsvistelse-insatser LSS',
		utforare: 'Lss, Barn/Ungdom 1',
		organisation: 'LSS Myndighet',
		fran: '2023-01-01',
		pagaende: true,
		...over
	};
}

function nod(noder: RubrikNod[], id: string): RubrikNod {
	const n = hittaRubrikNod(noder, id);
	if (!n) throw new Error(`ingen nod ${id}`);
	return n;
}

describe('byggRubriktrad: utredningar (N3)', () => {
	it('labels an utredning without end date `LSS Utredning 230101-` and bolds it', () => {
		const trad = byggRubriktrad([utredning('u1')], []);
		const n = nod(trad, utredningNodId('u1'));
		expect(n.etikett).toBe('LSS Utredning 230101-');
		expect(n.pagaende).toBe(true);
	});

	it('bolds an utredning with an end date while a beslut in it is pågående', () => {
		const u = utredning('u1', { slutdatum: '2023-01-02', pagaendeBeslut: true });
		const n = nod(byggRubriktrad([u], []), utredningNodId('u1'));
		expect(n.etikett).toBe('LSS Utredning 230101-230102');
		expect(n.pagaende).toBe(true);
	});

	it('does not bold an avslutad utredning with no pågående beslut', () => {
		const u = utredning('u1', { slutdatum: '2023-01-02', pagaendeBeslut: false });
		expect(nod(byggRubriktrad([u], []), utredningNodId('u1')).pagaende).toBe(false);
	});

	it('offers Aktualisering only on a pågående utredning, Öppna Utredning on every one', () => {
		const trad = byggRubriktrad(
			[utredning('pag'), utredning('avs', { slutdatum: '2023-02-01' })],
			[]
		);
		expect(nod(trad, utredningNodId('pag')).meny.map((m) => m.etikett)).toEqual([
			'Aktualisering',
			'Öppna Utredning',
			'Dokumentation'
		]);
		expect(nod(trad, utredningNodId('pag')).meny[0].handling).toEqual({
			typ: 'aktualisering',
			utredningId: 'pag'
		});
		expect(nod(trad, utredningNodId('avs')).meny.map((m) => m.etikett)).toEqual([
			'Öppna Utredning',
			'Dokumentation'
		]);
		expect(nod(trad, utredningNodId('avs')).dubbelklick).toEqual({
			typ: 'oppnaUtredning',
			utredningId: 'avs'
		});
	});

	it('lists utredningar newest first under Utredningar', () => {
		const trad = byggRubriktrad(
			[
				utredning('gammal', { inledningsdatum: '2021-05-01', slutdatum: '2021-06-01' }),
				utredning('ny', { inledningsdatum: '2023-03-01' })
			],
			[]
		);
		expect(nod(trad, NOD_UTREDNINGAR).barn?.map((b) => b.id)).toEqual([
			utredningNodId('ny'),
			utredningNodId('gammal')
		]);
	});
});

describe('byggRubriktrad: verkställigheter (N4)', () => {
	it('labels and bolds a pågående verkställighet', () => {
		const n = nod(byggRubriktrad([], [verkstallighet('v1')]), verkstallighetNodId('v1'));
		expect(n.etikett).toBe('Korttidsvistelse-insatser LSS 230101- – Lss, Barn/Ungdom 1');
		expect(n.pagaende).toBe(true);
		// D4 and V5/V7: its documentation by menu, its details by double-click
		expect(n.meny.map((m) => m.etikett)).toEqual(['Dokumentation']);
		expect(n.dubbelklick).toEqual({ typ: 'oppnaVerkstallighet', verkstallighetId: 'v1' });
	});

	it('does not bold an avslutad verkställighet', () => {
		const v = verkstallighet('v1', { till: '2023-01-02', pagaende: false });
		const n = nod(byggRubriktrad([], [v]), verkstallighetNodId('v1'));
		expect(n.etikett).toBe('Korttidsvistelse-insatser LSS 230101-230102 – Lss, Barn/Ungdom 1');
		expect(n.pagaende).toBe(false);
	});
});

describe('byggRubriktrad: fixed nodes (N1, A1)', () => {
	it('gives Personuppgifter the menu Person, Hushåll, Kontaktuppgifter and opens Person', () => {
		const p = nod(byggRubriktrad([], []), NOD_PERSONUPPGIFTER);
		expect(p.meny.map((m) => m.handling.typ)).toEqual(['person', 'hushall', 'kontaktuppgifter']);
		expect(p.meny.map((m) => m.etikett)).toEqual(['Person', 'Hushåll', 'Kontaktuppgifter']);
		expect(p.dubbelklick).toEqual({ typ: 'person' });
	});

	it('gives LSS utredning o verkställighet the menu Aktualisering, Inled utredning and Verkställighet (lov)', () => {
		const l = nod(byggRubriktrad([], []), NOD_LSS);
		expect(l.etikett).toBe('LSS utredning o verkställighet');
		expect(l.meny).toEqual([
			{ etikett: 'Aktualisering', handling: { typ: 'aktualisering' } },
			// L1: "Högerklicka på LSS utredning o verkställighet och välj direkt Inled utredning"
			{ etikett: 'Inled utredning', handling: { typ: 'inledUtredning' } },
			{ etikett: 'Verkställighet (lov)', handling: { typ: 'verkstallighetLov' } }
		]);
		expect(l.barn?.map((b) => b.etikett)).toEqual(['Utredningar', 'Verkställigheter']);
	});

	it('leaves empty folders without children so no expander shows', () => {
		const trad = byggRubriktrad([], []);
		expect(nod(trad, NOD_UTREDNINGAR).barn).toBeUndefined();
		expect(nod(trad, NOD_VERKSTALLIGHETER).barn).toBeUndefined();
	});
});

describe('byggRubriktrad: beslut, beställning and bedömning under the utredning (N5)', () => {
	const beslut = {
		id: 'b1',
		pnr: '199001012385',
		utredningId: 'pag',
		insatskategori: 'Daglig verksamhet LSS',
		beslut: 'LSS Daglig verksamhet Bifall',
		beslutsdatum: '2025-03-10',
		fran: '2025-03-10',
		beslutsfattare: 'Berg, Sara',
		organisation: 'LSS Myndighet',
		utredningAvslutas: true
	};
	const bestallning = {
		id: 'best-1',
		pnr: '199001012385',
		utredningId: 'pag',
		beslutId: null,
		franBeslutId: 'b1',
		insatskategori: 'Planering Daglig verksamhet',
		utforare: 'Lss, Resursförmedling',
		utforarensOrganisation: 'LSS Daglig verksamhet',
		insatser: ['Daglig verksamhet'],
		fran: '2025-03-10',
		bestalltDatum: '2025-03-10',
		bestallningstext: '',
		bekraftad: false
	};

	it('gives every node kind the menu the manual names for it, and no other (audit)', () => {
		const avslutad = utredning('avs', { inledningsdatum: '2022-01-01', slutdatum: '2022-02-01' });
		const trad = byggRubriktrad([utredning('pag'), avslutad], [verkstallighet('v1')], {
			beslut: [beslut, { ...beslut, id: 'b2', beslut: 'LSS Daglig verksamhet Avslag' }],
			bestallningar: [bestallning],
			bedomningar: []
		});
		const menyer = (id: string) => nod(trad, id).meny.map((m) => m.etikett);
		// node kind → the manual's menu items, with the words it uses
		const tabell: [string, string[]][] = [
			// "högerklicka och välja … t.ex. Person, Hushåll eller Kontaktuppgifter" (N2)
			[NOD_PERSONUPPGIFTER, ['Person', 'Hushåll', 'Kontaktuppgifter']],
			// A1, A5 "Aktualisering"; L1 "välj direkt Inled utredning"; V1, V2 "Verkställighet (lov)"
			[NOD_LSS, ['Aktualisering', 'Inled utredning', 'Verkställighet (lov)']],
			// the folders: the manual right-clicks neither
			[NOD_UTREDNINGAR, []],
			[NOD_VERKSTALLIGHETER, []],
			// A1 (a pågående one takes an aktualisering), S7 "Öppna Utredning", D1 "Dokumentation"
			[utredningNodId('pag'), ['Aktualisering', 'Öppna Utredning', 'Dokumentation']],
			[utredningNodId('avs'), ['Öppna Utredning', 'Dokumentation']],
			// O5 (the beställning of a bifall); an avslag gets none
			['beslut:b1', ['Beställning']],
			['beslut:b2', []],
			// R1's Gå till beställning / Ta bort is section 10, not built
			['bestallning:best-1', []],
			// O9 "Markera Bedömning och högerklicka och välj Bedömning"
			['bedomning:pag', ['Bedömning']],
			// D4 "högerklicka på den verkställighet … Klicka sen på Dokumentation"
			[verkstallighetNodId('v1'), ['Dokumentation']]
		];
		for (const [id, namn] of tabell) expect(menyer(id), id).toEqual(namn);
	});

	it('shows each beslut with its beställningar, double-click opening the beslut', () => {
		const trad = byggRubriktrad([utredning('pag')], [], {
			beslut: [beslut],
			bestallningar: [bestallning],
			bedomningar: []
		});
		const b = nod(trad, 'beslut:b1');
		expect(b.etikett).toBe('LSS Daglig verksamhet Bifall 250310');
		expect(b.dubbelklick).toEqual({ typ: 'oppnaBeslut', beslutId: 'b1' });
		expect(b.barn?.map((x) => x.etikett)).toEqual(['Beställning 250310 – Lss, Resursförmedling']);
	});

	it('offers Beställning on a bifall beslut (O5), and no menu on an avslag (N1)', () => {
		const avslag = { ...beslut, id: 'b2', beslut: 'LSS Daglig verksamhet Avslag' };
		const trad = byggRubriktrad([utredning('pag')], [], {
			beslut: [beslut, avslag],
			bestallningar: [],
			bedomningar: []
		});
		expect(nod(trad, 'beslut:b1').meny).toEqual([
			{ etikett: 'Beställning', handling: { typ: 'bestallning', beslutId: 'b1' } }
		]);
		expect(nod(trad, 'beslut:b2').meny).toEqual([]);
	});

	it('offers Bedömning → Bedömning under an utredning with daglig verksamhet (O9)', () => {
		const trad = byggRubriktrad([utredning('pag')], [], {
			beslut: [beslut],
			bestallningar: [],
			bedomningar: []
		});
		expect(nod(trad, 'bedomning:pag').meny).toEqual([
			{ etikett: 'Bedömning', handling: { typ: 'bedomning', utredningId: 'pag' } }
		]);
		expect(() => nod(byggRubriktrad([utredning('pag')], []), 'bedomning:pag')).toThrow();
	});

	it('offers no Bedömning for an avslag of daglig verksamhet or a bifall of another insats', () => {
		const utan = (b: typeof beslut) =>
			byggRubriktrad([utredning('pag')], [], { beslut: [b], bestallningar: [], bedomningar: [] });
		const avslag = {
			...beslut,
			insatskategori: 'LSS Insatser',
			beslut: 'LSS Daglig verksamhet Avslag'
		};
		const annan = {
			...beslut,
			insatskategori: 'Rekrytering LSS-insatser',
			beslut: 'LSS Ledsagarservice Bifall'
		};
		expect(() => nod(utan(avslag), 'bedomning:pag')).toThrow();
		expect(() => nod(utan(annan), 'bedomning:pag')).toThrow();
	});
});
