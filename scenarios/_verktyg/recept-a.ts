import type { Recept } from './recept';
import {
	bestall,
	fattaBeslut,
	LSS_INSATSER,
	oppnaKund,
	oppnaVerkstallighet,
	REKRYTERING,
	REKRYTERINGSHANDLAGGARE
} from './recept-a-steg';

import { paKommunal, paPrivat, utokning } from './recept-a-assistans';

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
		fel: ['B7', 'O3'],
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
