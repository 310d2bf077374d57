/**
 * Scenario ledsagarservice-ny-kund: Viktor is in neither the register nor KIR, so he is
 * registered with Ny (S5, S6), then one aktualisering and Inled utredning (A3, A4, U1–U6).
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
	type AktFalt,
	type PersonFalt
} from './fixtures';
import type { Page } from '@playwright/test';

const S = scenario('ledsagarservice-ny-kund');
const VIKTOR: PersonFalt = {
	efternamn: 'Dahlberg',
	fornamn: 'Viktor',
	adress: 'Storgatan 5',
	postnummer: '263 31',
	ort: 'Höganäs',
	civilstand: 'Ogift',
	nyckelkod: '999999 – Ej skriven i Helsingborg'
};
const LEDSAGAR: AktFalt = {
	typ: 'LSS Ledsagarservice',
	datum: '2025-03-03',
	franVem: 'Den enskilde',
	ansvarig: 'Lindgren, Amira',
	organisation: 'LSS Myndighet'
};

/** S5 Ny branch: search, empty box, Sök KIR, no hit, Ny, fill, Spara, search again. */
async function registreraViktor(page: Page, person: PersonFalt = VIKTOR): Promise<void> {
	await startaOvning(page, S.title);
	await gaTillSov(page);
	await sok(page, '801116-9235', '19');
	const kir = await sokKir(page);
	await expect(kir).toContainText('Personen finns inte i KIR.');
	await expect(kir.getByRole('button', { name: 'OK', exact: true })).toBeDisabled();
	await kir.getByRole('button', { name: 'Ny', exact: true }).click();
	await expect(
		page.getByRole('dialog', { name: 'Spara i personregister' }).getByLabel('Personnummer')
	).toHaveValue('198011169235');
	await sparaIPersonregister(page, person);
	// One hit opens the customer at once
	await sok(page, '801116-9235', '19');
	await forvantaKund(page, `${person.efternamn}, ${person.fornamn}`, '19801116-9235');
}

test('rätt väg: Ny i KIR-rutan, en aktualisering, Inled utredning ger Godkänt', async ({
	page
}) => {
	await registreraViktor(page);
	await menyval(page, 'LSS utredning o verkställighet', 'Aktualisering');
	await aktualisera(page, [LEDSAGAR]);
	await inledUtredning(page, {
		inledningsdatum: '2025-03-03',
		typ: 'LSS Utredning',
		organisation: 'LSS Myndighet',
		orgSatt: 'tangent'
	});
	await lamnaIn(page);
	await forvantaResultat(page, 'Godkänt');
	await forvantaIngaFel(page);
});

test('fel väg: dagens datum och hemvårdsområdet Centrum ger Inte godkänt (A3, A4, U2, U5)', async ({
	page
}) => {
	await registreraViktor(page);
	await menyval(page, 'LSS utredning o verkställighet', 'Aktualisering', 'knapp');
	await aktualisera(page, [
		{ ...LEDSAGAR, datum: S.idag, organisation: 'Centrum', orgSatt: 'direkt' }
	]);
	await inledUtredning(page, {
		inledningsdatum: S.idag,
		typ: 'LSS Utredning',
		organisation: 'Centrum',
		orgSatt: 'direkt'
	});
	await lamnaIn(page);
	await forvantaResultat(page, 'Inte godkänt');
	await forvantaFel(page, ['A3', 'A4', 'U2', 'U5']);
});

test('fel väg: namnen omkastade och ingen utredning ger Inte godkänt (S5, U1)', async ({
	page
}) => {
	await registreraViktor(page, { ...VIKTOR, efternamn: 'Viktor', fornamn: 'Dahlberg' });
	await menyval(page, 'LSS utredning o verkställighet', 'Aktualisering', 'tangent');
	await aktualisera(page, [LEDSAGAR]);
	await lamnaIn(page);
	await forvantaResultat(page, 'Inte godkänt');
	await forvantaFel(page, ['S5', 'U1']);
});
