/**
 * Test scenarios and attempts for sections 5–8 (beslut, beställning, verkställighet,
 * dokumentation, bedömning). Attempts run through `utfor` like those of testdata.ts. Every
 * personnummer is from src/lib/world/testpersonnummer.txt.
 */
import type { Scenario } from '../../schemas/scenario';
import { BEDOMNINGSFUNKTIONER } from '../beslut';
import type { BeslutUtkast } from '../beslut-kommandon';
import type { Kommando } from '../kommandon';
import { LSS_INSATSER } from '../insatstabell';
import { NYCKELKOD_EJ_SKRIVEN } from '../katalog';
import type { CaseState } from '../model';
import { beslutsplan } from './regelverk/beslutsplan';
import { forvantad, planFor } from './regelverk/bestallning';
import { HANDLAGGARE, scenario, type Steg } from './testdata';

/** A customer with an utredning already inledd (2025-02-01), decided on 2025-03-10. */
export const KUND_B = '195001182046';
export const UTR = 'utr-start';
export const SLOT = 'LSS-handläggare 3';

/** A start-state journal note that is signed and wrong (D5). */
export const FEL_ANTECKNING = 'ant-1';

/** A pågående LSS Insatser in the start state, for `lssInsatser: finns`. */
export const LSS_INSATSER_START = {
	id: 'verk-start',
	pnr: KUND_B,
	insatskategori: LSS_INSATSER,
	utforare: SLOT,
	organisation: 'LSS Myndighet',
	fran: '2024-01-01',
	pagaende: true
};

/** The customer of these scenarios, as the start state places him in the register. */
export const KUND_B_PERSON = {
	pnr: KUND_B,
	efternamn: 'Ek',
	fornamn: 'Gustav',
	adress: 'Hamngatan 4',
	postnummer: '252 25',
	ort: 'Helsingborg',
	civilstand: 'Gift',
	nyckelkod: NYCKELKOD_EJ_SKRIVEN
};

const start = {
	kunder: [KUND_B_PERSON],
	utredningar: [
		{
			id: UTR,
			pnr: KUND_B,
			typ: 'LSS Utredning',
			inledningsdatum: '2025-02-01',
			ansvarigHandlaggare: HANDLAGGARE,
			organisation: 'LSS Myndighet'
		}
	],
	anteckningar: [
		{
			id: FEL_ANTECKNING,
			pnr: KUND_B,
			plats: { del: 'journal', utredningId: UTR },
			text: 'Hembesök gjordes 2025-02-20 (fel: det var 2025-02-21).',
			handelsedatum: '2025-02-21',
			signerad: true,
			felmarkerad: false
		}
	]
};

/** A scenario graded by the section 5–8 rule sets, with `forvantat` over the customer's. */
export function beslutsscenario(forvantat: Record<string, unknown>, raw = {}): Scenario {
	const finns = forvantat.lssInsatser === 'finns';
	return scenario({
		idag: '2025-03-10',
		roll: { namn: HANDLAGGARE, lssHandlaggare: SLOT },
		manualSections: ['Beslut och beställning'],
		start: finns ? { ...start, verkstalligheter: [LSS_INSATSER_START] } : start,
		forvantat: { kund: { pnr: KUND_B }, utredningId: UTR, ...forvantat },
		regelverk: ['beslut', 'bestallning', 'verkstallighet', 'dokumentation', 'bedomning'],
		...raw
	});
}

const BESLUTAT = { beslutsdatum: '2025-03-10', fran: '2025-03-10' };

/**
 * O6: korttidsvistelse in a stödfamilj, nivå 2: two beslut, one beställning. The brief names the
 * insats Stödfamilj 2 (the manual names none, reading 8); `insatser: null` leaves it unnamed.
 */
export function stodfamilj(insatser: readonly string[] | null = ['Stödfamilj 2']): Scenario {
	return beslutsscenario({
		beslut: [
			{ insats: 'korttidsvistelse', utfall: 'bifall', niva: 2, ...BESLUTAT, till: '2026-03-09' },
			{ insats: 'stodfamilj', utfall: 'bifall', niva: 2, ...BESLUTAT, till: '2026-03-09' }
		],
		bestallningar: [insatser ? { forBeslut: 1, insatser } : { forBeslut: 1 }],
		ingenBestallningFor: [0],
		lssInsatser: 'finns'
	});
}

/** Personlig assistans with a private utförare: hours per Månad, a verkställighet Eget Val. */
export function personligAssistans(): Scenario {
	return beslutsscenario({
		beslut: [
			{
				insats: 'personlig-assistans',
				utfall: 'bifall',
				...BESLUTAT,
				beslutsfattare: 'Holm, Johan',
				timmar: '10.30',
				personkrets: true
			}
		],
		bestallningar: [{ forBeslut: 0, utforare: 'Lss, Eget Val' }],
		verkstalligheter: [
			{ insatskategori: 'Personlig ass LSS', utforare: 'Lss, Eget Val', fran: '2025-03-10' }
		],
		lssInsatser: 'ska-oppnas',
		ingaAndraVerkstalligheter: true
	});
}

/** Tillfällig utökning over three months: three beslut, three beställningar (O8). */
export function utokning(): Scenario {
	const manad = (fran: string, till: string) => ({
		insats: 'tillfallig-utokning',
		utfall: 'bifall',
		beslutsdatum: '2025-03-10',
		fran,
		till,
		timmar: '20.00'
	});
	return beslutsscenario({
		beslut: [
			manad('2025-04-01', '2025-04-30'),
			manad('2025-05-01', '2025-05-31'),
			manad('2025-06-01', '2025-06-30')
		],
		bestallningar: [0, 1, 2].map((i) => ({
			forBeslut: i,
			utforare: 'Enhetschef, Personlig Assistans'
		})),
		lssInsatser: 'finns'
	});
}

/** Delavslag: ledsagarservice bifall, avlösarservice avslag. */
export function delavslag(): Scenario {
	return beslutsscenario({
		beslut: [
			{ insats: 'ledsagarservice', utfall: 'bifall', ...BESLUTAT, timmar: '8.15' },
			{ insats: 'avlosarservice', utfall: 'avslag', ...BESLUTAT }
		],
		bestallningar: [{ forBeslut: 0 }],
		ingenBestallningFor: [1],
		lssInsatser: 'finns'
	});
}

/** Bostad vuxna and daglig verksamhet with bedömning: `<ingen>` beställningar (O9). */
export function boendeOchDagligVerksamhet(): Scenario {
	return beslutsscenario({
		beslut: [
			{ insats: 'bostad-vuxna', utfall: 'bifall', ...BESLUTAT },
			{ insats: 'daglig-verksamhet', utfall: 'bifall', ...BESLUTAT }
		],
		bestallningar: [{ forBeslut: 0 }, { forBeslut: 1 }],
		lssInsatser: 'ska-oppnas',
		bedomning: { datum: '2025-03-10' }
	});
}

/** A documentation exercise: journal, dokument under Bakgrund, felmarkera the wrong note. */
export function dokumentation(): Scenario {
	return beslutsscenario({
		dokumentation: {
			journal: { minst: 1 },
			dokument: [{ rubrik: 'Bakgrund' }],
			felmarkera: [FEL_ANTECKNING],
			allaSignerade: true
		}
	});
}

/** The journal and dokument notes of a correct documentation attempt, each saved and signed. */
function anteckningar(s: Scenario): Steg[] {
	const d = s.forvantat.dokumentation;
	if (!d) return [];
	const pnr = s.forvantat.kund.pnr;
	const platser = [
		...(d.journal ? [{ del: 'journal' as const, utredningId: UTR }] : []),
		...d.dokument.map((r) => ({ del: 'dokument' as const, utredningId: UTR, rubrik: r.rubrik }))
	];
	const steg: Steg[] = [];
	for (const plats of platser) {
		steg.push({ typ: 'sparaAnteckning', pnr, plats, text: 'Hembesök gjordes 2025-02-21.' });
		steg.push((st) => ({ typ: 'signeraAnteckning', id: st.anteckningar.at(-1)!.id }));
	}
	for (const id of d.felmarkera) steg.push({ typ: 'felmarkeraAnteckning', id });
	return steg;
}

/** The Beslut tab's fields for each expected beslut; Utredning avslutas on the last. */
export function beslutUtkast(s: Scenario): BeslutUtkast[] {
	const planer = beslutsplan(s);
	return planer.map((p, i) => ({
		insatskategori: p.insatskategori,
		beslut: p.namn,
		beslutsdatum: p.f.beslutsdatum,
		fran: p.f.fran,
		till: p.f.till ?? '',
		beslutsfattare: p.f.beslutsfattare ?? HANDLAGGARE,
		organisation: p.f.organisation,
		personkrets: p.f.personkrets === true ? 'Personkrets 1' : (p.f.personkrets ?? ''),
		niva: p.f.niva ?? '',
		timmar: p.f.timmar ?? '',
		period: p.period ?? '',
		utredningAvslutas: i === planer.length - 1
	}));
}

/**
 * The attempt a careful trainee makes from the scenario's expectations: every beslut in one
 * Spara, LSS Insatser when it must be opened, the expected verkställigheter, each beställning
 * from its beslut's tab, the notes, and the bedömning.
 */
export function rattForsok(s: Scenario): Steg[] {
	const f = s.forvantat;
	const pnr = f.kund.pnr;
	const planer = beslutsplan(s);
	const steg: Steg[] = [];
	if (planer.length)
		steg.push({ typ: 'sparaBeslut', pnr, utredningId: UTR, utkast: beslutUtkast(s) });
	const forstaBifall = planer.find((p) => p.bifall);
	if (f.lssInsatser === 'ska-oppnas')
		steg.push({
			typ: 'skapaVerkstallighet',
			pnr,
			insatskategori: LSS_INSATSER,
			utforare: s.roll.lssHandlaggare,
			organisation: 'LSS Myndighet',
			fran: forstaBifall?.f.beslutsdatum ?? s.idag
		});
	for (const v of f.verkstalligheter) steg.push({ typ: 'skapaVerkstallighet', pnr, ...v });
	const beslutId = (st: CaseState, i: number): string => {
		const p = planer[i];
		const b =
			st.beslut.find((x) => x.beslut === p.namn && x.fran === p.f.fran) ??
			st.beslut.find((x) => x.beslut === p.namn);
		if (!b) throw new Error(`Beslut ${i} sparades inte.`);
		return b.id;
	};
	f.bestallningar.forEach((o, j) => {
		// a start-state beslut by its id; an expected one (or the first, for none) as saved
		const plan = planFor(s, planer, j) ?? planer[0];
		const id = (st: CaseState): string =>
			typeof o.forBeslut === 'string' ? o.forBeslut : beslutId(st, o.forBeslut ?? 0);
		const e = forvantad(o, plan);
		steg.push((st): Kommando => ({
			typ: 'sparaBestallning',
			pnr,
			franBeslutId: id(st),
			utkast: {
				beslutId: e.beslut === '<ingen>' ? '' : id(st),
				insatskategori: e.insatskategori ?? plan.insatskategori,
				utforare: e.utforare,
				utforarensOrganisation: e.organisation ?? 'LSS Barn och ungdom',
				insatser: e.insatser ?? ['Korttidstillsyn'],
				kvantitet: e.kvantitet ?? '',
				period: e.period ?? '',
				fran: e.fran,
				till: e.till ?? '',
				bestalltDatum: s.idag,
				bestallningstext: ''
			}
		}));
	});
	steg.push(...anteckningar(s));
	if (f.bedomning) {
		const b = f.bedomning;
		steg.push((st) => ({
			typ: 'sparaBedomning',
			pnr,
			utredningId: UTR,
			metod: b.metod,
			utforsAv: HANDLAGGARE,
			datum: b.datum ?? s.idag,
			nivaer: Object.fromEntries(BEDOMNINGSFUNKTIONER.map((fn) => [fn, '1'])),
			kommentar: '',
			lssInsatserVerkstallighetId:
				st.verkstalligheter.find((v) => v.insatskategori === LSS_INSATSER && v.pagaende)?.id ?? null
		}));
	}
	return steg;
}
