/**
 * Scenario ansokan-pagaende-utredning: Alva already has a pågående utredning, so the new
 * application is aktualiserad from that utredning (A1) and no new utredning is inledd.
 */
import {
	aktualisera,
	expect,
	forvantaFel,
	forvantaIngaFel,
	forvantaKund,
	forvantaResultat,
	gaTillSov,
	inledUtredning,
	lamnaIn,
	menyval,
	rubriktrad,
	scenario,
	sok,
	startaOvning,
	test,
	type AktFalt
} from './fixtures';
import type { Page } from '@playwright/test';

const S = scenario('ansokan-pagaende-utredning');
const PAGAENDE = 'LSS Utredning 250210- (pågående)';
const AVLOSAR: AktFalt = {
	typ: 'LSS Avlösarservice',
	datum: '2025-03-06',
	franVem: 'Vårdnadshavare',
	ansvarig: 'Holm, Johan',
	organisation: 'LSS Myndighet'
};

async function oppnaAlva(page: Page): Promise<void> {
	await startaOvning(page, S.title);
	await gaTillSov(page);
	await sok(page, '20100705-2382', '20');
	await forvantaKund(page, 'Ek, Alva', '20100705-2382');
	// N3: the pågående utredning is bold, the closed one is not
	await expect(rubriktrad(page).getByRole('treeitem', { name: PAGAENDE })).toBeVisible();
	await expect(
		rubriktrad(page).getByRole('treeitem', { name: 'LSS Utredning 230417-230605', exact: true })
	).toBeVisible();
}

test('rätt väg: Aktualisering i den pågående utredningen (Shift+F10) ger Godkänt', async ({
	page
}) => {
	await oppnaAlva(page);
	await menyval(page, PAGAENDE, 'Aktualisering', 'tangent');
	await aktualisera(page, [AVLOSAR]);
	await lamnaIn(page);
	await forvantaResultat(page, 'Godkänt');
	await forvantaIngaFel(page);
});

test('fel väg: aktualisering under rubriken och en ny utredning ger Inte godkänt (A1, U1)', async ({
	page
}) => {
	await oppnaAlva(page);
	await menyval(page, 'LSS utredning o verkställighet', 'Aktualisering');
	await aktualisera(page, [AVLOSAR]);
	await inledUtredning(page, {
		inledningsdatum: '2025-03-06',
		typ: 'LSS Utredning',
		organisation: 'LSS Myndighet'
	});
	await lamnaIn(page);
	await forvantaResultat(page, 'Inte godkänt');
	await forvantaFel(page, ['A1', 'U1']);
});
