/**
 * Section 13's other tasks in the browser: Hushåll (E2), Utskrift (E5) and the Kundlista (E3),
 * each screen and box scanned by axe (WCAG 2.1 A and AA) in the state that shows all it has,
 * and the print ending in the browser's own print dialog (stubbed, counted) with the preview
 * holding the attempt's own text.
 */
import {
	axe,
	expect,
	forvantaKund,
	gaTillSov,
	scenario,
	sok,
	startaOvning,
	test,
	utskrifter
} from './fixtures';

const HUSHALL = scenario('hushall-vardnadshavare-saknas');
const KORTTID = scenario('korttidsvistelse-skriv-ut-beslut');

test('Hushåll: Lägg till med träff, Registrera med symbolen, Registerledare och Spara', async ({
	page
}) => {
	await startaOvning(page, HUSHALL.title);
	await gaTillSov(page);
	await sok(page, '161020-2382', '20');
	await forvantaKund(page, 'Karlsson, Alva', '20161020-2382');
	await page.getByRole('tab', { name: 'Hushåll', exact: true }).click();
	const flik = page.getByRole('tabpanel', { name: 'Hushåll' });
	await expect(flik.getByRole('table', { name: 'Hushåll' })).toBeVisible();
	await axe(page, 'Personuppgifter, fliken Hushåll');

	await flik.getByRole('button', { name: 'Lägg till', exact: true }).click();
	const ruta = page.getByRole('dialog', { name: 'Lägg till hushållsmedlem' });
	await ruta.getByLabel('Personnummer', { exact: true }).fill('19940913-2389');
	await ruta.getByRole('button', { name: 'Sök', exact: true }).click();
	await expect(ruta.getByRole('option', { name: /^Karlsson, Sofia/ })).toBeVisible();
	await ruta.getByLabel('Relation', { exact: true }).selectOption('Vårdnadshavare');
	await axe(page, 'Lägg till hushållsmedlem med en träff');

	await ruta.getByRole('button', { name: 'Registrera', exact: true }).click();
	await expect(ruta).toBeHidden();
	const rad = flik.getByRole('row', { name: /Karlsson, Sofia/ });
	await expect(rad).toContainText('Tillagd hushållsmedlem');
	await expect(rad).toContainText('Vårdnadshavare');
	await expect(flik.getByLabel('Registerledare', { exact: true })).toHaveValue('201610202382');
	await axe(page, 'fliken Hushåll med en tillagd hushållsmedlem');

	await flik
		.getByRole('toolbar', { name: 'Verktygsfält' })
		.getByRole('button', { name: 'Spara', exact: true })
		.click();
	await expect(page.getByRole('status').filter({ hasText: 'Hushållet är sparat.' })).toBeVisible();
});

test('Hushåll: en okänd person ger ett meddelande, inte en träff', async ({ page }) => {
	await startaOvning(page, HUSHALL.title);
	await gaTillSov(page);
	await sok(page, '161020-2382', '20');
	await page.getByRole('tab', { name: 'Hushåll', exact: true }).click();
	await page.getByRole('button', { name: 'Lägg till', exact: true }).click();
	const ruta = page.getByRole('dialog', { name: 'Lägg till hushållsmedlem' });
	await ruta.getByLabel('Personnummer', { exact: true }).fill('1994');
	await ruta.getByRole('button', { name: 'Sök', exact: true }).click();
	await expect(ruta.getByRole('alert')).toHaveText('Skriv hela personnumret: ÅÅÅÅMMDD-NNNN.');
	await ruta.getByRole('button', { name: 'Registrera', exact: true }).click();
	await expect(ruta.getByRole('alert')).toHaveText('Markera den person det gäller.');
});

test('Utskrift: Skriv ut, CDS, mall, Sök, Granska med beslutets text, Välj skrivare och webbläsarens utskrift', async ({
	page
}) => {
	await startaOvning(page, KORTTID.title);
	await gaTillSov(page);
	await sok(page, '180609-2381', '20');
	await forvantaKund(page, 'Holm, Elsa', '20180609-2381');
	await page
		.getByRole('toolbar', { name: 'Menyrad' })
		.getByRole('button', { name: 'Skriv ut', exact: true })
		.click();
	const val = page.getByRole('dialog', { name: 'Skriv ut' });
	await val.getByRole('listbox', { name: 'Vad' }).getByRole('option', { name: 'Beslut' }).click();
	await expect(val.getByRole('checkbox')).toHaveCount(2);
	await axe(page, 'Skriv ut med två beslut att välja');
	await val.getByRole('button', { name: 'CDS', exact: true }).click();
	await expect(val.getByRole('alert')).toHaveText('Välj vilket du vill skriva ut.');
	await val.getByRole('checkbox', { name: 'LSS Korttidsvistelse Bifall 250411' }).check();
	await val.getByRole('button', { name: 'CDS', exact: true }).click();

	const mall = page.getByRole('dialog', { name: 'Välj mall' });
	await mall.getByRole('button', { name: 'Granska', exact: true }).click();
	await expect(mall.getByRole('alert')).toHaveText('Klicka på Sök först.');
	await mall.getByRole('button', { name: 'Sök', exact: true }).click();
	await expect(mall.getByRole('alert')).toHaveText('Välj mall.');
	await mall.getByRole('option', { name: 'LSS beslutsmeddelande1' }).click();
	await mall.getByRole('button', { name: 'Sök', exact: true }).click();
	await expect(mall.getByRole('status')).toHaveText(
		'1 dokument hittades med mallen LSS beslutsmeddelande1.'
	);
	await axe(page, 'Välj mall efter Sök');
	await mall.getByRole('button', { name: 'Granska', exact: true }).click();

	const granska = page.getByRole('dialog', { name: 'Granska' });
	const sida = granska.getByRole('article', { name: 'LSS Korttidsvistelse Bifall 250411' });
	await expect(sida).toContainText('2025-05-01 – 2026-04-30');
	await expect(sida).toContainText('Holm, Elsa, 20180609-2381');
	await expect(granska).not.toContainText('Stödfamilj');
	await axe(page, 'Granska med beslutet om korttidsvistelse');

	await granska.getByRole('button', { name: 'Skriv ut', exact: true }).click();
	const skrivare = page.getByRole('dialog', { name: 'Välj skrivare' });
	await skrivare.getByRole('button', { name: 'Skriv ut', exact: true }).click();
	await expect(skrivare.getByRole('alert')).toHaveText('Välj skrivare.');
	expect(await utskrifter(page)).toBe(0);
	await skrivare.getByRole('option', { name: 'Microsoft Print to PDF' }).click();
	await axe(page, 'Välj skrivare med Microsoft Print to PDF');
	await skrivare.getByRole('button', { name: 'Skriv ut', exact: true }).click();
	await expect(skrivare).toBeHidden();
	await expect(granska.getByRole('status')).toHaveText(
		'Utskriften är skickad till Microsoft Print to PDF.'
	);
	await expect.poll(() => utskrifter(page)).toBe(1);

	// the print CSS prints the preview and nothing else
	await page.emulateMedia({ media: 'print' });
	await expect(
		page.getByRole('article', { name: 'LSS Korttidsvistelse Bifall 250411' })
	).toBeVisible();
	await expect(granska.getByRole('button', { name: 'Skriv ut' })).toBeHidden();
	await expect(page.getByRole('tab', { name: 'Mina sidor' })).toBeHidden();
});

test('Kundlista: stjärnan, Lägg till, kunden i listan öppnar, Ta bort', async ({ page }) => {
	await startaOvning(page, HUSHALL.title);
	await gaTillSov(page);
	await sok(page, '161020-2382', '20');
	await forvantaKund(page, 'Karlsson, Alva', '20161020-2382');
	const menyrad = page.getByRole('toolbar', { name: 'Menyrad' });
	await menyrad.getByRole('button', { name: 'Kundlista', exact: true }).click();
	const ruta = page.getByRole('dialog', { name: 'Kundlista' });
	await expect(ruta).toContainText('Kundlistan är tom.');
	await expect(ruta.getByRole('button', { name: 'Ta bort' })).toBeDisabled();
	await axe(page, 'Kundlista, tom lista');
	await ruta.getByRole('button', { name: 'Lägg till', exact: true }).click();
	await expect(ruta).toBeHidden();
	await expect(
		page.getByRole('status').filter({ hasText: 'Kunden är tillagd i kundlistan.' })
	).toBeVisible();

	await menyrad.getByRole('button', { name: 'Kundlista', exact: true }).click();
	await expect(ruta.getByRole('button', { name: 'Lägg till' })).toBeDisabled();
	const lista = ruta.getByRole('listbox', { name: 'Kunder i kundlistan' });
	await lista.getByRole('option', { name: 'Karlsson, Alva (20161020-2382)' }).click();
	await axe(page, 'Kundlista med en markerad kund');
	await ruta.getByRole('button', { name: 'Öppna', exact: true }).click();
	await expect(ruta).toBeHidden();
	await forvantaKund(page, 'Karlsson, Alva', '20161020-2382');

	await menyrad.getByRole('button', { name: 'Kundlista', exact: true }).click();
	await lista.getByRole('option', { name: 'Karlsson, Alva (20161020-2382)' }).click();
	await ruta.getByRole('button', { name: 'Ta bort', exact: true }).click();
	await expect(ruta).toContainText('Kundlistan är tom.');
});

const SOK = scenario('sokverktyget-kollegans-kunder');
const SKANNING = scenario('skanning-infoga-lakarintyg');

test('Sökverktyget: Sökvillkor, kikaren, Resultat, diamanten och nästa post', async ({ page }) => {
	await startaOvning(page, SOK.title);
	await gaTillSov(page);
	const menyrad = page.getByRole('toolbar', { name: 'Menyrad' });
	await menyrad.getByRole('button', { name: 'Sökverktyget', exact: true }).click();
	const ruta = page.getByRole('dialog', { name: 'Sökverktyg' });
	await expect(ruta.getByLabel('Sök efter', { exact: true })).toHaveValue('Pågående utredningar');
	await axe(page, 'Sökverktyg, Sökvillkor');
	await ruta.getByLabel('Handläggare', { exact: true }).selectOption('Sandberg, Elin');
	await ruta.getByRole('button', { name: 'Sök', exact: true }).click();
	await expect(ruta.getByRole('status')).toHaveText('2 kunder hittades. Se fliken Resultat.');
	await ruta.getByRole('tab', { name: 'Resultat', exact: true }).click();
	const resultat = ruta.getByRole('listbox', { name: 'Resultat' });
	await expect(resultat.getByRole('option')).toHaveCount(2);
	await resultat.getByRole('option', { name: /^Ek, Vilgot/ }).click();
	await axe(page, 'Sökverktyg, Resultat med en markerad post');
	await ruta.getByRole('button', { name: 'Visa kund', exact: true }).click();
	await forvantaKund(page, 'Ek, Vilgot', '20170101-2393');
	await menyrad.getByRole('button', { name: 'Sökverktyget', exact: true }).click();
	await ruta.getByRole('button', { name: 'Nästa post', exact: true }).click();
	await forvantaKund(page, 'Sjö, Tilda', '20180816-2380');
});

test('Infoga dokument: mappen skannade dokument, Infoga, det hämtade till höger', async ({
	page
}) => {
	await startaOvning(page, SKANNING.title);
	await gaTillSov(page);
	await sok(page, '130531-2397', '20');
	await forvantaKund(page, 'Lund, Elias', '20130531-2397');
	await page.getByRole('treeitem', { name: /^LSS Utredning 250901-/ }).dblclick();
	await page.getByRole('tab', { name: 'Infoga dokument', exact: true }).click();
	await page.getByRole('button', { name: 'Infoga', exact: true }).click();
	await expect(page.getByRole('alert').filter({ hasText: 'Markera ett dokument' })).toBeVisible();
	await axe(page, 'Infoga dokument, inget infogat');
	await page
		.getByRole('listbox', { name: 'Skannade dokument' })
		.getByRole('option', { name: /^Läkarintyg/ })
		.click();
	await page.getByRole('button', { name: 'Infoga', exact: true }).click();
	const hamtat = page.getByRole('region', { name: 'Infogade dokument' });
	await expect(hamtat.getByRole('heading', { name: 'Läkarintyg 2025-08-28' })).toBeVisible();
	await expect(hamtat).toContainText('barn- och ungdomshabiliteringen');
	await axe(page, 'Infoga dokument med ett infogat läkarintyg');
});
