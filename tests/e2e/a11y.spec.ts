/**
 * WCAG 2.1 AA: an axe scan of every screen and dialog of the app, reached the way a trainee
 * reaches them. Each scan names its screen so a failure says where.
 */
import {
	aktualiseringsvy,
	axe,
	expect,
	fyllAktualisering,
	forvantaKund,
	gaTillSov,
	lamnaIn,
	menyval,
	rubriktrad,
	scenario,
	sok,
	sokKir,
	sparaIVerktygsfalt,
	startaOvning,
	test
} from './fixtures';

const LEDSAGAR = scenario('ledsagarservice-ny-kund');
const PAGAENDE = scenario('ansokan-pagaende-utredning');
const OBS = scenario('kir-obs-annan-kommun');

test('startsidan, tom Mina sidor, sökning utan kund, Sökresultat, KIR utan träff, Spara i personregister', async ({
	page
}) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await axe(page, 'Startsidan');

	await startaOvning(page, LEDSAGAR.title);
	await expect(page.getByText('Inga aktuella utredningar.')).toBeVisible();
	await axe(page, 'Mina sidor utan utredningar');

	await gaTillSov(page);
	await expect(page.getByText(/Sök fram kunden i rutan till vänster/)).toBeVisible();
	await axe(page, 'Social och vård dokumentation utan kund');

	await page.getByRole('button', { name: 'Tillbaka', exact: true }).click();
	const tillbaka = page.getByRole('dialog', { name: 'Senaste kunder' });
	await expect(tillbaka).toContainText('Du har inte varit inne på någon kund ännu.');
	await axe(page, 'Senaste kunder, tom');
	await tillbaka.getByRole('button', { name: 'Avbryt', exact: true }).click();
	await expect(tillbaka).toBeHidden();

	await sok(page, '801116-9235', '19');
	await expect(page.getByRole('dialog', { name: 'Sökresultat' })).toContainText(
		'Inga träffar i personregistret.'
	);
	await axe(page, 'Sökresultat utan träffar');

	const kir = await sokKir(page);
	await expect(kir).toContainText('Personen finns inte i KIR.');
	await axe(page, 'KIR utan träffar');

	await kir.getByRole('button', { name: 'Ny', exact: true }).click();
	await expect(page.getByRole('dialog', { name: 'Spara i personregister' })).toBeVisible();
	await axe(page, 'Spara i personregister');
});

test('KIR med träff', async ({ page }) => {
	await startaOvning(page, OBS.title);
	await gaTillSov(page);
	await sok(page, '198311209285', '19');
	const kir = await sokKir(page);
	const traff = kir.getByRole('option', { name: /Holmqvist, Sanna/ });
	await traff.click();
	await expect(traff).toHaveAttribute('aria-selected', 'true');
	await axe(page, 'KIR med en vald träff');
});

test('kundens skärmar, menyer, rutor, Aktualisering, Inled utredning, Utredning och rapporten', async ({
	page
}) => {
	await startaOvning(page, PAGAENDE.title);
	const aktuella = page.getByRole('listbox', { name: 'Aktuella utredningar' });
	await expect(aktuella.getByRole('option', { name: /Ek, Alva/ })).toBeVisible();
	await axe(page, 'Mina sidor med en aktuell utredning');

	await aktuella.getByRole('option', { name: /Ek, Alva/ }).click();
	await page.getByRole('button', { name: 'Högerklicksmeny', exact: true }).click();
	await expect(page.getByRole('menuitem', { name: 'Öppna Utredning' })).toBeFocused();
	await axe(page, 'Mina sidor, högerklicksmenyn öppen');
	await page.keyboard.press('Escape');
	await expect(page.getByRole('menu')).toBeHidden();

	// A search with several hits: the list
	await gaTillSov(page);
	await sok(page, 'ek*', '19');
	const traffar = page.getByRole('dialog', { name: 'Sökresultat' });
	await expect(traffar.getByRole('option').first()).toBeVisible();
	await traffar.getByRole('option').first().click();
	await axe(page, 'Sökresultat med träffar');
	await traffar.getByRole('button', { name: 'Avbryt', exact: true }).click();

	await sok(page, '20100705-2382', '20');
	await forvantaKund(page, 'Ek, Alva', '20100705-2382');
	await expect(page.getByRole('tab', { name: 'Person', exact: true })).toHaveAttribute(
		'aria-selected',
		'true'
	);
	await axe(page, 'Social och vård dokumentation med kund, Person');

	await page.getByRole('tab', { name: 'Hushåll' }).click();
	await expect(page.getByRole('table', { name: 'Hushåll' })).toContainText('Ek, Maja');
	await axe(page, 'Personuppgifter, Hushåll');

	await menyval(page, 'Personuppgifter', 'Kontaktuppgifter');
	await expect(page.getByRole('tab', { name: 'Kontaktuppgifter' })).toHaveAttribute(
		'aria-selected',
		'true'
	);
	await axe(page, 'Personuppgifter, Kontaktuppgifter');

	await page.getByRole('button', { name: 'Lägg till', exact: true }).click();
	const kontakt = page.getByRole('dialog', { name: 'Kontaktuppgift' });
	await expect(kontakt.getByLabel('Typ')).toBeFocused();
	await axe(page, 'Kontaktuppgift');
	await kontakt.getByRole('button', { name: 'Avbryt', exact: true }).click();
	await expect(kontakt).toBeHidden();

	await page.getByRole('button', { name: 'Tillbaka', exact: true }).click();
	const senaste = page.getByRole('dialog', { name: 'Senaste kunder' });
	await expect(senaste.getByRole('option', { name: /Ek, Alva/ })).toBeVisible();
	await axe(page, 'Senaste kunder');
	await page.keyboard.press('Escape');
	await expect(senaste).toBeHidden();

	const pagaende = rubriktrad(page).getByRole('treeitem', {
		name: 'LSS Utredning 250210- (pågående)'
	});
	await pagaende.click({ button: 'right' });
	await expect(page.getByRole('menuitem', { name: 'Aktualisering' })).toBeFocused();
	await axe(page, 'Rubrikträdets högerklicksmeny');
	await page.getByRole('menuitem', { name: 'Öppna Utredning' }).click();
	await expect(page.getByRole('region', { name: 'LSS Utredning 250210-' })).toBeVisible();
	await axe(page, 'Utredning (Öppna Utredning)');

	// Aktualisering with two drafts, the Organisation tree open
	await menyval(page, 'LSS utredning o verkställighet', 'Aktualisering');
	const vy = aktualiseringsvy(page);
	const forsta = {
		typ: 'LSS Avlösarservice',
		datum: '2025-03-06',
		franVem: 'Vårdnadshavare',
		ansvarig: 'Holm, Johan',
		organisation: 'LSS Myndighet'
	};
	await fyllAktualisering(page, forsta);
	await vy.getByRole('button', { name: 'Ny', exact: true }).click();
	await expect(
		vy.getByRole('listbox', { name: 'Aktualiseringar' }).getByRole('option')
	).toHaveCount(2);
	await axe(page, 'Aktualisering med två utkast');
	await page.getByRole('button', { name: 'Organisation', exact: true }).click();
	await expect(page.getByRole('tree', { name: 'Organisationsträd' })).toBeVisible();
	await axe(page, 'Organisationsträdet öppet');
	await page.keyboard.press('Escape');
	await expect(page.getByRole('tree', { name: 'Organisationsträd' })).toBeHidden();
	await fyllAktualisering(page, { ...forsta, typ: 'LSS Korttidsvistelse' });
	await sparaIVerktygsfalt(page);
	await expect(page.getByRole('table', { name: 'Sparade aktualiseringar' })).toBeVisible();
	await axe(page, 'Aktualisering med sparade aktualiseringar');

	// U1: an unsaved draft, then the Inled utredning tab
	await vy.getByLabel('Typ av aktualisering').selectOption('LSS Ledsagarservice');
	await page.getByRole('tab', { name: 'Inled utredning' }).click();
	const fraga = page.getByRole('dialog', { name: 'Spara aktualisering' });
	await expect(fraga).toContainText('Vill du spara aktualiseringen?');
	await axe(page, 'Vill du spara aktualiseringen?');
	await fraga.getByRole('button', { name: 'Nej', exact: true }).click();
	const inled = page.getByRole('region', { name: 'Inled utredning' });
	await expect(inled).toBeVisible();
	await axe(page, 'Inled utredning');

	await page.getByRole('button', { name: 'Lämna in', exact: true }).click();
	await expect(page.getByRole('dialog', { name: 'Lämna in' })).toBeVisible();
	await axe(page, 'Lämna in, frågan');
	await page
		.getByRole('dialog', { name: 'Lämna in' })
		.getByRole('button', { name: 'Nej', exact: true })
		.click();

	await lamnaIn(page);
	await axe(page, 'Rapporten');
});
