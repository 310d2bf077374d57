/**
 * Scenario bostad-vuxna-bifall: the one beställning that differs from the rest (section 7):
 * Beslut <ingen>, Insatskategori Planering LSS, Utförare Lss, Boendeteamet, and Utförarens
 * organisation changed to LSS Myndighet in the organisationsträd, insats Boende vuxna LSS (O2).
 */
import {
	expect,
	forvantaFel,
	forvantaIngaFel,
	forvantaResultat,
	lamnaIn,
	scenario,
	test
} from './fixtures';
import { bestall, bestallningsflik, fattaBeslut, type BestallningFalt } from './steg-arende';
import { startaPaKund } from './steg-arende-b';
import type { Page } from '@playwright/test';

const S = scenario('bostad-vuxna-bifall');
const RATT: BestallningFalt = {
	beslut: '<ingen>',
	insatskategori: 'Planering LSS',
	utforare: 'Lss, Boendeteamet',
	utforarensOrganisation: 'LSS Myndighet',
	insatser: ['Boende vuxna LSS'],
	fran: '2025-04-17'
};

async function bostadVuxna(page: Page, b: BestallningFalt, axe = false): Promise<void> {
	await startaPaKund(page, S.title, S.forvantat.kund.pnr);
	await fattaBeslut(page, 'LSS Utredning 250113-', [
		{
			insatskategori: 'Boende-insatser LSS',
			beslut: 'LSS Bostad vuxna Bifall',
			beslutsdatum: '2025-04-17',
			fran: '2025-04-17',
			beslutsfattare: 'Nyström, Peter',
			organisation: 'LSS Myndighet'
		}
	]);
	await bestall(page, 'LSS Bostad vuxna Bifall 250417', b, { axe });
}

test('rätt väg: <ingen>, Planering LSS, Lss, Boendeteamet, organisationen LSS Myndighet ger Godkänt', async ({
	page
}) => {
	await bostadVuxna(page, RATT, true);
	// The sent beställning shows the changed organisation and no beslut
	const f = bestallningsflik(page);
	await expect(f.getByLabel('Utförarens organisation', { exact: true })).toHaveValue(
		'LSS Myndighet'
	);
	await expect(f.getByLabel('Beslut', { exact: true })).toHaveValue('<ingen>');
	await lamnaIn(page);
	await forvantaResultat(page, 'Godkänt');
	await forvantaIngaFel(page);
});

test('fel väg: Utförarens organisation lämnad som den fylldes i ger Inte godkänt (O2)', async ({
	page
}) => {
	await bostadVuxna(page, { ...RATT, utforarensOrganisation: undefined });
	await lamnaIn(page);
	await forvantaResultat(page, 'Inte godkänt');
	await forvantaFel(page, ['O2']);
});

test('fel väg: bifallsbeslutet valt i Beslut i stället för <ingen> ger Inte godkänt (O2)', async ({
	page
}) => {
	await bostadVuxna(page, { ...RATT, beslut: 'LSS Bostad vuxna Bifall 250417' });
	await lamnaIn(page);
	await forvantaResultat(page, 'Inte godkänt');
	await forvantaFel(page, ['O2']);
});
