/**
 * Scenario korttidsvistelse-bifall-niva-2: bifall korttidsvistelse with Nivå 2 on the beslut
 * and the same nivå in the beställning's insats, Korttidsvistelse 2 (B1, O2).
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

const S = scenario('korttidsvistelse-bifall-niva-2');

async function vistelse(
	page: Page,
	o: { niva?: string; insats?: string; axe?: boolean } = {}
): Promise<void> {
	await startaPaKund(page, S.title, S.forvantat.kund.pnr);
	await fattaBeslut(page, 'LSS Utredning 250224-', [
		{
			insatskategori: 'Korttidsvistelse-insatser LSS',
			beslut: 'LSS Korttidsvistelse Bifall',
			beslutsdatum: '2025-04-09',
			fran: '2025-05-01',
			till: '2026-04-30',
			beslutsfattare: 'Berg, Sara',
			organisation: 'LSS Myndighet',
			niva: o.niva
		}
	]);
	await bestall(
		page,
		'LSS Korttidsvistelse Bifall 250409',
		{
			insatskategori: 'Korttidsvistelse-insatser LSS',
			utforare: 'Lss, Barn/Ungdom 1',
			insatser: [o.insats ?? 'Korttidsvistelse 2']
		},
		o
	);
}

test('rätt väg: Nivå 2 och Korttidsvistelse 2 till Lss, Barn/Ungdom 1 ger Godkänt', async ({
	page
}) => {
	await vistelse(page, { niva: '2', axe: true });
	await lamnaIn(page);
	await forvantaResultat(page, 'Godkänt');
	await forvantaIngaFel(page);
});

test('fel väg: Korttidsvistelse 1 i beställningen fast beslutet har Nivå 2 ger Inte godkänt (O2)', async ({
	page
}) => {
	await vistelse(page, { niva: '2', insats: 'Korttidsvistelse 1' });
	await lamnaIn(page);
	await forvantaResultat(page, 'Inte godkänt');
	await forvantaFel(page, ['O2']);
});

test('fel väg: ingen Nivå på beslutet ger Inte godkänt (B1)', async ({ page }) => {
	await vistelse(page);
	await lamnaIn(page);
	await forvantaResultat(page, 'Inte godkänt');
	await forvantaFel(page, ['B1']);
});

test('fel väg: Nivå 3 och Korttidsvistelse 3 ger Inte godkänt (B1, O2)', async ({ page }) => {
	await vistelse(page, { niva: '3', insats: 'Korttidsvistelse 3' });
	await lamnaIn(page);
	await forvantaResultat(page, 'Inte godkänt');
	await forvantaFel(page, ['B1', 'O2']);
});
