import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { delaIAvsnitt, hittaCitat } from '../../../manual/avsnitt';
import { slug } from '../../../manual/slug';
import type { Scenario } from '../../../schemas/scenario';
import type { BeslutUtkast } from '../../beslut-kommandon';
import { LASS, LSS_INSATSER } from '../../insatstabell';
import { LSS_MYNDIGHET, UTFORARE } from '../../katalog';
import { forvantatSchema } from '../../../schemas/scenario';
import type { CaseState } from '../../model';
import { grade } from '../motor';
import { andra, ettFynd, fyndFor, HANDLAGGARE, kor, scenario, type Steg } from '../testdata';
import { KUND_B, KUND_B_PERSON, LSS_INSATSER_START, SLOT } from '../testdata-beslut';
import { lassregler } from './lass';
import { verkstallighetsregler } from './verkstallighet';

const IDAG = '2025-03-20';
const kund = KUND_B_PERSON;

/** A LASS-beslut from a beslutsmeddelande that came in 2025-03-14. */
function lassScenario(
	lssInsatser: 'finns' | 'ska-oppnas',
	regelverk: string[] = ['lass'],
	ovrigt: Record<string, unknown> = {}
): Scenario {
	return scenario({
		idag: IDAG,
		roll: { namn: HANDLAGGARE, lssHandlaggare: SLOT },
		manualSections: [LASS.avsnitt],
		start: {
			kunder: [kund],
			verkstalligheter: lssInsatser === 'finns' ? [LSS_INSATSER_START] : []
		},
		forvantat: {
			kund: { pnr: KUND_B },
			lass: {
				inkom: '2025-03-14',
				fran: '2025-03-01',
				till: '2026-02-28',
				timmar: '42.30',
				personkrets: 'Personkrets 1',
				lssInsatser
			},
			...ovrigt
		},
		regelverk
	});
}

const beslut: BeslutUtkast = {
	insatskategori: LASS.insatskategori,
	beslut: LASS.beslut,
	beslutsdatum: IDAG,
	fran: '2025-03-01',
	till: '2026-02-28',
	beslutsfattare: HANDLAGGARE,
	organisation: 'LSS Myndighet',
	personkrets: 'Personkrets 1',
	niva: '',
	timmar: '42.30',
	period: 'Vecka',
	utredningAvslutas: true
};

const utredningen = (st: CaseState): string => st.utredningar.at(-1)!.id;

/** The LASS-beslut as the manual's section says it, step by step. */
function ratt(s: Scenario, signera = true): Steg[] {
	const pnr = KUND_B;
	const signerad: Steg[] = signera
		? [(st) => ({ typ: 'signeraAnteckning', id: st.anteckningar.at(-1)!.id })]
		: [];
	const steg: Steg[] = [
		{
			typ: 'inledUtredning',
			pnr,
			inledningsdatum: '2025-03-14',
			utredningstyp: 'LSS Utredning',
			ansvarigHandlaggare: HANDLAGGARE,
			organisation: 'LSS Myndighet',
			aktualiseringIds: []
		},
		(st) => ({
			typ: 'sparaAnteckning',
			pnr,
			plats: { del: 'journal', utredningId: utredningen(st) },
			text: 'Beslutsmeddelande från Försäkringskassan har inkommit.'
		}),
		...signerad,
		(st) => ({
			typ: 'sparaAnteckning',
			pnr,
			plats: { del: 'dokument', utredningId: utredningen(st), rubrik: 'Beslut' },
			text: 'Assistansersättning 42 timmar och 30 minuter per vecka, 2025-03-01–2026-02-28.'
		}),
		...signerad,
		(st) => ({ typ: 'sparaBeslut', pnr, utredningId: utredningen(st), utkast: [beslut] })
	];
	if (s.forvantat.lass?.lssInsatser === 'ska-oppnas')
		steg.push({
			typ: 'skapaVerkstallighet',
			pnr,
			insatskategori: LSS_INSATSER,
			utforare: 'LSS Myndighet',
			organisation: 'LSS Myndighet',
			fran: '2025-03-01'
		});
	return steg;
}

const ejRatt = (s: Scenario, steg: Steg[]) =>
	grade(s, kor(s, steg)).fynd.filter((f) => f.status !== 'ratt');

describe('lassregler (L1–L6)', () => {
	it.each(['finns', 'ska-oppnas'] as const)(
		'passes the LASS-beslut done as the manual says (LSS Insatser %s)',
		(lssInsatser) => {
			const s = lassScenario(lssInsatser);
			expect(ejRatt(s, ratt(s))).toEqual([]);
			const r = grade(s, kor(s, ratt(s)));
			expect(new Set(r.fynd.map((f) => f.regelId))).toEqual(
				new Set(['L1', 'L2', 'L3', 'L4', 'L5', 'L6'])
			);
			expect(r.godkand).toBe(true);
		}
	);

	it('cites the LASS section for every finding, with quotes that stand there verbatim', () => {
		const sektioner = delaIAvsnitt(
			readFileSync(
				fileURLToPath(new URL('../../../manual/procapita-lss-manual.txt', import.meta.url)),
				'utf8'
			)
		);
		for (const r of [
			...lassregler(lassScenario('finns')),
			...lassregler(lassScenario('ska-oppnas'))
		]) {
			expect(r.avsnitt).toBe('LASS-beslut (beslut om assistansersättning från Försäkringskassan)');
			const f = hittaCitat(sektioner, r.manualcitat ?? '', slug(r.avsnitt));
			expect(f?.sektion.rubrik, `${r.id} ${r.vad}: "${String(r.manualcitat)}"`).toBe(r.avsnitt);
		}
	});

	it('fails L1 when an aktualisering is made first ("aktualisering ska inte göras")', () => {
		const s = lassScenario('finns');
		const steg: Steg[] = [
			{
				typ: 'sparaAktualiseringar',
				pnr: KUND_B,
				utkast: [
					{
						typ: 'LSS Personlig assistans',
						datum: '2025-03-14',
						franVem: 'Försäkringskassan',
						ansvarigHandlaggare: HANDLAGGARE,
						organisation: 'LSS Myndighet'
					}
				]
			},
			...ratt(s)
		];
		const r = grade(s, kor(s, steg));
		expect(ettFynd(r, 'L1', 'Ingen aktualisering')).toMatchObject({ status: 'fel', kritisk: true });
	});

	it('fails L2 for the day it was handled instead of the postmark, L4 for Månad and wrong hours', () => {
		const s = lassScenario('finns');
		let steg = andra(ratt(s), 'inledUtredning', (k) => ({ ...k, inledningsdatum: IDAG }));
		steg = steg.map((x) =>
			typeof x === 'function'
				? (st: CaseState) => {
						const k = x(st);
						return k.typ === 'sparaBeslut'
							? { ...k, utkast: [{ ...beslut, period: 'Månad', timmar: '42.5' }] }
							: k;
					}
				: x
		);
		const r = grade(s, kor(s, steg));
		expect(ettFynd(r, 'L2', 'Inledningsdatum').status).toBe('fel');
		expect(ettFynd(r, 'L4', 'Period').status).toBe('fel');
		expect(ettFynd(r, 'L4', 'Antal timmar')).toMatchObject({
			status: 'fel',
			forvantat: '42.30 per Vecka (timmar.minuter: 42 timmar och 30 minuter)'
		});
	});

	it('fails L3 when the notes are not signed ("Signera texterna.")', () => {
		const s = lassScenario('finns');
		const r = grade(s, kor(s, ratt(s, false)));
		expect(
			fyndFor(r, 'L3')
				.filter((f) => f.status === 'fel')
				.map((f) => f.vad)
		).toEqual([
			'Anteckningarna i Utredningsjournalen signerades',
			'Anteckningarna i Utredningsdokumentet under Beslut signerades'
		]);
	});

	it('fails L5 (kritisk) when a beställning is sent for the LASS-beslut ("Beställning ska inte skickas.")', () => {
		const s = lassScenario('finns');
		const steg: Steg[] = [
			...ratt(s),
			(st) => ({
				typ: 'sparaBestallning',
				pnr: KUND_B,
				franBeslutId: st.beslut.at(-1)!.id,
				utkast: {
					beslutId: st.beslut.at(-1)!.id,
					insatskategori: 'Personlig ass LSS',
					utforare: 'Lss, Eget Val',
					utforarensOrganisation: 'LSS Myndighet',
					insatser: ['Personlig assistans'],
					kvantitet: '42.30',
					period: 'Vecka',
					fran: '2025-03-01',
					till: '2026-02-28',
					bestalltDatum: IDAG,
					bestallningstext: ''
				}
			})
		];
		const r = grade(s, kor(s, steg));
		expect(ettFynd(r, 'L5')).toMatchObject({
			status: 'fel',
			kritisk: true,
			manualcitat: 'Beställning ska inte skickas.'
		});
		expect(r.godkand).toBe(false);
	});

	it('fails L6 when the customer has no LSS Insatser and none is opened', () => {
		const s = lassScenario('ska-oppnas');
		const steg = ratt(s).filter((x) => typeof x === 'function' || x.typ !== 'skapaVerkstallighet');
		const r = grade(s, kor(s, steg));
		expect(ettFynd(r, 'L6', 'Det finns en öppen')).toMatchObject({ status: 'fel', kritisk: true });
		expect(ettFynd(r, 'L6', 'Verkställigheten LSS Insatser öppnades').status).toBe('fel');
	});

	it('fails L6 when a second LSS Insatser is opened where one is open', () => {
		const s = lassScenario('finns');
		const steg: Steg[] = [
			...ratt(s),
			{
				typ: 'skapaVerkstallighet',
				pnr: KUND_B,
				insatskategori: LSS_INSATSER,
				utforare: 'LSS Myndighet',
				organisation: 'LSS Myndighet',
				fran: '2025-03-01'
			}
		];
		expect(ettFynd(grade(s, kor(s, steg)), 'L6', 'Ingen ny').status).toBe('fel');
	});
});

describe('LSS Insatser’s Utförare, each right in its own case (rules.md reading 5)', () => {
	const lssInsatser = (utforare: string): Steg => ({
		typ: 'skapaVerkstallighet',
		pnr: KUND_B,
		insatskategori: LSS_INSATSER,
		utforare,
		organisation: 'LSS Myndighet',
		fran: '2025-03-01'
	});
	const medUtan = (s: Scenario, utforare: string): Steg[] => [
		...ratt(s).filter((x) => typeof x === 'function' || x.typ !== 'skapaVerkstallighet'),
		lssInsatser(utforare)
	];

	it('LASS case: "4) Vid Utförare: välj LSS Myndighet." is right, the handläggare’s slot wrong (L6)', () => {
		const s = lassScenario('ska-oppnas');
		expect(ettFynd(grade(s, kor(s, medUtan(s, 'LSS Myndighet'))), 'L6', 'Utförare').status).toBe(
			'ratt'
		);
		const fel = ettFynd(grade(s, kor(s, medUtan(s, SLOT))), 'L6', 'Utförare');
		expect(fel).toMatchObject({ status: 'fel', hittat: `Utförare: ${SLOT}` });
		expect(fel.manualcitat).toBe('4) Vid Utförare: välj LSS Myndighet.');
	});

	it('LASS case in the verkställighet set too: V2 expects LSS Myndighet, citing the LASS section', () => {
		const s = lassScenario('finns', ['verkstallighet'], { lssInsatser: 'ska-oppnas' });
		const regel = verkstallighetsregler(s).find((r) => r.vad === 'Utförare på LSS Insatser');
		expect(regel).toMatchObject({
			id: 'V2',
			varde: 'LSS Myndighet',
			avsnitt: LASS.avsnitt,
			manualcitat: '4) Vid Utförare: välj LSS Myndighet.'
		});
		expect(ettFynd(grade(s, kor(s, medUtan(s, 'LSS Myndighet'))), 'V2', 'Utförare').status).toBe(
			'ratt'
		);
	});

	it('ordinary case: the slot is right and LSS Myndighet wrong (V2, "…någon av LSS-handläggare 1-11.")', () => {
		const s = scenario({
			idag: IDAG,
			roll: { namn: HANDLAGGARE, lssHandlaggare: SLOT },
			manualSections: ['Beslut och beställning'],
			start: {
				kunder: [kund],
				utredningar: [
					{
						id: 'utr-start',
						pnr: KUND_B,
						typ: 'LSS Utredning',
						inledningsdatum: '2025-02-01',
						ansvarigHandlaggare: HANDLAGGARE,
						organisation: 'LSS Myndighet'
					}
				]
			},
			forvantat: {
				kund: { pnr: KUND_B },
				utredningId: 'utr-start',
				beslut: [{ insats: 'kontaktperson', utfall: 'bifall', beslutsdatum: IDAG, fran: IDAG }],
				lssInsatser: 'ska-oppnas'
			},
			regelverk: ['verkstallighet']
		});
		const med = (utforare: string) =>
			ettFynd(grade(s, kor(s, [lssInsatser(utforare)])), 'V2', 'Utförare');
		expect(med(SLOT).status).toBe('ratt');
		expect(med('LSS Myndighet')).toMatchObject({
			status: 'fel',
			manualcitat: '4) Vid Utförare: välj rätt LSS-handläggare, någon av LSS-handläggare 1-11.'
		});
	});
});

describe('the LASS row and where a LASS-beslut is expected', () => {
	it('names an utförare of the register as LSS Insatser’s in the LASS case', () => {
		expect(LASS.lssInsatserUtforare).toBe(LSS_MYNDIGHET);
		expect(UTFORARE).toContain(LASS.lssInsatserUtforare);
	});

	it('refuses the LASS-beslut under forvantat.beslut and points to forvantat.lass', () => {
		const r = forvantatSchema.safeParse({
			kund: { pnr: KUND_B },
			utredningId: 'ny',
			utredning: {
				inledningsdatum: '2025-03-14',
				typ: 'LSS Utredning',
				ansvarigHandlaggare: HANDLAGGARE
			},
			beslut: [
				{
					insats: 'personlig-assistans',
					utfall: 'bifall',
					beslut: LASS.beslut,
					beslutsdatum: IDAG,
					fran: '2025-03-01'
				}
			]
		});
		expect(r.success).toBe(false);
		expect(r.error?.issues.map((i) => i.message)).toContain(
			'LASS-beslutet rättas av regelverket lass (avsnittet LASS-beslut): skriv det under forvantat.lass'
		);
	});
});
