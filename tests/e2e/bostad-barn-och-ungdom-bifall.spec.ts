/**
 * Scenario bostad-barn-och-ungdom-bifall: bifall with Boende-insatser LSS and the beställning
 * to Lss, Barn/Ungdom 1 with the insats Bostad barn och ungdom (B1, O1, O2).
 */
import {
	forvantaFel,
	forvantaIngaFel,
	forvantaResultat,
	lamnaIn,
	scenario,
	test
} from './fixtures';
import { bestall, fattaBeslut } from './steg-arende';
import { startaPaKund } from './steg-arende-b';
import type { Page } from '@playwright/test';

const S = scenario('bostad-barn-och-ungdom-bifall');

async function bostad(
	page: Page,
	o: { beslut?: string; bestall?: boolean; axe?: boolean } = {}
): Promise<void> {
	const beslut = o.beslut ?? 'LSS Bostad barn och ungdom Bifall';
	await startaPaKund(page, S.title, S.forvantat.kund.pnr);
	await fattaBeslut(page, 'LSS Utredning 250120-', [
		{
			insatskategori: 'Boende-insatser LSS',
			beslut,
			beslutsdatum: '2025-04-14',
			fran: '2025-05-05',
			till: '2026-06-04',
			beslutsfattare: 'Åkesson, Maria',
			organisation: 'LSS Myndighet'
		}
	]);
	if (o.bestall !== false)
		await bestall(
			page,
			`${beslut} 250414`,
			{
				insatskategori: 'Boende-insatser LSS',
				utforare: 'Lss, Barn/Ungdom 1',
				insatser: ['Bostad barn och ungdom']
			},
			o
		);
}

test('rätt väg: Boende-insatser LSS och beställning till Lss, Barn/Ungdom 1 ger Godkänt', async ({
	page
}) => {
	await bostad(page, { axe: true });
	await lamnaIn(page);
	await forvantaResultat(page, 'Godkänt');
	await forvantaIngaFel(page);
});

test('fel väg: beslutet LSS Bostad vuxna Bifall ger Inte godkänt (B1, O1)', async ({ page }) => {
	await bostad(page, { beslut: 'LSS Bostad vuxna Bifall' });
	await lamnaIn(page);
	await forvantaResultat(page, 'Inte godkänt');
	await forvantaFel(page, ['B1', 'O1']);
});

test('fel väg: bifall utan beställning ger Inte godkänt (O1)', async ({ page }) => {
	await bostad(page, { bestall: false });
	await lamnaIn(page);
	await forvantaResultat(page, 'Inte godkänt');
	await forvantaFel(page, ['O1']);
});
