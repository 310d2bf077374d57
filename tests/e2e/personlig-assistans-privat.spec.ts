/**
 * Scenario personlig-assistans-privat: Oskar chose a private anordnare, so the beställning
 * goes to Lss, Eget Val with Personlig assistans (O2) and the trainee opens the verkställighet
 * Personlig ass LSS – Lss, Eget Val (V3); his LSS Insatser already exists (V4).
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
	oppnaVerkstallighet,
	type BestallningFalt
} from './steg-arende';
import type { Page } from '@playwright/test';

const S = scenario('personlig-assistans-privat');
const OSKAR = '199009292393';
const EGET_VAL = 'Lss, Eget Val';

/** The beslut and the beställning, right in every attempt; `insats` lets one go wrong. */
async function beslutOchBestallning(page: Page, insats = 'Personlig assistans'): Promise<void> {
	await startaOvning(page, S.title);
	await oppnaKund(page, OSKAR);
	await fattaBeslut(page, 'LSS Utredning 250217-', [
		{
			insatskategori: 'Personlig ass LSS',
			beslut: 'LSS Personlig assistent Bifall',
			beslutsdatum: '2025-04-16',
			fran: '2025-04-16',
			beslutsfattare: S.roll.namn,
			organisation: 'LSS Myndighet',
			period: 'Månad',
			timmar: '118.15'
		}
	]);
	const bestallning: BestallningFalt = {
		insatskategori: 'Personlig ass LSS',
		utforare: EGET_VAL,
		insatser: [insats],
		period: 'Månad',
		kvantitet: '118.15',
		fran: '2025-04-16',
		bestallningstext: 'Kunden har valt Assistans i Nordväst AB som anordnare.'
	};
	await bestall(page, 'LSS Personlig assistent Bifall 250416', bestallning);
}

const EGET_VAL_VERK = {
	insatskategori: 'Personlig ass LSS',
	utforare: EGET_VAL,
	organisation: 'LSS Myndighet',
	fran: '2025-04-16'
};

test('rätt väg: beställning till Lss, Eget Val och verkställigheten öppnad ger Godkänt', async ({
	page
}) => {
	await beslutOchBestallning(page);
	await oppnaVerkstallighet(page, EGET_VAL_VERK, { axe: true });
	await lamnaIn(page);
	await forvantaResultat(page, 'Godkänt');
	await forvantaIngaFel(page);
});

test('fel väg: ingen verkställighet Personlig ass LSS ger Inte godkänt (V3)', async ({ page }) => {
	await beslutOchBestallning(page);
	await lamnaIn(page);
	await forvantaResultat(page, 'Inte godkänt');
	await forvantaFel(page, ['V3']);
});

test('fel väg: Biträde av assistans och en ny LSS Insatser ger Inte godkänt (O2, V4)', async ({
	page
}) => {
	await beslutOchBestallning(page, 'Biträde av assistans');
	await oppnaVerkstallighet(page, EGET_VAL_VERK);
	await oppnaVerkstallighet(page, {
		insatskategori: 'LSS Insatser',
		utforare: S.roll.lssHandlaggare,
		organisation: 'LSS Myndighet',
		fran: '2025-04-16'
	});
	await lamnaIn(page);
	await forvantaResultat(page, 'Inte godkänt');
	await forvantaFel(page, ['O2', 'V4']);
});
