/**
 * What must hold in sections 5–8 whatever the trainee types: hours that are not timmar.minuter
 * and impossible dates are refused with the reason, a mistake the real system accepts (a
 * beställning dated before its beslut) is accepted, a signed note cannot be changed, Klistra in
 * keeps its rule, and a reload loses neither drafts nor what was saved.
 */
import type { Locator, Page } from '@playwright/test';
import {
	expect,
	forvantaKund,
	gaTillSov,
	rubriktrad,
	scenario,
	sok,
	sparaIVerktygsfalt,
	startaOvning,
	test,
	ladda
} from './fixtures';

const LEDSAGAR = scenario('ledsagarservice-bifall');
const DOK = scenario('dokumentation-felaktig-anteckning');

/** A row of the customer's rubrikträd. */
function nod(page: Page, namn: string | RegExp): Locator {
	return rubriktrad(page).getByRole('treeitem', { name: namn, exact: typeof namn === 'string' });
}

/** Right-click a tree row and pick a menu entry. */
async function hogerklicka(page: Page, rad: Locator, val: string): Promise<void> {
	await rad.click({ button: 'right' });
	const meny = page.getByRole('menu');
	await expect(meny).toBeVisible();
	await meny.getByRole('menuitem', { name: val, exact: true }).click();
	await expect(meny).toBeHidden();
}

/** Emil's pågående utredning, on its Beslut tab. */
async function beslutsfliken(page: Page): Promise<void> {
	await startaOvning(page, LEDSAGAR.title);
	await gaTillSov(page);
	await sok(page, '960504-2390', '19');
	await forvantaKund(page, 'Forsberg, Emil', '19960504-2390');
	await nod(page, /^LSS Utredning 250324-/).dblclick();
	await page.getByRole('tab', { name: 'Beslut', exact: true }).click();
	await expect(page.getByLabel('Beslutsdatum', { exact: true })).toBeVisible();
}

/** The ledsagarservice beslut of the scenario, hours left to the test. */
async function fyllLedsagarbeslut(page: Page, timmar = '10.00'): Promise<void> {
	await page.getByLabel('Insatskategori', { exact: true }).selectOption('Rekrytering LSS-insatser');
	await page
		.getByRole('combobox', { name: 'Beslut', exact: true })
		.selectOption('LSS Ledsagarservice Bifall');
	await page.getByLabel('Beslutsdatum', { exact: true }).fill('2025-04-22');
	await page.getByLabel('Gäller fr.o.m.', { exact: true }).fill('2025-05-01');
	await page.getByLabel('Gäller t.o.m.', { exact: true }).fill('2026-04-30');
	await page.getByLabel('Beslutsfattare', { exact: true }).selectOption('Nyström, Peter');
	await page.getByLabel('Antal timmar', { exact: true }).fill(timmar);
}

/** The error shown, if any (the search box keeps an empty alert of its own). */
function fel(page: Page): Locator {
	return page.getByRole('alert').filter({ hasText: /\S/ });
}

function fattadeBeslut(page: Page): Locator {
	return page.getByRole('table', { name: 'Fattade beslut' });
}

test('timmar som inte är timmar.minuter vägras med rätt form, 10.5 tas emot som 10 h 50 min', async ({
	page
}) => {
	await beslutsfliken(page);
	await fyllLedsagarbeslut(page, '10.75');
	await sparaIVerktygsfalt(page);
	await expect(fel(page)).toContainText('Antal timmar');
	await expect(fel(page)).toContainText('10.30');
	await expect(fattadeBeslut(page)).toBeHidden();

	const timmar = page.getByLabel('Antal timmar', { exact: true });
	await timmar.fill('abc');
	await sparaIVerktygsfalt(page);
	await expect(fel(page)).toContainText('"abc" är inget antal timmar');
	await expect(fel(page)).toContainText('10.30');
	await expect(timmar).toHaveAttribute('aria-invalid', 'true');
	await expect(fattadeBeslut(page)).toBeHidden();

	await timmar.fill('10.5');
	await expect(timmar).toHaveAccessibleDescription('= 10 timmar 50 minuter per vecka');
	await sparaIVerktygsfalt(page);
	await expect(page.getByText('Beslutet är sparat.', { exact: true })).toBeVisible();
	await expect(fel(page)).toBeHidden();
	await expect(fattadeBeslut(page)).toContainText('10.50 per vecka');
});

test('byte av Period efter att timmarna skrivits räknar om dem', async ({ page }) => {
	await beslutsfliken(page);
	const period = page.getByLabel('Period', { exact: true });
	const timmar = page.getByLabel('Antal timmar', { exact: true });
	await expect(period).toHaveValue('Vecka');
	await timmar.fill('10.00');
	await period.selectOption('Månad');
	// 10 h a week is 10 × 52 / 12 h a month: 43 h 20 min
	await expect(timmar).toHaveValue('43.20');
	await expect(timmar).toHaveAccessibleDescription('= 43 timmar 20 minuter per månad');
	await period.selectOption('Vecka');
	await expect(timmar).toHaveValue('10.00');
});

test('ett omöjligt Beslutsdatum och en period som slutar innan den börjar vägras med orsaken', async ({
	page
}) => {
	await beslutsfliken(page);
	await fyllLedsagarbeslut(page);
	await page.getByLabel('Beslutsdatum', { exact: true }).fill('2023-02-30');
	await sparaIVerktygsfalt(page);
	await expect(fel(page)).toContainText('Beslutsdatum: 2023-02-30 är inget giltigt datum');
	await expect(fattadeBeslut(page)).toBeHidden();

	await page.getByLabel('Beslutsdatum', { exact: true }).fill('2025-04-22');
	await page.getByLabel('Gäller t.o.m.', { exact: true }).fill('2025-04-30');
	await sparaIVerktygsfalt(page);
	await expect(fel(page)).toContainText(
		'Gäller t.o.m.: perioden slutar (2025-04-30) innan den börjar (2025-05-01)'
	);
	await expect(fattadeBeslut(page)).toBeHidden();
});

/** Saves the ledsagarservice beslut and opens its Beställning tab. */
async function bestallningsfliken(page: Page): Promise<void> {
	await beslutsfliken(page);
	await fyllLedsagarbeslut(page);
	await sparaIVerktygsfalt(page);
	await expect(page.getByText('Beslutet är sparat.', { exact: true })).toBeVisible();
	await nod(page, 'LSS Ledsagarservice Bifall 250422').dblclick();
	await page.getByRole('tab', { name: 'Beställning', exact: true }).click();
	await expect(page.getByLabel('Utförare', { exact: true })).toBeVisible();
}

test('en beställning daterad före beslutet tas emot: skickas, syns i trädet och på Mina sidor', async ({
	page
}) => {
	await bestallningsfliken(page);
	await page
		.getByRole('combobox', { name: 'Beslut', exact: true })
		.selectOption({ label: 'LSS Ledsagarservice Bifall 250422' });
	await page.getByLabel('Insatskategori', { exact: true }).selectOption('Rekrytering LSS-insatser');
	await page.getByLabel('Utförare', { exact: true }).selectOption('Lss, Rekryteringshandläggare');
	await page.getByLabel('Beställningen gäller fr.o.m.', { exact: true }).fill('2025-04-01');
	await page.getByLabel('Beställt datum', { exact: true }).fill('2025-04-01');
	await sparaIVerktygsfalt(page);
	await expect(page.getByText('Beställningen är skickad', { exact: true })).toBeVisible();
	await expect(fel(page)).toBeHidden();
	await expect(nod(page, 'Beställning 250401 – Lss, Rekryteringshandläggare')).toBeVisible();

	await page.getByRole('tab', { name: 'Mina sidor' }).click();
	for (const lista of ['Beställningar – ej bekräftade', 'Inkomna beställningar'])
		await expect(
			page.getByRole('listbox', { name: lista }).getByRole('option', { name: /Forsberg, Emil/ })
		).toContainText('250401-');
});

/** Lars's utredning's documentation, both parts of the tree open. */
async function larsDokumentation(page: Page): Promise<Locator> {
	await startaOvning(page, DOK.title);
	await gaTillSov(page);
	await sok(page, '640823-3234', '19');
	await forvantaKund(page, 'Ekström, Lars', '19640823-3234');
	await hogerklicka(page, nod(page, /^LSS Utredning 250303-/), 'Dokumentation');
	const trad = page.getByRole('tree', { name: 'Rubrikträd för dokumentation' });
	await trad.getByRole('treeitem', { name: 'Utredningsjournal', exact: true }).dblclick();
	return trad;
}

test('en signerad anteckning kan inte ändras, och felmarkerad står den kvar med rött kryss', async ({
	page
}) => {
	const trad = await larsDokumentation(page);
	const gammal = trad.getByRole('treeitem', { name: /^250314 Hembesök/ });
	await expect(gammal).toHaveAccessibleDescription('Signerad');
	await gammal.click();
	const textdel = page.getByLabel('Textdel', { exact: true });
	await expect(textdel).toHaveAttribute('readonly');
	await expect(textdel).toHaveValue(/^Hembesök 2025-03-12/);
	const verktyg = page.getByRole('toolbar', { name: 'Verktygsfält' });
	await expect(verktyg.getByRole('button', { name: 'Spara', exact: true })).toBeDisabled();
	await expect(page.getByRole('button', { name: 'Signera', exact: true })).toBeDisabled();
	// A key press in the locked box changes nothing
	await textdel.press('End');
	await textdel.pressSequentially(' ändrad');
	await expect(textdel).not.toHaveValue(/ändrad/);

	await gammal.click({ button: 'right' });
	await page.getByRole('menuitem', { name: 'Felmarkera', exact: true }).click();
	await page
		.getByRole('dialog', { name: 'Felmarkera' })
		.getByRole('button', { name: 'Ja', exact: true })
		.click();
	await expect(gammal).toBeVisible();
	await expect(gammal).toHaveAccessibleDescription('Signerad, Felmarkerad');
	const lasvy = page.getByRole('region', { name: 'Läsvy' });
	await expect(lasvy).toContainText('Felmarkerad');
	await expect(lasvy).toContainText('Hembesök 2025-03-12');
	// The red cross is drawn, hidden from assistive technology (the status says Felmarkerad)
	await expect(lasvy.locator('.kryss')).toBeVisible();
	await expect(lasvy.locator('.kryss')).toHaveCSS('color', /rgb\(/);
	await expect(page.getByRole('button', { name: 'Signera', exact: true })).toBeDisabled();
});

/** Writes a note under a rubrik of the open documentation's Utredningsdokument and saves it. */
async function skrivUnderRubrik(page: Page, trad: Locator, rubrik: string, text: string) {
	await trad.getByRole('treeitem', { name: rubrik, exact: true }).dblclick();
	await page.getByLabel('Ny textdel', { exact: true }).fill(text);
	await sparaIVerktygsfalt(page);
	await expect(page.getByLabel('Textdel', { exact: true })).toHaveValue(text);
}

/** Emil's old utredning: a text under Ansökan, signed, then Kopiera alla texter i trädet. */
async function kopieraFranGamla(page: Page): Promise<void> {
	await startaOvning(page, LEDSAGAR.title);
	await gaTillSov(page);
	await sok(page, '960504-2390', '19');
	await forvantaKund(page, 'Forsberg, Emil', '19960504-2390');
	await hogerklicka(page, nod(page, /^LSS Utredning 160613-160801/), 'Dokumentation');
	const trad = page.getByRole('tree', { name: 'Rubrikträd för dokumentation' });
	const dokument = trad.getByRole('treeitem', { name: 'Utredningsdokument', exact: true });
	await dokument.dblclick();
	await skrivUnderRubrik(page, trad, 'Ansökan', 'Emil ansökte om daglig verksamhet.');
	await page.getByRole('button', { name: 'Signera', exact: true }).click();
	await expect(page.getByText('Signerad: texten är låst och kan inte ändras.')).toBeVisible();
	await hogerklicka(page, dokument, 'Kopiera alla texter i trädet');
	const fraga = page.getByRole('dialog', { name: 'Kopiera texter' });
	await expect(fraga).toContainText('Vill du kopiera händelsedatum och tid?');
	await fraga.getByRole('button', { name: 'Ja', exact: true }).click();
	await expect(fraga).toBeHidden();
	await hogerklicka(page, nod(page, /^LSS Utredning 250324-/), 'Dokumentation');
}

test('Klistra in alla kopierade texter i trädet i en utredning där något redan är skrivet vägras', async ({
	page
}) => {
	await kopieraFranGamla(page);
	const trad = page.getByRole('tree', { name: 'Rubrikträd för dokumentation' });
	const dokument = trad.getByRole('treeitem', { name: 'Utredningsdokument', exact: true });
	await dokument.dblclick();
	await skrivUnderRubrik(page, trad, 'Bakgrund', 'Emil bor i egen lägenhet.');
	await hogerklicka(page, dokument, 'Klistra in alla kopierade texter i trädet');
	await expect(fel(page)).toContainText('något är redan skrivet i den nya utredningen');
	await expect(trad.getByRole('treeitem', { name: /Emil ansökte/ })).toHaveCount(0);
});

test('Klistra in alla kopierade texter i trädet i en tom utredning ger osignerade texter', async ({
	page
}) => {
	await kopieraFranGamla(page);
	const trad = page.getByRole('tree', { name: 'Rubrikträd för dokumentation' });
	const dokument = trad.getByRole('treeitem', { name: 'Utredningsdokument', exact: true });
	await hogerklicka(page, dokument, 'Klistra in alla kopierade texter i trädet');
	await expect(fel(page)).toBeHidden();
	await dokument.dblclick();
	const kopia = trad.getByRole('treeitem', { name: /Emil ansökte/ });
	await expect(kopia).toBeVisible();
	// Unsigned: no Signerad in its description, and Signera is offered
	await expect(kopia).not.toHaveAccessibleDescription(/Signerad/);
	await kopia.click();
	await expect(page.getByLabel('Textdel', { exact: true })).toHaveValue(
		'Emil ansökte om daglig verksamhet.'
	);
	await expect(page.getByRole('button', { name: 'Signera', exact: true })).toBeEnabled();
});

test('omladdning mitt i två beslutsutkast och mitt i en beställning tappar inget', async ({
	page
}) => {
	await beslutsfliken(page);
	await fyllLedsagarbeslut(page, '10.30');
	await page
		.getByRole('toolbar', { name: 'Verktygsfält' })
		.getByRole('button', { name: 'Ny', exact: true })
		.click();
	await page.getByLabel('Insatskategori', { exact: true }).selectOption('Rekrytering LSS-insatser');
	await page
		.getByRole('combobox', { name: 'Beslut', exact: true })
		.selectOption('LSS Kontaktperson Bifall');
	await page.getByLabel('Beslutsdatum', { exact: true }).fill('2025-04-21');

	await ladda(page);
	const utkast = page.getByRole('listbox', { name: 'Beslut att spara' }).getByRole('option');
	await expect(utkast).toHaveText([
		'1. LSS Ledsagarservice Bifall 2025-04-22',
		'2. LSS Kontaktperson Bifall 2025-04-21'
	]);
	await expect(page.getByRole('combobox', { name: 'Beslut', exact: true })).toHaveValue(
		'LSS Kontaktperson Bifall'
	);
	await utkast.first().click();
	await expect(page.getByLabel('Antal timmar', { exact: true })).toHaveValue('10.30');
	await expect(page.getByLabel('Gäller t.o.m.', { exact: true })).toHaveValue('2026-04-30');
	await utkast.last().click();
	await page.getByLabel('Gäller fr.o.m.', { exact: true }).fill('2025-05-01');
	await page.getByLabel('Beslutsfattare', { exact: true }).selectOption('Nyström, Peter');
	await sparaIVerktygsfalt(page);
	await expect(fattadeBeslut(page).getByRole('row')).toHaveCount(3);

	// The beställning: typed, reloaded, still there, and the saved beslut with it
	await nod(page, 'LSS Ledsagarservice Bifall 250422').dblclick();
	await page.getByRole('tab', { name: 'Beställning', exact: true }).click();
	await page.getByLabel('Utförare', { exact: true }).selectOption('Lss, Rekryteringshandläggare');
	await page.getByRole('tab', { name: 'Beställningstext', exact: true }).click();
	await page.getByRole('textbox', { name: 'Beställningstext' }).fill('Konserter på kvällar.');

	await ladda(page);
	await expect(nod(page, 'LSS Ledsagarservice Bifall 250422')).toBeVisible();
	await expect(nod(page, 'LSS Kontaktperson Bifall 250421')).toBeVisible();
	await page.getByRole('tab', { name: 'Beställningstext', exact: true }).click();
	await expect(page.getByRole('textbox', { name: 'Beställningstext' })).toHaveValue(
		'Konserter på kvällar.'
	);
	await page.getByRole('tab', { name: 'Beställning', exact: true }).last().click();
	await expect(page.getByLabel('Utförare', { exact: true })).toHaveValue(
		'Lss, Rekryteringshandläggare'
	);
	await expect(page.getByLabel('Beställd kvantitet', { exact: true })).toHaveValue('10.30');
	await page.getByRole('tab', { name: 'Beslut', exact: true }).click();
	await expect(
		page.getByRole('heading', { name: 'LSS Ledsagarservice Bifall 250422' })
	).toBeVisible();
});

test('omladdning mitt i en ny textdel behåller texten', async ({ page }) => {
	const trad = await larsDokumentation(page);
	await trad.getByRole('treeitem', { name: 'Anteckningar', exact: true }).dblclick();
	const text = page.getByRole('textbox', { name: 'Ny textdel' });
	await text.fill('Hembesöket flyttades till torsdag.');
	await ladda(page);
	await expect(page.getByRole('textbox', { name: 'Ny textdel' })).toHaveValue(
		'Hembesöket flyttades till torsdag.'
	);
});
