/**
 * Scenario korttidstillsyn-bifall: Liam already has korttidsvistelse and LSS Insatser; the
 * trainee registers the bifall with Tillsyn-insatser LSS and orders it from Lss, Barn/Ungdom 1
 * (B1, O1, O2). The pågående LSS Insatser is enough, so no verkställighet is opened.
 */
import {
	forvantaFel,
	forvantaIngaFel,
	forvantaResultat,
	lamnaIn,
	scenario,
	test
} from './fixtures';
import { bestall, fattaBeslut, type BeslutBlad } from './steg-arende';
import { startaPaKund } from './steg-arende-b';
import type { Page } from '@playwright/test';

const S = scenario('korttidstillsyn-bifall');
const TILLSYN: BeslutBlad = {
	insatskategori: 'Tillsyn-insatser LSS',
	beslut: 'LSS Korttidstillsyn Bifall',
	beslutsdatum: '2025-04-07',
	fran: '2025-04-14',
	till: '2026-06-30',
	beslutsfattare: 'Sandberg, Elin',
	organisation: 'LSS Myndighet'
};

async function beslutOchBestallning(
	page: Page,
	o: { insatskategori?: string; utforare?: string; axe?: boolean } = {}
): Promise<void> {
	await startaPaKund(page, S.title, S.forvantat.kund.pnr);
	const insatskategori = o.insatskategori ?? TILLSYN.insatskategori;
	await fattaBeslut(page, 'LSS Utredning 250217-', [{ ...TILLSYN, insatskategori }], o);
	await bestall(
		page,
		'LSS Korttidstillsyn Bifall 250407',
		{
			insatskategori,
			utforare: o.utforare ?? 'Lss, Barn/Ungdom 1',
			insatser: ['Korttidstillsyn']
		},
		o
	);
}

test('rätt väg: Tillsyn-insatser LSS och beställning till Lss, Barn/Ungdom 1 ger Godkänt', async ({
	page
}) => {
	await beslutOchBestallning(page, { axe: true });
	await lamnaIn(page);
	await forvantaResultat(page, 'Godkänt');
	await forvantaIngaFel(page);
});

test('fel väg: beställningen till Lss, Barn/Ungdom 2 ger Inte godkänt (O2)', async ({ page }) => {
	await beslutOchBestallning(page, { utforare: 'Lss, Barn/Ungdom 2' });
	await lamnaIn(page);
	await forvantaResultat(page, 'Inte godkänt');
	await forvantaFel(page, ['O2']);
});

test('fel väg: insatskategorin Korttidsvistelse-insatser LSS ger Inte godkänt (B1)', async ({
	page
}) => {
	await beslutOchBestallning(page, { insatskategori: 'Korttidsvistelse-insatser LSS' });
	await lamnaIn(page);
	await forvantaResultat(page, 'Inte godkänt');
	await forvantaFel(page, ['B1']);
});
