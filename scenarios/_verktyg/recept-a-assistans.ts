import type { Recept } from './recept';
import {
	bestall,
	EGET_VAL,
	fattaBeslut,
	KOMMUNAL_PA,
	LSS_INSATSER,
	oppnaKund,
	oppnaVerkstallighet,
	PA_KATEGORI
} from './recept-a-steg';

// Personlig assistans and tillfällig utökning (rules.md section 7), split from recept-a.ts.

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

export const paKommunal: Record<string, Recept> = {
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

export const paPrivat: Record<string, Recept> = {
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

export const utokning: Record<string, Recept> = {
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
