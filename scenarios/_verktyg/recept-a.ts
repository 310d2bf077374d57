import type { BeslutUtkast, BestallningUtkast } from '../../src/lib/domain/beslut-kommandon';
import { LSS_MYNDIGHET } from '../../src/lib/domain/katalog';
import type { Korning } from './korning';
import type { Recept } from './recept';
import {
	beslut,
	bestall as bestallSteg,
	oppnaVerkstallighet as oppnaVerkstallighetSteg,
	sparaBeslut
} from './steg';

// The trainee's clicks for rules.md sections 5–8 (Beslut, Beställning, Verkställighet), as
// commands through the real domain. The helpers fill a form the way the mock opens it (period
// Vecka, Utredning avslutas ticked, Utförarens organisation from the utförare), so a recipe
// only states what the trainee types or changes.

type Beslutsfalt = Partial<BeslutUtkast> & Pick<BeslutUtkast, 'beslut' | 'insatskategori'>;

// Thin adapters over the shared steps (steg.ts), keeping this file's call shape: the trainee
// is the beslutsfattare and the hours field starts in Vecka, as in the mock.

/** Searches the customer by personnummer in the right century and opens them. */
function oppnaKund(k: Korning, pnr: string): void {
	k.sok(pnr, pnr.startsWith('19') ? '19' : '20');
	k.oppna(pnr);
}

/** The Beslut tab: one sheet per beslut (Ny between them), then one Spara. Returns their ids. */
function fattaBeslut(k: Korning, _pnr: string, utredningId: string, blad: Beslutsfalt[]): string[] {
	const utkast = blad.map((b) =>
		beslut({
			beslutsdatum: '',
			fran: '',
			beslutsfattare: k.scenario.roll.namn,
			period: 'Vecka',
			...b
		})
	);
	return sparaBeslut(k, utkast, utredningId);
}

type Bestallningsfalt = Partial<BestallningUtkast> &
	Pick<BestallningUtkast, 'insatskategori' | 'utforare' | 'insatser' | 'fran'>;

/** The Beställning tab of beslut `franBeslutId`, that beslut chosen in Beslut unless stated, Spara. */
function bestall(k: Korning, _pnr: string, franBeslutId: string, falt: Bestallningsfalt): void {
	bestallSteg(k, franBeslutId, { period: 'Vecka', ...falt });
}

/** Verkställighet (lov) → Skapa ny verkställighet, OK, Spara. */
function oppnaVerkstallighet(
	k: Korning,
	_pnr: string,
	insatskategori: string,
	utforare: string,
	fran: string
): void {
	oppnaVerkstallighetSteg(k, fran, { insatskategori, utforare, organisation: LSS_MYNDIGHET });
}

const PA_KATEGORI = 'Personlig ass LSS';
const KOMMUNAL_PA = 'Enhetschef, Personlig Assistans';
const EGET_VAL = 'Lss, Eget Val';
const REKRYTERING = 'Rekrytering LSS-insatser';
const REKRYTERINGSHANDLAGGARE = 'Lss, Rekryteringshandläggare';
/** Both the Insatskategori of every avslag (B1) and the name of the verkställighet (V2). */
const LSS_INSATSER = 'LSS Insatser';

// 1. Personlig assistans, kommunal utförare -------------------------------------------------

const BENGT = '196104032898';
const PA_BIFALL = 'LSS Personlig assistent Bifall';

/** Bengt's beslut and beställning; `timmar`/`period` and the utförare let a recipe go wrong. */
function bengt(
	k: Korning,
	o: { timmar?: string; period?: string; utforare?: string; insats?: string } = {}
): void {
	const { timmar = '162.30', period = 'Månad', utforare = KOMMUNAL_PA } = o;
	oppnaKund(k, BENGT);
	const [id] = fattaBeslut(k, BENGT, 'utr-start-2', [
		{
			insatskategori: PA_KATEGORI,
			beslut: PA_BIFALL,
			beslutsdatum: '2025-04-10',
			fran: '2025-04-14',
			timmar,
			period
		}
	]);
	bestall(k, BENGT, id, {
		insatskategori: PA_KATEGORI,
		utforare,
		insatser: [o.insats ?? 'Biträde av assistans'],
		kvantitet: timmar,
		period,
		fran: '2025-04-14'
	});
}

const paKommunal: Record<string, Recept> = {
	'pass-kommunal-assistans': {
		beskrivning:
			'Bifall med 162.30 timmar per Månad (perioden ändrad före timmarna), beställning till Enhetschef, Personlig Assistans med Biträde av assistans; den pågående LSS Insatser räcker.',
		fel: [],
		kor: (k) => bengt(k)
	},
	'fail-timmar-per-vecka': {
		beskrivning:
			'Skriver 162.30 utan att först ändra perioden: timmarna hamnar per Vecka i både beslut och beställning.',
		fel: ['B7', 'O3'],
		kor: (k) => bengt(k, { period: 'Vecka' })
	},
	'fail-decimaler': {
		beskrivning:
			'Skriver timmarna som decimaltal, 162.5, för 162 timmar och 30 minuter (läses som 162 timmar och 50 minuter).',
		fel: ['B7', 'O3'],
		kor: (k) => bengt(k, { timmar: '162.5' })
	},
	'fail-eget-val-och-verkstallighet': {
		beskrivning:
			'Följer rutinen för privat utförare: beställer Personlig assistans av Lss, Eget Val och öppnar en verkställighet Personlig ass LSS, fast kunden valt kommunens assistans.',
		fel: ['O2', 'V4'],
		kor(k) {
			bengt(k, { utforare: EGET_VAL, insats: 'Personlig assistans' });
			oppnaVerkstallighet(k, BENGT, PA_KATEGORI, EGET_VAL, '2025-04-10');
		}
	}
};

// 2. Personlig assistans, privat utförare (Lss, Eget Val) -----------------------------------

const OSKAR = '199009292393';

/** Oskar's beslut, beställning and (unless `utanVerkstallighet`) the Eget Val verkställighet. */
function oskar(
	k: Korning,
	o: { insats?: string; utanVerkstallighet?: boolean; nyLssInsatser?: boolean } = {}
): void {
	oppnaKund(k, OSKAR);
	const [id] = fattaBeslut(k, OSKAR, 'utr-start-2', [
		{
			insatskategori: PA_KATEGORI,
			beslut: PA_BIFALL,
			beslutsdatum: '2025-04-16',
			fran: '2025-04-16',
			timmar: '118.15',
			period: 'Månad'
		}
	]);
	bestall(k, OSKAR, id, {
		insatskategori: PA_KATEGORI,
		utforare: EGET_VAL,
		insatser: [o.insats ?? 'Personlig assistans'],
		kvantitet: '118.15',
		period: 'Månad',
		fran: '2025-04-16',
		bestallningstext: 'Kunden har valt Assistans i Nordväst AB som anordnare.'
	});
	if (!o.utanVerkstallighet) oppnaVerkstallighet(k, OSKAR, PA_KATEGORI, EGET_VAL, '2025-04-16');
	if (o.nyLssInsatser)
		oppnaVerkstallighet(k, OSKAR, LSS_INSATSER, k.scenario.roll.lssHandlaggare, '2025-04-16');
}

const paPrivat: Record<string, Recept> = {
	'pass-eget-val': {
		beskrivning:
			'Bifall 118.15 per Månad, beställning av Personlig assistans till Lss, Eget Val, och verkställigheten Personlig ass LSS – Lss, Eget Val öppnad från beslutsdatum.',
		fel: [],
		kor: (k) => oskar(k)
	},
	'fail-ingen-verkstallighet': {
		beskrivning:
			'Gör beslut och beställning rätt men öppnar ingen verkställighet, som vid kommunal assistans.',
		fel: ['V3'],
		kor: (k) => oskar(k, { utanVerkstallighet: true })
	},
	'fail-bitrade-av-assistans': {
		beskrivning:
			'Väljer insatsen Biträde av assistans (den kommunala utförarens insats) i beställningen till Lss, Eget Val.',
		fel: ['O2'],
		kor: (k) => oskar(k, { insats: 'Biträde av assistans' })
	},
	'fail-ny-lss-insatser': {
		beskrivning:
			'Öppnar en ny verkställighet LSS Insatser fast kunden redan har en pågående sedan tidigare.',
		fel: ['V4'],
		kor: (k) => oskar(k, { nyLssInsatser: true })
	}
};

// 3. Tillfällig utökning över tre månader -----------------------------------------------------

const LIAM = '201306102391';
const UTOKNING = 'LSS Personlig assistent tillf. utökning Bifall';
const MANADER = [
	{ fran: '2025-06-01', till: '2025-06-30', timmar: '45.00' },
	{ fran: '2025-07-01', till: '2025-07-31', timmar: '60.30' },
	{ fran: '2025-08-01', till: '2025-08-31', timmar: '45.00' }
];

function utokningsbeslut(m: { fran: string; till: string; timmar: string }, avslutas: boolean) {
	return {
		insatskategori: PA_KATEGORI,
		beslut: UTOKNING,
		beslutsdatum: '2025-05-20',
		...m,
		period: 'År',
		utredningAvslutas: avslutas
	};
}

function bestallUtokning(
	k: Korning,
	id: string,
	m: { fran: string; till: string; timmar: string }
) {
	bestall(k, LIAM, id, {
		insatskategori: PA_KATEGORI,
		utforare: KOMMUNAL_PA,
		insatser: ['Biträde av assistans'],
		kvantitet: m.timmar,
		period: 'År',
		fran: m.fran,
		till: m.till
	});
}

/** Three beslut in one Spara, Utredning avslutas on those `avslutas` names, one beställning each. */
function liam(k: Korning, avslutas: boolean[] = [false, false, true]): void {
	oppnaKund(k, LIAM);
	const ids = fattaBeslut(
		k,
		LIAM,
		'utr-start-2',
		MANADER.map((m, i) => utokningsbeslut(m, avslutas[i]))
	);
	ids.forEach((id, i) => bestallUtokning(k, id, MANADER[i]));
}

const utokning: Record<string, Recept> = {
	'pass-ett-beslut-per-manad': {
		beskrivning:
			'Tre beslut (juni, juli, augusti) med timmarna per År, Utredning avslutas bara på augusti, och en beställning per beslut.',
		fel: [],
		kor: (k) => liam(k)
	},
	'fail-ett-beslut-hela-perioden': {
		beskrivning:
			'Ett enda beslut 2025-06-01–2025-08-31 med alla 150.30 timmar, och en beställning för det.',
		fel: ['B1', 'B2', 'B7', 'O1', 'O3', 'O8'],
		kor(k) {
			oppnaKund(k, LIAM);
			const hela = { fran: '2025-06-01', till: '2025-08-31', timmar: '150.30' };
			const [id] = fattaBeslut(k, LIAM, 'utr-start-2', [utokningsbeslut(hela, true)]);
			bestallUtokning(k, id, hela);
		}
	},
	'fail-avslutas-pa-forsta': {
		beskrivning:
			'Låter Utredning avslutas vara ikryssad på junibeslutet (och kryssar den på augusti).',
		fel: ['B4'],
		kor: (k) => liam(k, [true, false, true])
	}
};

// 4. Ledsagarservice, bifall -----------------------------------------------------------------

const EMIL = '199605042390';
const LEDSAGAR_BIFALL = 'LSS Ledsagarservice Bifall';

/** Emil's beslut and (unless `utanBestallning`) beställning, with a field a recipe may change. */
function emil(
	k: Korning,
	o: {
		kategori?: string;
		bestallningFran?: string;
		bestallningTill?: string;
		utanBestallning?: boolean;
	} = {}
): void {
	oppnaKund(k, EMIL);
	const [id] = fattaBeslut(k, EMIL, 'utr-start-2', [
		{
			insatskategori: o.kategori ?? REKRYTERING,
			beslut: LEDSAGAR_BIFALL,
			beslutsdatum: '2025-04-22',
			fran: '2025-05-01',
			till: '2026-04-30',
			timmar: '10.00',
			period: 'Månad'
		}
	]);
	if (o.utanBestallning) return;
	bestall(k, EMIL, id, {
		insatskategori: REKRYTERING,
		utforare: REKRYTERINGSHANDLAGGARE,
		insatser: ['Ledsagarservice'],
		kvantitet: '10.00',
		period: 'Månad',
		fran: o.bestallningFran ?? '2025-05-01',
		till: o.bestallningTill ?? '2026-04-30',
		bestallningstext: 'Emil önskar en manlig ledsagare som gillar fotboll.'
	});
}

const ledsagarBifall: Record<string, Recept> = {
	'pass-ledsagarservice': {
		beskrivning:
			'Bifall med Insatskategori Rekrytering LSS-insatser och 10.00 timmar per Månad; beställning av Ledsagarservice till Lss, Rekryteringshandläggare med beslutets timmar och datum.',
		fel: [],
		kor: (k) => emil(k)
	},
	'fail-lss-insatser-pa-bifall': {
		beskrivning: 'Väljer Insatskategori LSS Insatser (avslagets kategori) på bifallsbeslutet.',
		fel: ['B1'],
		kor: (k) => emil(k, { kategori: LSS_INSATSER })
	},
	'fail-bestallning-fel-datum': {
		beskrivning:
			'Låter beställningen gälla från beslutsdagen och utan slutdatum, i stället för beslutets 2025-05-01–2026-04-30.',
		fel: ['O3'],
		kor: (k) => emil(k, { bestallningFran: '2025-04-22', bestallningTill: '' })
	},
	'fail-ingen-bestallning': {
		beskrivning: 'Sparar beslutet men gör ingen beställning.',
		fel: ['O1'],
		kor: (k) => emil(k, { utanBestallning: true })
	}
};

// 5. Kontaktperson, bifall -------------------------------------------------------------------

const JULIA = '199308022384';

/** Julia's beslut and beställning; hours or another insats let a recipe go wrong. */
function julia(k: Korning, o: { timmar?: string; insats?: string } = {}): void {
	oppnaKund(k, JULIA);
	const timmar = o.timmar ?? '';
	const [id] = fattaBeslut(k, JULIA, 'utr-start-2', [
		{
			insatskategori: REKRYTERING,
			beslut: 'LSS Kontaktperson Bifall',
			beslutsdatum: '2025-04-24',
			fran: '2025-05-01',
			timmar,
			period: timmar ? 'Månad' : 'Vecka'
		}
	]);
	bestall(k, JULIA, id, {
		insatskategori: REKRYTERING,
		utforare: REKRYTERINGSHANDLAGGARE,
		insatser: [o.insats ?? 'Kontaktperson'],
		kvantitet: timmar,
		period: timmar ? 'Månad' : 'Vecka',
		fran: '2025-05-01'
	});
}

const kontaktperson: Record<string, Recept> = {
	'pass-kontaktperson': {
		beskrivning:
			'Bifall utan timmar, gäller tills vidare från 2025-05-01; beställning av Kontaktperson till Lss, Rekryteringshandläggare.',
		fel: [],
		kor: (k) => julia(k)
	},
	'fail-timmar-pa-beslutet': {
		beskrivning:
			'Skriver in träffarna som timmar, 8.00 per Månad, på beslutet och i beställningen, som vid ledsagarservice.',
		fel: ['B7'],
		kor: (k) => julia(k, { timmar: '8.00' })
	},
	'fail-fel-insats': {
		beskrivning:
			'Pilar över Ledsagarservice i stället för Kontaktperson i beställningens insatsträd.',
		fel: ['O2'],
		kor: (k) => julia(k, { insats: 'Ledsagarservice' })
	}
};

// 6. Avlösarservice, avslag ------------------------------------------------------------------

const NOAH = '201505212397';

/** Noah's avslag; a recipe may also order or open what an avslag must not have. */
function noah(
	k: Korning,
	o: { kategori?: string; bestallning?: boolean; lssInsatser?: boolean } = {}
): void {
	oppnaKund(k, NOAH);
	const [id] = fattaBeslut(k, NOAH, 'utr-start-1', [
		{
			insatskategori: o.kategori ?? LSS_INSATSER,
			beslut: 'LSS Avlösarservice Avslag',
			beslutsdatum: '2025-04-28',
			fran: '2025-04-28'
		}
	]);
	if (o.bestallning)
		bestall(k, NOAH, id, {
			insatskategori: REKRYTERING,
			utforare: REKRYTERINGSHANDLAGGARE,
			insatser: ['Avlösarservice'],
			fran: '2025-04-28'
		});
	if (o.lssInsatser)
		oppnaVerkstallighet(k, NOAH, LSS_INSATSER, k.scenario.roll.lssHandlaggare, '2025-04-28');
}

const avlosarAvslag: Record<string, Recept> = {
	'pass-avslag': {
		beskrivning:
			'Avslag med Insatskategori LSS Insatser och LSS Avlösarservice Avslag; ingen beställning och ingen verkställighet.',
		fel: [],
		kor: (k) => noah(k)
	},
	'fail-bestallning-pa-avslag': {
		beskrivning:
			'Gör av vana en beställning av Avlösarservice från avslagsbeslutets flik Beställning.',
		fel: ['O1'],
		kor: (k) => noah(k, { bestallning: true })
	},
	'fail-rekrytering-pa-avslag': {
		beskrivning: 'Väljer insatsens egen Insatskategori, Rekrytering LSS-insatser, på avslaget.',
		fel: ['B1'],
		kor: (k) => noah(k, { kategori: REKRYTERING })
	},
	'fail-lss-insatser-vid-avslag': {
		beskrivning:
			'Öppnar en verkställighet LSS Insatser för en kund som inte fått någon insats beviljad.',
		fel: ['V4'],
		kor: (k) => noah(k, { lssInsatser: true })
	}
};

// 7. Delavslag: bifall ledsagarservice, avslag avlösarservice ---------------------------------

const ELLA = '200805162385';

/** Both beslut in one Spara, then the beställning(ar); `avslutas` per beslut. */
function ella(
	k: Korning,
	o: { avslutas?: [boolean, boolean]; bestallningPaAvslag?: boolean } = {}
): void {
	const [forsta, sista] = o.avslutas ?? [false, true];
	oppnaKund(k, ELLA);
	const [bifall, avslag] = fattaBeslut(k, ELLA, 'utr-start-2', [
		{
			insatskategori: REKRYTERING,
			beslut: LEDSAGAR_BIFALL,
			beslutsdatum: '2025-05-06',
			fran: '2025-05-12',
			till: '2026-05-11',
			timmar: '8.30',
			period: 'Månad',
			utredningAvslutas: forsta
		},
		{
			insatskategori: LSS_INSATSER,
			beslut: 'LSS Avlösarservice Avslag',
			beslutsdatum: '2025-05-06',
			fran: '2025-05-06',
			utredningAvslutas: sista
		}
	]);
	bestall(k, ELLA, bifall, {
		insatskategori: REKRYTERING,
		utforare: REKRYTERINGSHANDLAGGARE,
		insatser: ['Ledsagarservice'],
		kvantitet: '8.30',
		period: 'Månad',
		fran: '2025-05-12',
		till: '2026-05-11'
	});
	if (o.bestallningPaAvslag)
		bestall(k, ELLA, avslag, {
			insatskategori: REKRYTERING,
			utforare: REKRYTERINGSHANDLAGGARE,
			insatser: ['Avlösarservice'],
			fran: '2025-05-06'
		});
}

const delavslag: Record<string, Recept> = {
	'pass-delavslag': {
		beskrivning:
			'Bifall ledsagarservice (Utredning avslutas avmarkerad), Ny, avslag avlösarservice (ikryssad), en Spara; en beställning, för bifallet.',
		fel: [],
		kor: (k) => ella(k)
	},
	'fail-bestallning-aven-pa-avslaget': {
		beskrivning: 'Gör en beställning för varje beslut, även för avslaget om avlösarservice.',
		fel: ['O1'],
		kor: (k) => ella(k, { bestallningPaAvslag: true })
	},
	'fail-bada-avslutas': {
		beskrivning:
			'Låter Utredning avslutas vara ikryssad på båda besluten (rutan är ikryssad från början).',
		fel: ['B4'],
		kor: (k) => ella(k, { avslutas: [true, true] })
	}
};

/** Recipes of the scenarios for rules.md sections 5–8 (see recept.ts for the format). */
export const RECEPT_A: Record<string, Record<string, Recept>> = {
	'personlig-assistans-kommunal': paKommunal,
	'personlig-assistans-privat': paPrivat,
	'tillfallig-utokning-tre-manader': utokning,
	'ledsagarservice-bifall': ledsagarBifall,
	'kontaktperson-bifall': kontaktperson,
	'avlosarservice-avslag': avlosarAvslag,
	'delavslag-ledsagar-avlosar': delavslag
};
