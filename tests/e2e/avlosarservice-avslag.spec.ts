/**
 * Scenario avlosarservice-avslag: an avslag has Insatskategori LSS Insatser (B1), no beställning
 * (O1) and no verkställighet, not even LSS Insatser, since nothing was granted (V4).
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
import { bestall, fattaBeslut, oppnaKund, oppnaVerkstallighet } from './steg-arende';
import type { Page } from '@playwright/test';

const S = scenario('avlosarservice-avslag');
const NOAH = '201505212397';
const REKRYTERING = 'Rekrytering LSS-insatser';

async function avslag(page: Page, insatskategori = 'LSS Insatser'): Promise<void> {
	await startaOvning(page, S.title);
	await oppnaKund(page, NOAH);
	await fattaBeslut(page, 'LSS Utredning 250310-', [
		{
			insatskategori,
			beslut: 'LSS Avlösarservice Avslag',
			beslutsdatum: '2025-04-28',
			fran: '2025-04-28',
			beslutsfattare: S.roll.namn,
			organisation: 'LSS Myndighet'
		}
	]);
}

test('rätt väg: avslag med LSS Insatser, ingen beställning ger Godkänt', async ({ page }) => {
	await avslag(page);
	await lamnaIn(page);
	await forvantaResultat(page, 'Godkänt');
	await forvantaIngaFel(page);
});

test('fel väg: en beställning från avslagets flik Beställning ger Inte godkänt (O1)', async ({
	page
}) => {
	await avslag(page);
	await bestall(page, 'LSS Avlösarservice Avslag 250428', {
		insatskategori: REKRYTERING,
		utforare: 'Lss, Rekryteringshandläggare',
		insatser: ['Avlösarservice'],
		fran: '2025-04-28'
	});
	await lamnaIn(page);
	await forvantaResultat(page, 'Inte godkänt');
	await forvantaFel(page, ['O1']);
});

test('fel väg: Rekrytering LSS-insatser på avslaget ger Inte godkänt (B1)', async ({ page }) => {
	await avslag(page, REKRYTERING);
	await lamnaIn(page);
	await forvantaResultat(page, 'Inte godkänt');
	await forvantaFel(page, ['B1']);
});

test('fel väg: LSS Insatser öppnad vid avslag ger Inte godkänt (V4)', async ({ page }) => {
	await avslag(page);
	await oppnaVerkstallighet(page, {
		insatskategori: 'LSS Insatser',
		utforare: S.roll.lssHandlaggare,
		organisation: 'LSS Myndighet',
		fran: '2025-04-28'
	});
	await lamnaIn(page);
	await forvantaResultat(page, 'Inte godkänt');
	await forvantaFel(page, ['V4']);
});
