/**
 * Scenario omprovning-daglig-verksamhet: an omprövning is aktualiserad as LSS Omprövning from
 * Egna myndigheten (VON) on the day it starts (A5), then an utredning is inledd.
 */
import {
	aktualisera,
	forvantaFel,
	forvantaIngaFel,
	forvantaKund,
	forvantaResultat,
	gaTillSov,
	inledUtredning,
	lamnaIn,
	menyval,
	scenario,
	sok,
	startaOvning,
	test
} from './fixtures';
import type { Page } from '@playwright/test';

const S = scenario('omprovning-daglig-verksamhet');

async function oppnaAnders(page: Page, fraga: string): Promise<void> {
	await startaOvning(page, S.title);
	await gaTillSov(page);
	await sok(page, fraga, '19');
	await forvantaKund(page, 'Lund, Anders', '19790407-9295');
}

test('rätt väg: LSS Omprövning från Egna myndigheten (VON), Inled utredning ger Godkänt', async ({
	page
}) => {
	await oppnaAnders(page, 'lund anders');
	await menyval(page, 'LSS utredning o verkställighet', 'Aktualisering');
	await aktualisera(page, [
		{
			typ: 'LSS Omprövning',
			datum: '2025-03-10',
			franVem: 'Egna myndigheten (VON)',
			ansvarig: 'Åkesson, Maria',
			organisation: 'LSS Myndighet'
		}
	]);
	await inledUtredning(page, {
		inledningsdatum: '2025-03-10',
		typ: 'LSS Utredning',
		organisation: 'LSS Myndighet'
	});
	await lamnaIn(page);
	await forvantaResultat(page, 'Godkänt');
	await forvantaIngaFel(page);
});

test('fel väg: som en ny ansökan om daglig verksamhet ger Inte godkänt (A5, U2, U6)', async ({
	page
}) => {
	await oppnaAnders(page, '790407-9295');
	await menyval(page, 'LSS utredning o verkställighet', 'Aktualisering', 'knapp');
	await aktualisera(page, [
		{
			typ: 'LSS Daglig verksamhet',
			datum: '2025-03-07',
			franVem: 'Den enskilde',
			ansvarig: 'Åkesson, Maria',
			organisation: 'LSS Myndighet'
		}
	]);
	await inledUtredning(page, {
		inledningsdatum: '2025-03-07',
		typ: 'LSS Utredning',
		organisation: 'LSS Myndighet'
	});
	await lamnaIn(page);
	await forvantaResultat(page, 'Inte godkänt');
	await forvantaFel(page, ['A5', 'U2', 'U6']);
});
