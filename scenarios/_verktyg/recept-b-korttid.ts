import type { Korning } from './korning';
import type { Recept } from './recept';
import { bestall, beslut, oppnaKund, sparaBeslut } from './steg';

// Recipes of the korttid scenarios of recept-b.ts: korttidstillsyn, korttidsvistelse nivå 2
// and korttidsvistelse i stödfamilj (O6).

/* ---------- 1. Korttidstillsyn, bifall ---------- */

const TILLSYN = {
	insatskategori: 'Tillsyn-insatser LSS',
	beslut: 'LSS Korttidstillsyn Bifall',
	beslutsdatum: '2025-04-07',
	fran: '2025-04-14',
	till: '2026-06-30',
	beslutsfattare: 'Sandberg, Elin'
};

function korttidstillsyn(
	k: Korning,
	o: { insatskategori?: string; utforare?: string; insatser?: string[] } = {}
): void {
	oppnaKund(k);
	const [id] = sparaBeslut(
		k,
		[beslut({ ...TILLSYN, insatskategori: o.insatskategori ?? TILLSYN.insatskategori })],
		'utr-start-2'
	);
	bestall(k, id, {
		insatskategori: o.insatskategori ?? TILLSYN.insatskategori,
		utforare: o.utforare ?? 'Lss, Barn/Ungdom 1',
		insatser: o.insatser ?? ['Korttidstillsyn'],
		fran: TILLSYN.fran,
		till: TILLSYN.till
	});
}

export const korttidstillsynRecept: Record<string, Recept> = {
	'pass-bifall': {
		beskrivning:
			'Bifall med Tillsyn-insatser LSS, beställning till Lss, Barn/Ungdom 1 med insatsen vald; den pågående LSS Insatser räcker.',
		fel: [],
		kor: (k) => korttidstillsyn(k)
	},
	'fail-fel-utforare': {
		beskrivning: 'Skickar beställningen till Lss, Barn/Ungdom 2 i stället för Lss, Barn/Ungdom 1.',
		fel: ['O2'],
		kor: (k) => korttidstillsyn(k, { utforare: 'Lss, Barn/Ungdom 2' })
	},
	'fail-ingen-insats': {
		beskrivning: 'Sparar beställningen utan att flytta över någon insats med den blå pilen.',
		fel: ['O2'],
		kor: (k) => korttidstillsyn(k, { insatser: [] })
	},
	'fail-insatskategori-korttidsvistelse': {
		beskrivning:
			'Väljer Korttidsvistelse-insatser LSS (den insats Liam redan har) som insatskategori för beslutet.',
		fel: ['B1'],
		kor: (k) => korttidstillsyn(k, { insatskategori: 'Korttidsvistelse-insatser LSS' })
	}
};

/* ---------- 2. Korttidsvistelse nivå 2, bifall ---------- */

const VISTELSE = {
	insatskategori: 'Korttidsvistelse-insatser LSS',
	beslut: 'LSS Korttidsvistelse Bifall',
	beslutsdatum: '2025-04-09',
	fran: '2025-05-01',
	till: '2026-04-30',
	beslutsfattare: 'Berg, Sara'
};

function korttidsvistelse(k: Korning, o: { niva?: string; insats?: string } = {}): void {
	oppnaKund(k);
	const [id] = sparaBeslut(k, [beslut({ ...VISTELSE, niva: o.niva ?? '2' })], 'utr-start-2');
	bestall(k, id, {
		insatskategori: VISTELSE.insatskategori,
		utforare: 'Lss, Barn/Ungdom 1',
		insatser: [o.insats ?? 'Korttidsvistelse 2'],
		fran: VISTELSE.fran,
		till: VISTELSE.till
	});
}

export const korttidsvistelseRecept: Record<string, Recept> = {
	'pass-niva-2': {
		beskrivning: 'Bifall med Nivå 2, beställning till Lss, Barn/Ungdom 1 med Korttidsvistelse 2.',
		fel: [],
		kor: (k) => korttidsvistelse(k)
	},
	'fail-insats-niva-1': {
		beskrivning:
			'Rätt nivå på beslutet, men väljer Korttidsvistelse 1 i beställningens insatsträd.',
		fel: ['O2'],
		kor: (k) => korttidsvistelse(k, { insats: 'Korttidsvistelse 1' })
	},
	'fail-niva-saknas': {
		beskrivning: 'Glömmer att välja Nivå på beslutet; beställningen är rätt.',
		fel: ['B1'],
		kor: (k) => korttidsvistelse(k, { niva: '' })
	},
	'fail-niva-3-overallt': {
		beskrivning:
			'Läser "högst tre dygn" i beslutsunderlaget som nivå 3 och väljer Nivå 3 och Korttidsvistelse 3.',
		fel: ['B1', 'O2'],
		kor: (k) => korttidsvistelse(k, { niva: '3', insats: 'Korttidsvistelse 3' })
	}
};

/* ---------- 3. Korttidsvistelse i stödfamilj (O6) ---------- */

const STOD_DATUM = {
	beslutsdatum: '2025-04-11',
	fran: '2025-05-01',
	till: '2026-04-30',
	beslutsfattare: 'Nyström, Peter',
	niva: '2'
};

/** Both beslut with Ny before one Spara: korttidsvistelse first, stödfamilj last (B4). */
function stodfamiljBeslut(k: Korning): [string, string] {
	oppnaKund(k);
	const [kv, sf] = sparaBeslut(
		k,
		[
			beslut({
				...STOD_DATUM,
				insatskategori: 'Korttidsvistelse-insatser LSS',
				beslut: 'LSS Korttidsvistelse Bifall',
				utredningAvslutas: false
			}),
			beslut({
				...STOD_DATUM,
				insatskategori: 'Rekrytering LSS-insatser',
				beslut: 'LSS Stödfamilj Bifall'
			})
		],
		'utr-start-2'
	);
	return [kv, sf];
}

const STOD_DAGAR = { fran: STOD_DATUM.fran, till: STOD_DATUM.till };
const TILL_REKRYTERING = {
	insatskategori: 'Rekrytering LSS-insatser',
	utforare: 'Lss, Rekryteringshandläggare',
	...STOD_DAGAR
};
const TILL_BARN_UNGDOM = {
	insatskategori: 'Korttidsvistelse-insatser LSS',
	utforare: 'Lss, Barn/Ungdom 1',
	insatser: ['Korttidsvistelse 2'],
	...STOD_DAGAR
};

export const stodfamiljRecept: Record<string, Recept> = {
	'pass-en-bestallning': {
		beskrivning:
			'Två beslut med Nivå 2, Utredning avslutas bara på det sista; en enda beställning, om stödfamilj, till Lss, Rekryteringshandläggare.',
		fel: [],
		kor(k) {
			const [, sf] = stodfamiljBeslut(k);
			bestall(k, sf, { ...TILL_REKRYTERING, insatser: ['Stödfamilj 2'] });
		}
	},
	'fail-tva-bestallningar': {
		beskrivning:
			'Gör en beställning per bifallsbeslut som vanligt: också korttidsvistelsen till Lss, Barn/Ungdom 1.',
		fel: ['O6'],
		kor(k) {
			const [kv, sf] = stodfamiljBeslut(k);
			bestall(k, kv, TILL_BARN_UNGDOM);
			bestall(k, sf, { ...TILL_REKRYTERING, insatser: ['Stödfamilj 2'] });
		}
	},
	'fail-till-barn-ungdom': {
		beskrivning:
			'Gör bara en beställning, men från korttidsvistelsebeslutet till Lss, Barn/Ungdom 1 i stället för om stödfamilj.',
		fel: ['O1', 'O6'],
		kor(k) {
			const [kv] = stodfamiljBeslut(k);
			bestall(k, kv, TILL_BARN_UNGDOM);
		}
	},
	'fail-niva-olika': {
		beskrivning: 'Rätt beställning, men väljer Stödfamilj 1 fast beslutet har Nivå 2.',
		fel: ['O6'],
		kor(k) {
			const [, sf] = stodfamiljBeslut(k);
			bestall(k, sf, { ...TILL_REKRYTERING, insatser: ['Stödfamilj 1'] });
		}
	}
};
