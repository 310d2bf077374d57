/**
 * Scenario korttidsvistelse-i-stodfamilj (O6): two beslut, korttidsvistelse and stödfamilj,
 * both with Nivå 2, made with Ny before one Spara and Utredning avslutas only on the last (B4);
 * then one beställning only, from the stödfamilj beslut to Lss, Rekryteringshandläggare.
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
import {
	bestall,
	beslutsflik,
	fattaBeslut,
	type BeslutBlad,
	type BestallningFalt
} from './steg-arende';
import { bestallningarPaMinaSidor, startaPaKund } from './steg-arende-b';
import type { Page } from '@playwright/test';

const S = scenario('korttidsvistelse-i-stodfamilj');
const DATUM = {
	beslutsdatum: '2025-04-11',
	fran: '2025-05-01',
	till: '2026-04-30',
	beslutsfattare: 'Nyström, Peter',
	organisation: 'LSS Myndighet',
	niva: '2'
};
const KORTTIDSVISTELSE: BeslutBlad = {
	...DATUM,
	insatskategori: 'Korttidsvistelse-insatser LSS',
	beslut: 'LSS Korttidsvistelse Bifall',
	utredningAvslutas: false
};
const STODFAMILJ: BeslutBlad = {
	...DATUM,
	insatskategori: 'Rekrytering LSS-insatser',
	beslut: 'LSS Stödfamilj Bifall'
};
const TILL_REKRYTERING: BestallningFalt = {
	insatskategori: 'Rekrytering LSS-insatser',
	utforare: 'Lss, Rekryteringshandläggare',
	insatser: ['Stödfamilj 2']
};
const TILL_BARN_UNGDOM: BestallningFalt = {
	insatskategori: 'Korttidsvistelse-insatser LSS',
	utforare: 'Lss, Barn/Ungdom 1',
	insatser: ['Korttidsvistelse 2']
};

/** Both beslut with Ny between them and one Spara. */
async function tvaBeslut(page: Page): Promise<void> {
	await startaPaKund(page, S.title, S.forvantat.kund.pnr);
	await fattaBeslut(page, 'LSS Utredning 250220-', [KORTTIDSVISTELSE, STODFAMILJ]);
	// Both beslut carry Nivå 2; only the last closes the utredning (B4)
	const tabell = beslutsflik(page).getByRole('table', { name: 'Fattade beslut' });
	for (const [beslut, avslutas] of [
		['LSS Korttidsvistelse Bifall', 'Nej'],
		['LSS Stödfamilj Bifall', 'Ja']
	]) {
		const celler = tabell.getByRole('row').filter({ hasText: beslut }).getByRole('cell');
		await expect(celler.nth(7)).toHaveText('2');
		await expect(celler.nth(9)).toHaveText(avslutas);
	}
}

test('rätt väg: två beslut med Nivå 2, en beställning till Lss, Rekryteringshandläggare ger Godkänt', async ({
	page
}) => {
	await tvaBeslut(page);
	await bestall(page, 'LSS Stödfamilj Bifall 250411', TILL_REKRYTERING, { axe: true });
	// The utförare gets exactly one order: the stödfamilj, from Rekrytering
	const rader = await bestallningarPaMinaSidor(page, 'Inkomna beställningar');
	await expect(rader).toHaveCount(1);
	await expect(rader.first()).toContainText('Stödfamilj 2');
	await expect(rader.first()).toContainText('Lss, Rekryteringshandläggare');
	await lamnaIn(page);
	await forvantaResultat(page, 'Godkänt');
	await forvantaIngaFel(page);
});

test('fel väg: beställningen från korttidsvistelsen till Lss, Barn/Ungdom 1 ger Inte godkänt (O1, O6)', async ({
	page
}) => {
	await tvaBeslut(page);
	await bestall(page, 'LSS Korttidsvistelse Bifall 250411', TILL_BARN_UNGDOM);
	await lamnaIn(page);
	await forvantaResultat(page, 'Inte godkänt');
	await forvantaFel(page, ['O1', 'O6']);
});

test('fel väg: en beställning per bifall, också till Lss, Barn/Ungdom 1, ger Inte godkänt (O6)', async ({
	page
}) => {
	await tvaBeslut(page);
	await bestall(page, 'LSS Korttidsvistelse Bifall 250411', TILL_BARN_UNGDOM);
	await bestall(page, 'LSS Stödfamilj Bifall 250411', TILL_REKRYTERING);
	await lamnaIn(page);
	await forvantaResultat(page, 'Inte godkänt');
	await forvantaFel(page, ['O6']);
});
