/**
 * Scenario kir-obs-annan-kommun: Sanna shows up in KIR but lives in Landskrona, so she is
 * registered with Ny and her new address (S5 OBS, S6), then aktualisering and Inled utredning.
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
import type { Locator, Page } from '@playwright/test';

const S = scenario('kir-obs-annan-kommun');
const NYCKELKOD = '999999 – Ej skriven i Helsingborg';
const KONTAKTPERSON: AktFalt = {
	typ: 'LSS Kontaktperson',
	datum: '2025-03-10',
	franVem: 'Den enskilde',
	ansvarig: 'Wikström, Omar',
	organisation: 'LSS Myndighet'
};

/** Search, the empty box, Sök KIR: KIR shows Sanna with her old Helsingborg address. */
async function kirVisarSanna(page: Page): Promise<Locator> {
	await startaOvning(page, S.title);
	await gaTillSov(page);
	await sok(page, '198311209285', '19');
	const kir = await sokKir(page);
	await expect(
		kir
			.getByRole('listbox', { name: 'Träffar i KIR' })
			.getByRole('option', { name: /Holmqvist, Sanna/ })
	).toContainText('Södra Storgatan 18');
	return kir;
}

async function aktualiseraOchInled(page: Page): Promise<void> {
	await sok(page, '198311209285', '19');
	await forvantaKund(page, 'Holmqvist, Sanna', '19831120-9285');
	await menyval(page, 'LSS utredning o verkställighet', 'Aktualisering');
	await aktualisera(page, [KONTAKTPERSON]);
	await inledUtredning(page, {
		inledningsdatum: '2025-03-10',
		typ: 'LSS Utredning',
		organisation: 'LSS Myndighet'
	});
}

test('rätt väg: Ny trots KIR-träffen, adressen i Landskrona ger Godkänt', async ({ page }) => {
	const kir = await kirVisarSanna(page);
	await kir.getByRole('button', { name: 'Ny', exact: true }).click();
	await sparaIPersonregister(page, {
		efternamn: 'Holmqvist',
		fornamn: 'Sanna',
		adress: 'Norra Långgatan 7',
		postnummer: '261 31',
		ort: 'Landskrona',
		civilstand: 'Ogift',
		nyckelkod: NYCKELKOD
	});
	await aktualiseraOchInled(page);
	await lamnaIn(page);
	await forvantaResultat(page, 'Godkänt');
	await forvantaIngaFel(page);
});

test('fel väg: KIR-träffen tas med OK ger Inte godkänt (S5)', async ({ page }) => {
	const kir = await kirVisarSanna(page);
	await kir
		.getByRole('listbox', { name: 'Träffar i KIR' })
		.getByRole('option', { name: /Holmqvist, Sanna/ })
		.click();
	await kir.getByRole('button', { name: 'OK', exact: true }).click();
	await sparaIPersonregister(page, { nyckelkod: NYCKELKOD });
	await aktualiseraOchInled(page);
	await lamnaIn(page);
	await forvantaResultat(page, 'Inte godkänt');
	await forvantaFel(page, ['S5']);
});
