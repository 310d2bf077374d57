/**
 * WCAG 2.1 AA for the screens of rules.md sections 5–8: an axe scan of every new screen and
 * dialog (Beslut, Beställning, Insatser, Mina sidor with beställningar, Verkställighet and its
 * boxes, Dokumentation and Bedömning), each reached the way a trainee reaches it and in the
 * state that makes it show all it has (two drafts, a sent beställning, a felmarkerad note).
 */
import type { Locator, Page } from '@playwright/test';
import {
	axe,
	expect,
	forvantaKund,
	gaTillSov,
	rubriktrad,
	scenario,
	sok,
	sparaIVerktygsfalt,
	startaOvning,
	test,
	valjOrganisation
} from './fixtures';

const LEDSAGAR = scenario('ledsagarservice-bifall');
const FORSTA = scenario('forsta-bifall-lss-insatser');
const DOK = scenario('dokumentation-felaktig-anteckning');
const DAGLIG = scenario('daglig-verksamhet-bedomning');

/** A row of the customer's rubrikträd. */
function nod(page: Page, namn: string | RegExp): Locator {
	return rubriktrad(page).getByRole('treeitem', { name: namn, exact: typeof namn === 'string' });
}

/** Right-click a tree row and pick a menu entry (the names may be patterns: dates vary). */
async function hogerklicka(page: Page, rad: Locator, val: string): Promise<void> {
	await rad.click({ button: 'right' });
	const meny = page.getByRole('menu');
	await expect(meny).toBeVisible();
	await meny.getByRole('menuitem', { name: val, exact: true }).click();
	await expect(meny).toBeHidden();
}

/** Starts the scenario and opens its customer in Social och vård dokumentation. */
async function oppnaKund(
	page: Page,
	titel: string,
	sokning: string,
	arhundrade: '19' | '20',
	namn: string,
	pnr: string
): Promise<void> {
	await startaOvning(page, titel);
	await gaTillSov(page);
	await sok(page, sokning, arhundrade);
	await forvantaKund(page, namn, pnr);
}

interface BeslutFalt {
	kategori: string;
	beslut: string;
	datum: string;
	fran: string;
	till?: string;
	fattare: string;
	timmar?: string;
}

/** Fills the draft shown in the Beslut tab. */
async function fyllBeslut(page: Page, b: BeslutFalt): Promise<void> {
	await page.getByLabel('Insatskategori', { exact: true }).selectOption(b.kategori);
	await page.getByRole('combobox', { name: 'Beslut', exact: true }).selectOption(b.beslut);
	await page.getByLabel('Beslutsdatum', { exact: true }).fill(b.datum);
	await page.getByLabel('Gäller fr.o.m.', { exact: true }).fill(b.fran);
	if (b.till) await page.getByLabel('Gäller t.o.m.', { exact: true }).fill(b.till);
	await page.getByLabel('Beslutsfattare', { exact: true }).selectOption(b.fattare);
	if (b.timmar) await page.getByLabel('Antal timmar', { exact: true }).fill(b.timmar);
}

const LEDSAGAR_BESLUT: BeslutFalt = {
	kategori: 'Rekrytering LSS-insatser',
	beslut: 'LSS Ledsagarservice Bifall',
	datum: '2025-04-22',
	fran: '2025-05-01',
	till: '2026-04-30',
	fattare: 'Nyström, Peter',
	timmar: '10.00'
};

test('Utredning, Beslut med ett och två utkast, sparat beslut, Beställning, Insatser, Beställningstext, skickad beställning och Mina sidor', async ({
	page
}) => {
	await oppnaKund(page, LEDSAGAR.title, '960504-2390', '19', 'Forsberg, Emil', '19960504-2390');
	await nod(page, /^LSS Utredning 250324-/).dblclick();
	await expect(page.getByRole('region', { name: 'LSS Utredning 250324-' })).toBeVisible();
	await axe(page, 'Utredning, fliken Utredning');

	await page.getByRole('tab', { name: 'Beslut', exact: true }).click();
	await expect(page.getByLabel('Beslutsdatum', { exact: true })).toBeVisible();
	await axe(page, 'Utredning, fliken Beslut med ett utkast');

	await fyllBeslut(page, LEDSAGAR_BESLUT);
	await valjOrganisation(page, 'LSS Myndighet');
	await page.getByRole('checkbox', { name: 'Utredning avslutas' }).uncheck();
	await page
		.getByRole('toolbar', { name: 'Verktygsfält' })
		.getByRole('button', { name: 'Ny', exact: true })
		.click();
	const utkast = page.getByRole('listbox', { name: 'Beslut att spara' });
	await expect(utkast.getByRole('option')).toHaveCount(2);
	await axe(page, 'Utredning, fliken Beslut med två utkast');

	await fyllBeslut(page, {
		...LEDSAGAR_BESLUT,
		kategori: 'Rekrytering LSS-insatser',
		beslut: 'LSS Kontaktperson Bifall',
		timmar: undefined
	});
	await sparaIVerktygsfalt(page);
	await expect(page.getByRole('table', { name: 'Fattade beslut' }).getByRole('row')).toHaveCount(3);
	await axe(page, 'Utredning, fliken Beslut med fattade beslut');

	await nod(page, 'LSS Ledsagarservice Bifall 250422').dblclick();
	await expect(page.getByRole('tab', { name: 'Beställning', exact: true })).toBeVisible();
	await expect(
		page.getByRole('heading', { name: 'LSS Ledsagarservice Bifall 250422' })
	).toBeVisible();
	await axe(page, 'Sparat beslut, fliken Beslut');

	await page.getByRole('tab', { name: 'Beställning', exact: true }).click();
	await expect(page.getByLabel('Utförare', { exact: true })).toBeVisible();
	await axe(page, 'Sparat beslut, fliken Beställning');

	await page
		.getByRole('combobox', { name: 'Beslut', exact: true })
		.selectOption({ label: 'LSS Ledsagarservice Bifall 250422' });
	await page.getByLabel('Insatskategori', { exact: true }).selectOption('Rekrytering LSS-insatser');
	await page.getByLabel('Utförare', { exact: true }).selectOption('Lss, Rekryteringshandläggare');
	await page.getByRole('button', { name: 'Insatser', exact: true }).click();
	const insatser = page.getByRole('dialog', { name: 'Insatser' });
	await insatser
		.getByRole('tree', { name: 'Insatsträd' })
		.getByRole('treeitem', { name: 'Ledsagarservice', exact: true })
		.click();
	await insatser.getByRole('button', { name: 'Pila över', exact: true }).click();
	await expect(
		insatser.getByRole('listbox', { name: 'Valda insatser' }).getByRole('option')
	).toHaveText(['Ledsagarservice']);
	await axe(page, 'Insatser');
	await insatser.getByRole('button', { name: 'OK', exact: true }).click();
	await expect(insatser).toBeHidden();
	await page.getByLabel('Beställt datum', { exact: true }).fill('2025-04-22');

	await page.getByRole('tab', { name: 'Beställningstext', exact: true }).click();
	await page.getByRole('textbox', { name: 'Beställningstext' }).fill('Emil vill gå på konserter.');
	await axe(page, 'Beställningstext');

	await sparaIVerktygsfalt(page);
	await expect(page.getByText('Beställningen är skickad', { exact: true })).toBeVisible();
	await axe(page, 'Skickad beställning, Beställningstext');
	await page.getByRole('tab', { name: 'Beställning', exact: true }).last().click();
	await expect(page.getByLabel('Utförare', { exact: true })).toHaveValue(
		'Lss, Rekryteringshandläggare'
	);
	await expect(page.getByLabel('Utförare', { exact: true })).toHaveAttribute('readonly');
	await axe(page, 'Skickad beställning (skrivskyddad)');

	await page.getByRole('tab', { name: 'Mina sidor' }).click();
	for (const lista of ['Beställningar – ej bekräftade', 'Inkomna beställningar'])
		await expect(
			page.getByRole('listbox', { name: lista }).getByRole('option', { name: /Forsberg, Emil/ })
		).toBeVisible();
	await axe(page, 'Mina sidor med beställningar');
});

test('Skapa ny verkställighet med Organisation öppen, osparad och sparad verkställighet, Avsluta verkställighet och Byte av utförare/organisation', async ({
	page
}) => {
	await oppnaKund(page, FORSTA.title, '920128-2382', '19', 'Hedlund, Ida', '19920128-2382');
	// From the utredning, so the work area holds the case screens (see the test below)
	await nod(page, /^LSS Utredning 250210-/).dblclick();
	await hogerklicka(page, nod(page, 'LSS utredning o verkställighet'), 'Verkställighet (lov)');
	const skapa = page.getByRole('dialog', { name: 'Skapa ny verkställighet' });
	await expect(skapa).toBeVisible();
	await axe(page, 'Skapa ny verkställighet');

	await skapa.getByLabel('Insatskategori', { exact: true }).selectOption('LSS Insatser');
	await skapa.getByLabel('Utförare', { exact: true }).selectOption('LSS-handläggare 3');
	await skapa.getByRole('button', { name: 'Organisation', exact: true }).click();
	await expect(page.getByRole('tree', { name: 'Organisationsträd' })).toBeVisible();
	await axe(page, 'Skapa ny verkställighet, Organisation öppen');
	await page.keyboard.press('Escape');
	await expect(page.getByRole('tree', { name: 'Organisationsträd' })).toBeHidden();
	await expect(skapa).toBeVisible();
	await valjOrganisation(page, 'LSS Myndighet');
	await skapa.getByLabel('Gäller fr.o.m.', { exact: true }).fill('2025-05-01');
	await skapa.getByRole('button', { name: 'OK', exact: true }).click();
	await expect(skapa).toBeHidden();

	await expect(page.getByText('Verkställigheten är inte sparad. Klicka på Spara.')).toBeVisible();
	await axe(page, 'Verkställighet, inte sparad');
	await sparaIVerktygsfalt(page);
	await expect(page.getByText('Verkställigheten är sparad.', { exact: true })).toBeVisible();
	await expect(page.getByLabel('Status', { exact: true })).toHaveValue('Pågående');
	await axe(page, 'Verkställighet, sparad');

	await page.getByRole('button', { name: 'Avsluta verkställighet', exact: true }).click();
	const avsluta = page.getByRole('dialog', { name: 'Avsluta verkställighet' });
	await expect(avsluta.getByLabel('Avslutsdatum')).toBeVisible();
	await axe(page, 'Avsluta verkställighet, öppen verkställighet');
	await avsluta.getByLabel('Avslutsdatum').fill('2025-05-31');
	await avsluta.getByLabel('Avslutsorsak').selectOption('Beslutet har upphört');
	await avsluta.getByRole('button', { name: 'OK', exact: true }).click();
	await expect(avsluta).toBeHidden();
	await expect(page.getByLabel('Status', { exact: true })).toHaveValue('Avslutad');

	await page.getByRole('button', { name: 'Avsluta verkställighet', exact: true }).click();
	await expect(
		avsluta.getByRole('checkbox', { name: 'Öppna avslutad verkställighet' })
	).toBeVisible();
	await axe(page, 'Avsluta verkställighet, avslutad verkställighet');
	await avsluta.getByRole('button', { name: 'Avbryt', exact: true }).click();
	await expect(avsluta).toBeHidden();

	await page
		.getByRole('toolbar', { name: 'Verktygsfält' })
		.getByRole('button', { name: 'Byte av utförare/organisation', exact: true })
		.click();
	const byt = page.getByRole('dialog', { name: 'Byte av utförare/organisation' });
	await expect(byt.getByLabel('Utförare', { exact: true })).toHaveValue('LSS-handläggare 3');
	await axe(page, 'Byte av utförare/organisation');
	await byt.getByRole('button', { name: 'Avbryt', exact: true }).click();
	await expect(byt).toBeHidden();
});

test('Dokumentation: trädet, Ny textdel, Hjälpfrastexter, Frastexter, signerad och felmarkerad anteckning, frågorna och Visa hela', async ({
	page
}) => {
	await oppnaKund(page, DOK.title, '640823-3234', '19', 'Ekström, Lars', '19640823-3234');
	await hogerklicka(page, nod(page, /^LSS Utredning 250303-/), 'Dokumentation');
	const trad = page.getByRole('tree', { name: 'Rubrikträd för dokumentation' });
	await expect(trad).toBeVisible();
	await trad.getByRole('treeitem', { name: 'Utredningsjournal', exact: true }).dblclick();
	await trad.getByRole('treeitem', { name: 'Utredningsdokument', exact: true }).dblclick();
	await expect(trad.getByRole('treeitem', { name: 'Nuvarande situation' })).toBeVisible();
	await axe(page, 'Dokumentation, trädet öppet');

	await trad.getByRole('treeitem', { name: 'Anteckningar', exact: true }).dblclick();
	await expect(page.getByLabel('Ny textdel', { exact: true })).toBeFocused();
	await axe(page, 'Dokumentation, Ny textdel i Utredningsjournal');

	await trad.getByRole('treeitem', { name: 'Ansökan', exact: true }).dblclick();
	await page
		.getByRole('toolbar', { name: 'Verktygsfält' })
		.getByRole('button', { name: 'Hjälpfrastexter', exact: true })
		.click();
	await expect(page.getByRole('region', { name: 'Hjälpfrastext' })).toContainText(
		'Ange vad som söks'
	);
	await axe(page, 'Dokumentation, Hjälpfrastexter visas');

	await page
		.getByLabel('Frastexter', { exact: true })
		.selectOption('Ansökan har inkommit skriftligt.');
	await expect(page.getByLabel('Ny textdel', { exact: true })).toHaveValue(
		'Ansökan har inkommit skriftligt.'
	);
	await axe(page, 'Dokumentation, Frastexter');

	// The scenario's note from the start is signed: its textdel is the locked one
	const gammal = trad.getByRole('treeitem', { name: /^250314 Hembesök/ });
	await gammal.click();
	await expect(page.getByText('Signerad: texten är låst och kan inte ändras.')).toBeVisible();
	await axe(page, 'Dokumentation, signerad anteckning');

	await gammal.click({ button: 'right' });
	await page.getByRole('menuitem', { name: 'Felmarkera', exact: true }).click();
	const felmarkera = page.getByRole('dialog', { name: 'Felmarkera' });
	await expect(felmarkera).toContainText('Vill du felmarkera anteckningen?');
	await axe(page, 'Felmarkera, frågan');
	await felmarkera.getByRole('button', { name: 'Ja', exact: true }).click();
	await expect(gammal).toHaveAccessibleDescription(/Felmarkerad/);
	await gammal.click();
	await expect(page.getByRole('region', { name: 'Läsvy' })).toContainText('Felmarkerad');
	await axe(page, 'Dokumentation, felmarkerad anteckning');

	await hogerklicka(
		page,
		trad.getByRole('treeitem', { name: 'Utredningsdokument', exact: true }),
		'Kopiera alla texter i trädet'
	);
	const kopiera = page.getByRole('dialog', { name: 'Kopiera texter' });
	await expect(kopiera).toContainText('Vill du kopiera händelsedatum och tid?');
	await axe(page, 'Kopiera alla texter i trädet, frågan');
	await kopiera.getByRole('button', { name: 'Nej', exact: true }).click();
	await expect(kopiera).toBeHidden();

	await page
		.getByRole('toolbar', { name: 'Verktygsfält' })
		.getByRole('button', { name: 'Visa hela', exact: true })
		.click();
	const hela = page.getByRole('dialog', { name: /^Hela texten – / });
	await expect(hela.getByRole('region', { name: 'Hela texten' })).toContainText('Hembesök');
	await axe(page, 'Visa hela');
});

test('dokumentationen i utförarens verkställighet är skrivskyddad', async ({ page }) => {
	await oppnaKund(page, LEDSAGAR.title, '960504-2390', '19', 'Forsberg, Emil', '19960504-2390');
	await hogerklicka(
		page,
		nod(page, /^Daglig verksamhet LSS 160801- – Lss, Resursförmedling/),
		'Dokumentation'
	);
	await expect(
		page.getByText('Du kan läsa men inte skriva i utförarens verkställighet.')
	).toBeVisible();
	await axe(page, 'Dokumentation i utförarens verkställighet');
	const trad = page.getByRole('tree', { name: 'Rubrikträd för dokumentation' });
	await trad.getByRole('treeitem', { name: 'Genomförande', exact: true }).dblclick();
	await expect(page.getByLabel('Ny textdel', { exact: true })).toHaveAttribute('readonly');
	await axe(page, 'Textdel i utförarens verkställighet (skrivskyddad)');
});

test('Bedömning under en utredning med daglig verksamhet', async ({ page }) => {
	await oppnaKund(page, DAGLIG.title, '000819-2395', '20', 'Berglund, Elias', '20000819-2395');
	await nod(page, /^LSS Utredning 250203-/).dblclick();
	await page.getByRole('tab', { name: 'Beslut', exact: true }).click();
	await fyllBeslut(page, {
		kategori: 'Daglig verksamhet LSS',
		beslut: 'LSS Daglig verksamhet Bifall',
		datum: '2025-04-23',
		fran: '2025-05-05',
		fattare: 'Åkesson, Maria'
	});
	await sparaIVerktygsfalt(page);
	await expect(page.getByText('Beslutet är sparat.', { exact: true })).toBeVisible();
	await hogerklicka(page, nod(page, 'Bedömning'), 'Bedömning');
	await expect(page.getByRole('region', { name: 'Bedömning' })).toBeVisible();
	await page.getByLabel('Metod/Instrument').selectOption({ index: 1 });
	await axe(page, 'Bedömning');
});

test('Verkställighet (lov) direkt efter att kunden öppnats visar Skapa ny verkställighet', async ({
	page
}) => {
	await oppnaKund(page, FORSTA.title, '920128-2382', '19', 'Hedlund, Ida', '19920128-2382');
	await hogerklicka(page, nod(page, 'LSS utredning o verkställighet'), 'Verkställighet (lov)');
	await expect(page.getByRole('dialog', { name: 'Skapa ny verkställighet' })).toBeVisible();
});
