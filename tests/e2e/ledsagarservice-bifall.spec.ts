/**
 * Scenario ledsagarservice-bifall: a bifall has its insats's own Insatskategori, Rekrytering
 * LSS-insatser (B1), hours per Månad (B7), and one beställning of Ledsagarservice to Lss,
 * Rekryteringshandläggare with the beslut's hours and dates (O1–O3).
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
	fattaBeslut,
	oppnaKund,
	type BeslutBlad,
	type BestallningFalt
} from './steg-arende';
import type { Page } from '@playwright/test';

const S = scenario('ledsagarservice-bifall');
const EMIL = '199605042390';
const BESLUT = 'LSS Ledsagarservice Bifall 250422';
const REKRYTERING = 'Rekrytering LSS-insatser';
const BIFALL: BeslutBlad = {
	insatskategori: REKRYTERING,
	beslut: 'LSS Ledsagarservice Bifall',
	beslutsdatum: '2025-04-22',
	fran: '2025-05-01',
	till: '2026-04-30',
	beslutsfattare: S.roll.namn,
	organisation: 'LSS Myndighet',
	period: 'Månad',
	timmar: '10.00'
};
const BESTALLNING: BestallningFalt = {
	beslut: BESLUT,
	insatskategori: REKRYTERING,
	utforare: 'Lss, Rekryteringshandläggare',
	insatser: ['Ledsagarservice'],
	period: 'Månad',
	kvantitet: '10.00',
	fran: '2025-05-01',
	till: '2026-04-30',
	bestallningstext: 'Emil önskar en manlig ledsagare som gillar fotboll.'
};

async function beslut(page: Page, blad: BeslutBlad = BIFALL): Promise<void> {
	await startaOvning(page, S.title);
	await oppnaKund(page, EMIL);
	await fattaBeslut(page, 'LSS Utredning 250324-', [blad]);
}

test('rätt väg: Rekrytering LSS-insatser och beställning med beslutets timmar ger Godkänt', async ({
	page
}) => {
	await beslut(page);
	await bestall(page, BESLUT, BESTALLNING, { axe: true });
	await lamnaIn(page);
	await forvantaResultat(page, 'Godkänt');
	await forvantaIngaFel(page);
});

test('fel väg: Insatskategori LSS Insatser på bifallet ger Inte godkänt (B1)', async ({ page }) => {
	await beslut(page, { ...BIFALL, insatskategori: 'LSS Insatser' });
	await bestall(page, BESLUT, BESTALLNING);
	await lamnaIn(page);
	await forvantaResultat(page, 'Inte godkänt');
	await forvantaFel(page, ['B1']);
});

test('fel väg: beställningen från beslutsdagen utan slutdatum ger Inte godkänt (O3)', async ({
	page
}) => {
	await beslut(page);
	await bestall(page, BESLUT, { ...BESTALLNING, fran: '2025-04-22', till: '' });
	await lamnaIn(page);
	await forvantaResultat(page, 'Inte godkänt');
	await forvantaFel(page, ['O3']);
});

test('fel väg: beslutet utan beställning ger Inte godkänt (O1)', async ({ page }) => {
	await beslut(page);
	await lamnaIn(page);
	await forvantaResultat(page, 'Inte godkänt');
	await forvantaFel(page, ['O1']);
});
