import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { delaIAvsnitt, hittaCitat } from '../../../manual/avsnitt';
import { slug } from '../../../manual/slug';
import type { Kommando } from '../../kommandon';
import { grade } from '../motor';
import { ettFynd, fyndFor, kor, scenario } from '../testdata';
import { hushallsregler, utskriftsregler } from './ovrigt';

const BARN = '201610202382';
const MAMMA = '199409132389';
const PAPPA = '199202062395';

const person = (pnr: string, fornamn: string) => ({
	pnr,
	efternamn: 'Karlsson',
	fornamn,
	adress: 'Fältarpsvägen 12',
	postnummer: '254 51',
	ort: 'Helsingborg',
	civilstand: 'Ogift'
});

const hushallScenario = () =>
	scenario({
		start: { kunder: [{ ...person(BARN, 'Alva'), nyckelkod: '128303 – Helsingborg Syd' }] },
		forvantat: {
			kund: { pnr: BARN },
			hushall: { medlemmar: [{ pnr: MAMMA, relation: 'Vårdnadshavare' }] }
		},
		regelverk: ['hushall']
	});

const spara = (pnr: string, relation = 'Vårdnadshavare', ledare = BARN): Kommando => ({
	typ: 'sparaHushall',
	pnr: BARN,
	medlemmar: [{ pnr, namn: 'Karlsson, Sofia', relation }],
	registerledare: ledare
});

describe('hushallsregler (E2)', () => {
	it('passes the vårdnadshavare added with her relation, the child as registerledare, saved', () => {
		const s = hushallScenario();
		const r = grade(s, kor(s, [spara(MAMMA)]));
		expect(fyndFor(r, 'E2').map((f) => [f.vad, f.status])).toEqual([
			['Hushållet sparades', 'ratt'],
			['19940913-2389 lades till i hushållet', 'ratt'],
			['Relation för 19940913-2389 i hushållet', 'ratt'],
			['Ingen annan lades till i hushållet', 'ratt'],
			['Kunden är markerad som registerledare', 'ratt']
		]);
		expect(r.godkand).toBe(true);
	});

	it('fails the wrong person added: the vårdnadshavare is missing and someone else is there', () => {
		const s = hushallScenario();
		const r = grade(s, kor(s, [spara(PAPPA)]));
		expect(ettFynd(r, 'E2', '19940913-2389 lades till').status).toBe('fel');
		expect(ettFynd(r, 'E2', 'Ingen annan')).toMatchObject({ status: 'fel', kritisk: true });
		expect(r.godkand).toBe(false);
	});

	it('fails a hushåll never saved, and does not assess its fields', () => {
		const s = hushallScenario();
		const r = grade(s, []);
		expect(ettFynd(r, 'E2', 'sparades')).toMatchObject({
			status: 'fel',
			hittat: expect.stringContaining('hushållet sparades inte')
		});
		expect(ettFynd(r, 'E2', 'Relation').status).toBe('ej-bedomd');
		expect(ettFynd(r, 'E2', 'registerledare').status).toBe('ej-bedomd');
	});

	it('fails another relation and another registerledare', () => {
		const s = hushallScenario();
		const r = grade(s, kor(s, [spara(MAMMA, 'Övrigt', MAMMA)]));
		expect(ettFynd(r, 'E2', 'Relation').status).toBe('fel');
		expect(ettFynd(r, 'E2', 'registerledare').status).toBe('fel');
	});

	it('builds nothing without forvantat.hushall', () => {
		expect(hushallsregler(scenario({ forvantat: { kund: { pnr: BARN } } }))).toEqual([]);
	});
});

const KORTTID = 'beslut-start-1';
const STODFAMILJ = 'beslut-start-2';
const beslut = (id: string, namn: string, kategori: string) => ({
	id,
	pnr: BARN,
	utredningId: 'utr-start-1',
	insatskategori: kategori,
	beslut: namn,
	beslutsdatum: '2025-04-11',
	fran: '2025-05-01',
	till: '2026-04-30',
	beslutsfattare: 'Berg, Sara',
	organisation: 'LSS Myndighet',
	niva: '2',
	utredningAvslutas: false
});

const utskriftScenario = (skrivare?: string) =>
	scenario({
		start: {
			kunder: [{ ...person(BARN, 'Alva'), nyckelkod: '128303 – Helsingborg Syd' }],
			utredningar: [
				{
					id: 'utr-start-1',
					pnr: BARN,
					typ: 'LSS Utredning',
					inledningsdatum: '2025-02-20',
					ansvarigHandlaggare: 'Berg, Sara',
					organisation: 'LSS Myndighet'
				}
			],
			beslut: [
				beslut(KORTTID, 'LSS Korttidsvistelse Bifall', 'Korttidsvistelse-insatser LSS'),
				beslut(STODFAMILJ, 'LSS Stödfamilj Bifall', 'Rekrytering LSS-insatser')
			]
		},
		forvantat: {
			kund: { pnr: BARN },
			utskrift: {
				vad: 'Beslut',
				beslut: ['LSS Korttidsvistelse Bifall'],
				...(skrivare ? { skrivare } : {})
			}
		},
		regelverk: ['utskrift']
	});

const skrivUt = (ids: string[], skrivare = 'Smartutskrift'): Kommando => ({
	typ: 'skrivUt',
	pnr: BARN,
	vad: 'Beslut',
	dokument: ids.map((id) => ({ id, etikett: id })),
	mall: 'LSS beslutsmeddelande1',
	skrivare
});

describe('utskriftsregler (E5, O6)', () => {
	it('grades the printed beslut under O6 beside a stödfamilj beslut, and passes only the korttidsvistelse', () => {
		const s = utskriftScenario();
		const r = grade(s, kor(s, [skrivUt([KORTTID])]));
		expect(ettFynd(r, 'E5', 'skrevs ut').status).toBe('ratt');
		expect(ettFynd(r, 'O6', 'Besluten som skrevs ut')).toMatchObject({
			status: 'ratt',
			avsnitt: 'Beslut korttidstillsyn och korttidsvistelse/stödfamilj'
		});
	});

	it('fails O6 when both beslut are printed, even in two prints', () => {
		const s = utskriftScenario();
		const r = grade(s, kor(s, [skrivUt([KORTTID]), skrivUt([STODFAMILJ])]));
		expect(ettFynd(r, 'O6')).toMatchObject({ status: 'fel', kritisk: true });
		expect(r.godkand).toBe(false);
	});

	it('fails E5 when nothing is printed', () => {
		const s = utskriftScenario();
		const r = grade(s, []);
		expect(ettFynd(r, 'E5', 'skrevs ut').status).toBe('fel');
		expect(ettFynd(r, 'O6').status).toBe('ej-bedomd');
	});

	it('grades the PDF printer (E5) when the brief asks for a PDF', () => {
		const s = utskriftScenario('Microsoft Print to PDF');
		const fel = grade(s, kor(s, [skrivUt([KORTTID])]));
		expect(ettFynd(fel, 'E5', 'Skrivare')).toMatchObject({
			status: 'fel',
			avsnitt: 'Skapa en utredning och beslut till PDF-format'
		});
		const ratt = grade(s, kor(s, [skrivUt([KORTTID], 'Microsoft Print to PDF')]));
		expect(ettFynd(ratt, 'E5', 'Skrivare').status).toBe('ratt');
	});

	it('grades under E5 outside the O6 case', () => {
		const s = utskriftScenario();
		const utan = { ...s, start: { ...s.start, beslut: s.start.beslut.slice(0, 1) } };
		expect(utskriftsregler(utan).map((r) => r.id)).toEqual(['E5', 'E5']);
	});
});

describe('the quotes of E2 and E5 stand in the manual, in their own section', () => {
	const sektioner = delaIAvsnitt(
		readFileSync(
			fileURLToPath(new URL('../../../manual/procapita-lss-manual.txt', import.meta.url)),
			'utf8'
		)
	);
	const regler = [
		...hushallsregler(hushallScenario()),
		...utskriftsregler(utskriftScenario('Microsoft Print to PDF')),
		...utskriftsregler({
			...utskriftScenario(),
			forvantat: {
				...utskriftScenario().forvantat,
				utskrift: { vad: 'Utredning', utredning: 'utr-start-1' }
			}
		})
	];
	for (const r of regler)
		it(`${r.id} ${r.vad}`, () => {
			const f = hittaCitat(sektioner, r.manualcitat ?? '', slug(r.avsnitt));
			expect(f?.sektion.rubrik).toBe(r.avsnitt);
		});
});
