/**
 * The rule sets of sections 9 and 10 (bekraftelse: C1–C3, O7; borttagning: R1; avbrott: R2)
 * on the shipped scenarios' start states: each rule right for what the manual says and wrong
 * for the mistake it is about, with the manual's own sentence as its quote, in its own section.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lasScenarioFil } from '../../../content/fs';
import { delaIAvsnitt, hittaCitat } from '../../../manual/avsnitt';
import { slug } from '../../../manual/slug';
import { copyBestallning, openBestallning } from '../../formular/bestallning';
import type { Kommando } from '../../kommandon';
import { grade } from '../motor';
import { ettFynd, kor, type Steg } from '../testdata';
import type { Regel } from '../typer';
import { avbrottsregler, borttagningsregler } from './avbrott';
import { bekraftelseregler } from './bekraftelse';
import { bestallningsregler } from './bestallning';

const las = (id: string) => lasScenarioFil(`scenarios/${id}/index.md`);
const BEKRAFTA = las('bekrafta-personlig-assistans-eget-val');
const AVBROTT = las('avbrott-ledsagarservice');
const TA_BORT = las('ta-bort-bestallning');
const FEL_UTFORARE = las('hitta-felen-bestallning');

const sektioner = delaIAvsnitt(
	readFileSync(
		fileURLToPath(new URL('../../../manual/procapita-lss-manual.txt', import.meta.url)),
		'utf8'
	)
);

/** Whether the rule's quote stands verbatim in the manual, in the rule's own section. */
function iEgetAvsnitt(r: Regel): boolean {
	const f = hittaCitat(sektioner, r.manualcitat ?? '', slug(r.avsnitt));
	return f?.sektion.rubrik === r.avsnitt;
}

describe('the quotes of sections 9 and 10', () => {
	it.each([
		['bekraftelse', bekraftelseregler(BEKRAFTA)],
		['borttagning', borttagningsregler(TA_BORT)],
		['avbrott', avbrottsregler(AVBROTT)]
	])('%s: every rule quotes the manual verbatim, in its own section', (_, regler) => {
		expect(regler.length).toBeGreaterThan(2);
		for (const r of regler)
			expect(iEgetAvsnitt(r), `${r.id} ${r.vad}: "${String(r.manualcitat)}"`).toBe(true);
	});
	it('cites sections 9 and 10 of the manual, not Beslut och beställning', () => {
		const avsnitt = [
			...bekraftelseregler(BEKRAFTA),
			...borttagningsregler(TA_BORT),
			...avbrottsregler(AVBROTT)
		].map((r) => r.avsnitt);
		expect(new Set(avsnitt)).toEqual(
			new Set([
				'Bekräfta beställning utförare Lss, Eget Val och utförare Privat, Utförare',
				'Insatser som verkställs utanför kommunen (externa placeringar) med utförare Privat, Utförare',
				'Beställning personlig assistans och tillfällig utökning (endast vid bifall)',
				'Ta bort en beställning',
				'Ny beställning vid avbrott av pågående insats'
			])
		);
	});
});

const PNR_EKBERG = '199609282380';
const oppnaVerk: Kommando = {
	typ: 'skapaVerkstallighet',
	pnr: PNR_EKBERG,
	insatskategori: 'Personlig ass LSS',
	utforare: 'Lss, Eget Val',
	organisation: 'LSS Myndighet',
	fran: '2025-04-16'
};
const bekrafta = (over: Partial<Extract<Kommando, { typ: 'bekraftaBestallning' }>> = {}) =>
	({
		typ: 'bekraftaBestallning',
		id: 'best-start-1',
		insatskategori: 'Personlig ass LSS',
		utforare: 'Lss, Eget Val',
		organisation: 'LSS Myndighet',
		...over
	}) as const;

describe('bekraftelse (C1–C3, O7)', () => {
	const r = (steg: Steg[]) => grade(BEKRAFTA, kor(BEKRAFTA, steg));

	it('passes the confirmation into the verkställighet opened first', () => {
		const rapport = r([oppnaVerk, bekrafta()]);
		expect(rapport.fynd.filter((f) => f.status !== 'ratt')).toEqual([]);
		expect(rapport.godkand).toBe(true);
		// "OBS: vid utförare Lss, Eget Val behöver du bekräfta beställningen när insatsen är verkställd"
		expect(ettFynd(rapport, 'O7').manualcitat).toContain('behöver du bekräfta beställningen');
	});

	it('fails O7 when nothing is confirmed, and leaves C2 and C3 unassessed', () => {
		const rapport = r([oppnaVerk]);
		expect(ettFynd(rapport, 'O7')).toMatchObject({
			status: 'fel',
			kritisk: true,
			hittat: 'beställningen best-start-1 bekräftades inte'
		});
		expect(ettFynd(rapport, 'C2').status).toBe('ej-bedomd');
	});

	it('fails C2 when the beställning is confirmed before its verkställighet is opened', () => {
		// "Om det inte finns en verkställighet måste den öppnas innan beställningen bekräftas"
		const rapport = r([bekrafta(), oppnaVerk]);
		expect(ettFynd(rapport, 'C2')).toMatchObject({
			status: 'fel',
			hittat: 'Öppen verkställighet när beställningen bekräftades: ingen öppen verkställighet',
			manualcitat: expect.stringContaining('måste den öppnas innan beställningen bekräftas')
		});
	});

	it('fails C3 for another Insatskategori, Utförare or Organisation in Ta in beställning', () => {
		const rapport = r([
			oppnaVerk,
			bekrafta({
				insatskategori: 'LSS Insatser',
				utforare: 'LSS-handläggare 5',
				organisation: 'Privata utförare'
			})
		]);
		for (const vad of ['Insatskategori', 'Utförare', 'Organisation'])
			expect(ettFynd(rapport, 'C3', `${vad} i Ta in beställning`).status).toBe('fel');
		expect(ettFynd(rapport, 'C3', 'Organisation').manualcitat).toBe(
			'10) Kontrollera att det står LSS Myndighet vid organisation.'
		);
		// taken into LSS Insatser, not a verkställighet of the insats
		expect(ettFynd(rapport, 'C2').status).toBe('fel');
	});

	it('fails C1 when a beställning to another utförare is confirmed', () => {
		// "Gäller endast för beställningar för: Insatsen personlig assistans med utförare Lss, Eget Val"
		const rapport = r([
			oppnaVerk,
			bekrafta(),
			bekrafta({
				id: 'best-start-2',
				insatskategori: 'Rekrytering LSS-insatser',
				utforare: 'Lss, Rekryteringshandläggare'
			})
		]);
		expect(ettFynd(rapport, 'C1')).toMatchObject({
			status: 'fel',
			kritisk: true,
			hittat: expect.stringContaining('Beställning 250505 – Lss, Rekryteringshandläggare')
		});
	});

	it('refuses a scenario that names a beställning its start state lacks', () => {
		const fel = {
			...BEKRAFTA,
			forvantat: {
				...BEKRAFTA.forvantat,
				bekraftelser: [{ bestallning: 'best-x', organisation: 'LSS Myndighet' }]
			}
		};
		expect(() => bekraftelseregler(fel)).toThrow('startläget har ingen beställning best-x');
	});
});

describe('borttagning (R1)', () => {
	const r = (ids: string[]) =>
		grade(
			TA_BORT,
			kor(
				TA_BORT,
				ids.map((id) => ({ typ: 'taBortBestallning', id }))
			)
		);

	it('passes removing the beställning whose beslut has ended', () => {
		const rapport = r(['best-start-1']);
		expect(rapport.fynd.map((f) => f.status)).toEqual(['ratt', 'ratt', 'ratt']);
	});

	it('fails when it is left, and when one with a pågående beslut is removed instead', () => {
		expect(ettFynd(r([]), 'R1', '(Kontaktperson) togs bort').status).toBe('fel');
		const rapport = r(['best-start-2']);
		// "… kan tas bort om beslutet/insatsen inte längre är pågående."
		expect(ettFynd(rapport, 'R1', 'vars beslut fortfarande är pågående')).toMatchObject({
			status: 'fel',
			hittat: expect.stringContaining('(Ledsagarservice)'),
			manualcitat: expect.stringContaining('inte längre är pågående')
		});
		expect(ettFynd(rapport, 'R1', 'Inga andra').status).toBe('fel');
	});
});

describe('avbrott (R2)', () => {
	const PNR = '199106272397';
	const kopia = (over: Record<string, string> = {}): Kommando => ({
		typ: 'sparaBestallning',
		pnr: PNR,
		franBeslutId: 'beslut-start-1',
		kopieradFran: 'best-start-1',
		utkast: {
			...copyBestallning(AVBROTT.start.bestallningar[0]),
			bestalltDatum: '2025-05-13',
			fran: '2025-05-13',
			till: '2025-12-31',
			beslutsfattare: 'Holm, Johan',
			beslutsfattarensOrganisation: 'LSS Myndighet',
			...over
		}
	});
	const r = (steg: Steg[]) => grade(AVBROTT, kor(AVBROTT, steg));

	it('passes the copy with the day after the avbrott and the trainee as beställare', () => {
		const rapport = r([kopia()]);
		expect(rapport.fynd.filter((f) => f.status !== 'ratt')).toEqual([]);
	});

	it('fails when no copy is made: a new beställning from the Beställning tab is no copy', () => {
		const ny: Kommando = { ...kopia(), kopieradFran: undefined } as Kommando;
		expect(ettFynd(r([ny]), 'R2', 'kopierades').status).toBe('fel');
	});

	it('fails each field the manual names, quoting its step', () => {
		const rapport = r([
			kopia({
				bestalltDatum: '2025-05-12',
				fran: '2025-05-12',
				till: '',
				beslutsfattare: 'Berg, Sara',
				beslutsfattarensOrganisation: 'LSS Rekrytering',
				utforare: 'Lss, Eget Val',
				kvantitet: '10.00'
			})
		]);
		const fel = rapport.fynd.filter((f) => f.status === 'fel').map((f) => f.vad);
		expect(fel).toEqual([
			'Beställt datum i den nya beställningen',
			'Beställningen gäller fr.o.m. i den nya beställningen',
			'Beslutsfattare/beställare i den nya beställningen',
			'Organisation Beslutsfattare/beställare i den nya beställningen',
			'Utförare i den nya beställningen',
			'Beställd kvantitet i den nya beställningen',
			'Beställningen gäller t.o.m. i den nya beställningen'
		]);
		expect(ettFynd(rapport, 'R2', 'Beställt datum').manualcitat).toBe(
			'5) Fyll i datum vid Beställt datum (datumet från dagen efter när avbrottet skedde).'
		);
		expect(ettFynd(rapport, 'R2', 'Beställt datum').hittat).toBe('Beställt datum: 2025-05-12');
	});

	it('lets a raw rule read the Beställt datum filled in, not "inte ifyllt"', () => {
		const s = {
			...AVBROTT,
			regler: [
				{
					id: 'R2',
					avsnitt: 'Ny beställning vid avbrott av pågående insats',
					kategori: 'system' as const,
					vad: 'Beställt datum',
					fakta: 'bestallning',
					parametrar: { utredning: 'utr-start-1', utforare: 'Lss, Rekryteringshandläggare' },
					sokvag: 'bestalltDatum',
					operator: 'sameDay',
					varde: '2025-05-13',
					vikt: 1,
					kritisk: false
				}
			]
		};
		const f = grade(s, kor(s, [kopia()])).fynd.find((x) => x.vad === 'Beställt datum');
		expect(f).toMatchObject({ status: 'ratt', hittat: 'Beställt datum: 2025-05-13' });
	});
});

describe('a beställning removed and sent anew for a start-state beslut (R1, O1–O3)', () => {
	const s = FEL_UTFORARE;
	const PNR = s.forvantat.kund.pnr;
	const avlosar = s.start.beslut.find((b) => b.id === 'beslut-start-1')!;
	const taBort = (id: string): Kommando => ({ typ: 'taBortBestallning', id });
	const ny = (over: Record<string, unknown> = {}): Kommando => ({
		typ: 'sparaBestallning',
		pnr: PNR,
		franBeslutId: avlosar.id,
		utkast: {
			...openBestallning(avlosar, s.idag),
			insatskategori: 'Rekrytering LSS-insatser',
			utforare: 'Lss, Rekryteringshandläggare',
			utforarensOrganisation: 'LSS Rekrytering',
			insatser: ['Avlösarservice'],
			...over
		}
	});
	// the scenario's other mistake (V8) is not what these tests are about
	const r = (steg: Steg[]) =>
		grade(s, kor(s, steg)).fynd.filter((f) => f.regelId === 'R1' || f.regelId.startsWith('O'));

	it('passes removing the one to the wrong utförare and sending a new one from the beslut', () => {
		const fynd = r([taBort('best-start-1'), ny()]);
		expect(fynd.filter((f) => f.status !== 'ratt')).toEqual([]);
		// the start-state beslut is named, not its id: it is saved in no event of the attempt
		expect(fynd.find((f) => f.vad.startsWith('Beslut i beställningen'))?.hittat).toBe(
			'Beslut: LSS Avlösarservice Bifall'
		);
		// R1's pågående rule excepts only the beställning that is replaced
		expect(fynd.map((f) => f.vad)).toContain(
			'Ingen annan beställning togs bort vars beslut fortfarande är pågående'
		);
		expect(fynd.find((f) => f.vad.startsWith('Beställd kvantitet'))?.hittat).toBe(
			'Beställd kvantitet: 12.00'
		);
	});

	it('fails O1 when no new beställning is sent for the beslut', () => {
		const fynd = r([taBort('best-start-1')]);
		expect(
			fynd.find((f) => f.regelId === 'O1' && f.vad.startsWith('En beställning'))
		).toMatchObject({
			status: 'fel',
			kritisk: true,
			hittat: 'ingen beställning gjordes för beslutet LSS Avlösarservice Bifall'
		});
	});

	it('fails R1 when the right beställning, whose beslut is pågående, is removed instead', () => {
		const fynd = r([taBort('best-start-2')]);
		const pagaende = fynd.find((f) => f.vad.includes('fortfarande är pågående'));
		expect(pagaende).toMatchObject({
			status: 'fel',
			hittat: expect.stringContaining('(Kontaktperson)')
		});
		expect(fynd.find((f) => f.vad.endsWith('(Avlösarservice) togs bort'))?.status).toBe('fel');
	});

	it('fails R1 when the wrong one is copied and left, though the copy is right', () => {
		const kopia: Kommando = {
			typ: 'sparaBestallning',
			pnr: PNR,
			franBeslutId: avlosar.id,
			kopieradFran: 'best-start-1',
			utkast: {
				...copyBestallning(s.start.bestallningar[0]),
				utforare: 'Lss, Rekryteringshandläggare',
				utforarensOrganisation: 'LSS Rekrytering',
				bestalltDatum: s.idag,
				fran: avlosar.fran,
				till: avlosar.till ?? ''
			}
		};
		const fel = r([kopia]).filter((f) => f.status === 'fel');
		expect(fel.map((f) => f.vad)).toEqual([
			'Beställning 250512 – Lss, Barn/Ungdom 1 (Avlösarservice) togs bort'
		]);
	});

	it('fails O2 for the wrong Utförare and for <ingen> as Beslut in the new one', () => {
		const fynd = r([
			taBort('best-start-1'),
			ny({ utforare: 'Lss, Resursförmedling', beslutId: '' })
		]);
		expect(fynd.filter((f) => f.status === 'fel').map((f) => f.vad)).toEqual([
			'Beslut i beställningen för LSS Avlösarservice Bifall',
			'Utförare i beställningen för LSS Avlösarservice Bifall'
		]);
	});

	it('refuses a forBeslut the start state has no bifall for, naming the field', () => {
		const med = (forBeslut: string) => ({
			...s,
			forvantat: { ...s.forvantat, bestallningar: [{ forBeslut }] }
		});
		expect(() => bestallningsregler(med('beslut-x'))).toThrow(
			'forvantat.bestallningar[0].forBeslut: startläget har inget beslut beslut-x'
		);
		const avslag = {
			...med('beslut-start-1'),
			start: {
				...s.start,
				beslut: s.start.beslut.map((b) =>
					b.id === 'beslut-start-1' ? { ...b, beslut: 'LSS Avlösarservice Avslag' } : b
				)
			}
		};
		expect(() => bestallningsregler(avslag)).toThrow('är inget bifall');
	});

	it('refuses removing a beställning of a pågående beslut that no new one replaces', () => {
		const utanNy = { ...s, forvantat: { ...s.forvantat, bestallningar: [] } };
		expect(() => borttagningsregler(utanNy)).toThrow(
			'forvantat.borttagningar[0]: beslutet beslut-start-1 för beställningen best-start-1 är pågående 2025-05-20'
		);
		// ta-bort-bestallning's beslut has ended: its rule keeps the plain wording
		expect(borttagningsregler(TA_BORT).map((x) => x.vad)).toContain(
			'Ingen beställning togs bort vars beslut fortfarande är pågående'
		);
	});
});
