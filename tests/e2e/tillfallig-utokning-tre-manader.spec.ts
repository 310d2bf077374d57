/**
 * Scenario tillfallig-utokning-tre-manader: a temporary increase over June–August is one beslut
 * per month (O8) with the hours per År, all three saved with one Spara after Ny (B4), with
 * Utredning avslutas only on the last, and one beställning per beslut.
 */
import {
	forvantaFel,
	forvantaIngaFel,
	forvantaResultat,
	lamnaIn,
	scenario,
	startaOvning,
	test
} from './fixtures';
import {
	bestall,
	beslutsnod,
	fattaBeslut,
	oppnaKund,
	type BeslutBlad,
	type BestallningFalt
} from './steg-arende';
import type { Page } from '@playwright/test';

const S = scenario('tillfallig-utokning-tre-manader');
const LIAM = '201306102391';
const UTREDNING = 'LSS Utredning 250505-';
const UTOKNING = 'LSS Personlig assistent tillf. utökning Bifall';
const ETIKETT = `${UTOKNING} 250520`;
const MANADER = [
	{ fran: '2025-06-01', till: '2025-06-30', timmar: '45.00' },
	{ fran: '2025-07-01', till: '2025-07-31', timmar: '60.30' },
	{ fran: '2025-08-01', till: '2025-08-31', timmar: '45.00' }
];

function blad(m: (typeof MANADER)[number], avslutas: boolean): BeslutBlad {
	return {
		insatskategori: 'Personlig ass LSS',
		beslut: UTOKNING,
		beslutsdatum: '2025-05-20',
		...m,
		beslutsfattare: S.roll.namn,
		organisation: 'LSS Myndighet',
		period: 'År',
		utredningAvslutas: avslutas
	};
}

function bestallning(m: (typeof MANADER)[number]): BestallningFalt {
	return {
		insatskategori: 'Personlig ass LSS',
		utforare: 'Enhetschef, Personlig Assistans',
		insatser: ['Biträde av assistans'],
		period: 'År',
		kvantitet: m.timmar,
		fran: m.fran,
		till: m.till
	};
}

/** Three beslut in one Spara, then the beställning of each (the beslut share one label). */
async function treBeslut(page: Page, avslutas: boolean[]): Promise<void> {
	await startaOvning(page, S.title);
	await oppnaKund(page, LIAM);
	await fattaBeslut(
		page,
		UTREDNING,
		MANADER.map((m, i) => blad(m, avslutas[i]))
	);
	for (const [i, m] of MANADER.entries())
		await bestall(page, beslutsnod(page, ETIKETT).nth(i), bestallning(m));
}

test('rätt väg: ett beslut per månad, avslutas bara på det sista ger Godkänt', async ({ page }) => {
	await treBeslut(page, [false, false, true]);
	await lamnaIn(page);
	await forvantaResultat(page, 'Godkänt');
	await forvantaIngaFel(page);
});

test('fel väg: ett beslut över hela sommaren ger Inte godkänt (O8)', async ({ page }) => {
	await startaOvning(page, S.title);
	await oppnaKund(page, LIAM);
	const hela = { fran: '2025-06-01', till: '2025-08-31', timmar: '150.30' };
	await fattaBeslut(page, UTREDNING, [blad(hela, true)]);
	await bestall(page, ETIKETT, bestallning(hela));
	await lamnaIn(page);
	await forvantaResultat(page, 'Inte godkänt');
	await forvantaFel(page, ['O8', 'B1', 'O1']);
});

test('fel väg: Utredning avslutas kvar på junibeslutet ger Inte godkänt (B4)', async ({ page }) => {
	await treBeslut(page, [true, false, true]);
	await lamnaIn(page);
	await forvantaResultat(page, 'Inte godkänt');
	await forvantaFel(page, ['B4']);
});
