/**
 * Scenario korttid-tva-insatser-kir: Elsa is in KIR, so she is registered from the KIR hit with
 * OK (S5), with one aktualisering per sökt insats (A2) and both linked to the utredning (U6).
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
	scenario,
	sok,
	sokKir,
	sparaIPersonregister,
	startaOvning,
	test,
	type AktFalt
} from './fixtures';
import type { Page } from '@playwright/test';

const S = scenario('korttid-tva-insatser-kir');
const VISTELSE: AktFalt = {
	typ: 'LSS Korttidsvistelse',
	datum: '2025-02-27',
	franVem: 'Vårdnadshavare',
	ansvarig: 'Sandberg, Elin',
	organisation: 'LSS Myndighet'
};
const TILLSYN: AktFalt = { ...VISTELSE, typ: 'LSS Korttidstillsyn' };

/** S5 KIR branch: the personnummer, empty box, Sök KIR, select Elsa, OK, check, 999999, Spara. */
async function elsaFranKir(page: Page): Promise<void> {
	await startaOvning(page, S.title);
	await gaTillSov(page);
	await sok(page, '20100204-2388', '20');
	const kir = await sokKir(page);
	await kir
		.getByRole('listbox', { name: 'Träffar i KIR' })
		.getByRole('option', { name: /Falk, Elsa/ })
		.click();
	await kir.getByRole('button', { name: 'OK', exact: true }).click();
	const reg = page.getByRole('dialog', { name: 'Spara i personregister' });
	// The KIR data arrives filled in; only the nyckelkod is the trainee's to choose
	await expect(reg.getByLabel('Efternamn')).toHaveValue('Falk');
	await expect(reg.getByLabel('Nyckelkod')).toHaveValue('');
	await sparaIPersonregister(page, { nyckelkod: '999999 – Ej skriven i Helsingborg' });
	await sok(page, '20100204-2388', '20');
	await forvantaKund(page, 'Falk, Elsa', '20100204-2388');
}

test('rätt väg: KIR-träffen med OK, två aktualiseringar, båda kopplade ger Godkänt', async ({
	page
}) => {
	await elsaFranKir(page);
	await menyval(page, 'LSS utredning o verkställighet', 'Aktualisering');
	await aktualisera(page, [VISTELSE, TILLSYN]);
	await inledUtredning(page, {
		inledningsdatum: '2025-02-27',
		typ: 'LSS Utredning',
		organisation: 'LSS Myndighet',
		kryssa: ['LSS Korttidsvistelse 2025-02-27', 'LSS Korttidstillsyn 2025-02-27']
	});
	await expect(page.getByRole('listitem').filter({ hasText: 'LSS Korttidstillsyn' })).toBeVisible();
	await lamnaIn(page);
	await forvantaResultat(page, 'Godkänt');
	await forvantaIngaFel(page);
});

test('fel väg: bara den första aktualiseringen kopplad ger Inte godkänt (U6)', async ({ page }) => {
	await elsaFranKir(page);
	await menyval(page, 'LSS utredning o verkställighet', 'Aktualisering');
	await aktualisera(page, [VISTELSE, TILLSYN]);
	await inledUtredning(page, {
		inledningsdatum: '2025-02-27',
		typ: 'LSS Utredning',
		organisation: 'LSS Myndighet'
	});
	await lamnaIn(page);
	await forvantaResultat(page, 'Inte godkänt');
	await forvantaFel(page, ['U6']);
});

test('fel väg: en enda aktualisering för två insatser ger Inte godkänt (A2, U6)', async ({
	page
}) => {
	await elsaFranKir(page);
	await menyval(page, 'LSS utredning o verkställighet', 'Aktualisering');
	await aktualisera(page, [VISTELSE]);
	await inledUtredning(page, {
		inledningsdatum: '2025-02-27',
		typ: 'LSS Utredning',
		organisation: 'LSS Myndighet'
	});
	await lamnaIn(page);
	await forvantaResultat(page, 'Inte godkänt');
	await forvantaFel(page, ['A2', 'U6']);
});

test('scenariots tips: sex siffror och stjärna, sedan Sök KIR, hittar Elsa i KIR', async ({
	page
}) => {
	await startaOvning(page, S.title);
	await gaTillSov(page);
	await sok(page, '100204*', '20');
	const kir = await sokKir(page);
	await expect(
		kir.getByRole('listbox', { name: 'Träffar i KIR' }).getByRole('option', { name: /Falk, Elsa/ })
	).toBeVisible();
});
