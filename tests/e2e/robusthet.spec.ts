/**
 * What must hold whatever the trainee does: a reload loses nothing, the search explains itself,
 * the century matters, Tillbaka remembers, an exported attempt grades the same outside the
 * browser, an impossible date is refused, and a hostile brief runs nothing.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { renderaBriefVidBygge } from '../../src/lib/content/brief-bygg';
import { grade } from '../../src/lib/domain/grading/motor';
import { handelserUr, lasForsok } from '../../src/lib/schemas/forsok';
import {
	aktualisera,
	aktualiseringsvy,
	expect,
	forvantaKund,
	gaTillSov,
	inledUtredning,
	lamnaIn,
	menyval,
	rubriktrad,
	scenario,
	sok,
	sokKir,
	sparaIVerktygsfalt,
	startaOvning,
	test,
	valjOrganisation,
	ladda
} from './fixtures';

const LEDSAGAR = scenario('ledsagarservice-ny-kund');
const PAGAENDE = scenario('ansokan-pagaende-utredning');
const OMPROVNING = scenario('omprovning-daglig-verksamhet');

async function oppnaAnders(page: Page): Promise<void> {
	await startaOvning(page, OMPROVNING.title);
	await gaTillSov(page);
	await sok(page, '790407-9295', '19');
	await forvantaKund(page, 'Lund, Anders', '19790407-9295');
}

test('omladdning mitt i Aktualisering och efter Inled utredning tappar inget', async ({ page }) => {
	await oppnaAnders(page);
	await menyval(page, 'LSS utredning o verkställighet', 'Aktualisering');
	const vy = aktualiseringsvy(page);
	await vy.getByLabel('Typ av aktualisering').selectOption('LSS Omprövning');
	await vy.getByLabel('Från vem').selectOption('Egna myndigheten (VON)');
	await vy.getByLabel('Datum', { exact: true }).pressSequentially('2025-03');

	await ladda(page);
	await expect(aktualiseringsvy(page).getByLabel('Typ av aktualisering')).toHaveValue(
		'LSS Omprövning'
	);
	await expect(aktualiseringsvy(page).getByLabel('Från vem')).toHaveValue('Egna myndigheten (VON)');
	await expect(aktualiseringsvy(page).getByLabel('Datum', { exact: true })).toHaveValue('2025-03');

	const datum = aktualiseringsvy(page).getByLabel('Datum', { exact: true });
	await datum.focus();
	await page.keyboard.press('End');
	await datum.pressSequentially('-10');
	await expect(datum).toHaveValue('2025-03-10');
	await aktualiseringsvy(page).getByLabel('Ansvarig handläggare').selectOption('Åkesson, Maria');
	await valjOrganisation(page, 'LSS Myndighet');
	await sparaIVerktygsfalt(page);
	await expect(page.getByRole('table', { name: 'Sparade aktualiseringar' })).toContainText(
		'LSS Omprövning'
	);
	await inledUtredning(page, {
		inledningsdatum: '2025-03-10',
		typ: 'LSS Utredning',
		organisation: 'LSS Myndighet'
	});

	await ladda(page);
	const ny = rubriktrad(page).getByRole('treeitem', { name: 'LSS Utredning 250310- (pågående)' });
	await expect(ny).toBeVisible();
	// the utredning lists the aktualisering taken in, as a list that opens it by double-click
	const akt = page
		.getByRole('region', { name: 'LSS Utredning 250310-' })
		.getByRole('listbox', { name: 'Aktualiseringar' })
		.getByRole('option');
	await expect(akt).toHaveCount(1);
	await expect(akt).toContainText('LSS Omprövning');
	await expect(akt).toContainText('2025-03-10');
});

test('omladdning med Spara i personregister öppen behåller rutan och det skrivna', async ({
	page
}) => {
	await startaOvning(page, LEDSAGAR.title);
	await gaTillSov(page);
	await sok(page, '801116-9235', '19');
	const kir = await sokKir(page);
	await kir.getByRole('button', { name: 'Ny', exact: true }).click();
	const reg = page.getByRole('dialog', { name: 'Spara i personregister' });
	await reg.getByLabel('Efternamn').fill('Dahlberg');
	await reg.getByLabel('Civilstånd').selectOption('Ogift');

	await ladda(page);
	const igen = page.getByRole('dialog', { name: 'Spara i personregister' });
	await expect(igen).toBeVisible();
	await expect(igen.getByLabel('Personnummer')).toHaveValue('198011169235');
	await expect(igen.getByLabel('Efternamn')).toHaveValue('Dahlberg');
	await expect(igen.getByLabel('Civilstånd')).toHaveValue('Ogift');
});

test('sökrutan: okänd form förklaras, århundradet avgör, Tillbaka minns kunderna', async ({
	page
}) => {
	await startaOvning(page, PAGAENDE.title);
	await gaTillSov(page);

	await sok(page, 'alva*ek', '20');
	const fel = page.getByRole('search', { name: 'Kundsökning' }).getByRole('alert');
	await expect(fel).toContainText('010101*');
	await expect(fel).toContainText('*förnamn');
	await expect(fel).toContainText('efternamn*');
	await expect(page.getByLabel('Sök kund')).toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByRole('dialog', { name: 'Sökresultat' })).toBeHidden();

	// S2: the same six digits in the wrong century do not find Alva (born 2010)
	await sok(page, '100705*', '19');
	const traffar = page.getByRole('dialog', { name: 'Sökresultat' });
	await expect(traffar).toBeVisible();
	await expect(fel).toBeEmpty();
	await expect(traffar.getByRole('option', { name: /Ek, Alva/ })).toHaveCount(0);
	await traffar.getByRole('button', { name: 'Avbryt', exact: true }).click();
	await sok(page, '100705*', '20');
	await forvantaKund(page, 'Ek, Alva', '20100705-2382');

	// Another customer from a list (S3: select, then OK), then Tillbaka lists both, newest first
	await sok(page, 'ek*', '19');
	const annan = traffar.getByRole('option').filter({ hasNotText: 'Ek, Alva' }).first();
	const annanPnr = /\d{8}-\d{4}/.exec((await annan.textContent()) ?? '')?.[0] ?? '';
	expect(annanPnr).not.toBe('');
	await annan.click();
	await traffar.getByRole('button', { name: 'OK', exact: true }).click();
	await expect(page.getByRole('heading', { level: 2, name: new RegExp(annanPnr) })).toBeVisible();

	await page.getByRole('button', { name: 'Tillbaka', exact: true }).click();
	const senaste = page.getByRole('dialog', { name: 'Senaste kunder' });
	const rader = senaste.getByRole('listbox', { name: 'Senaste kunder' }).getByRole('option');
	await expect(rader).toHaveCount(2);
	await expect(rader.nth(0)).toContainText(annanPnr);
	await expect(rader.nth(1)).toContainText('Ek, Alva');
	// S4: select, then Enter
	await rader.nth(1).click();
	await page.keyboard.press('Enter');
	await expect(senaste).toBeHidden();
	await forvantaKund(page, 'Ek, Alva', '20100705-2382');
});

test('ett omöjligt datum vägras med ett meddelande om Datum', async ({ page }) => {
	await oppnaAnders(page);
	await menyval(page, 'LSS utredning o verkställighet', 'Aktualisering');
	const vy = aktualiseringsvy(page);
	await vy.getByLabel('Typ av aktualisering').selectOption('LSS Omprövning');
	await vy.getByLabel('Datum', { exact: true }).fill('2023-02-30');
	await vy.getByLabel('Från vem').selectOption('Egna myndigheten (VON)');
	await vy.getByLabel('Ansvarig handläggare').selectOption('Åkesson, Maria');
	await sparaIVerktygsfalt(page);
	await expect(vy.getByRole('alert')).toContainText('Datum: 2023-02-30 är inget giltigt datum');
	await expect(page.getByRole('table', { name: 'Sparade aktualiseringar' })).toBeHidden();
	await expect(page.getByRole('tab', { name: 'Inled utredning' })).toBeHidden();
});

test('Exportera försök ger en fil som rättaren läser och rättar som rapporten', async ({
	page
}) => {
	await startaOvning(page, PAGAENDE.title);
	await gaTillSov(page);
	await sok(page, '20100705-2382', '20');
	await forvantaKund(page, 'Ek, Alva', '20100705-2382');
	await menyval(page, 'LSS utredning o verkställighet', 'Aktualisering');
	await aktualisera(page, [
		{
			typ: 'LSS Avlösarservice',
			datum: '2025-03-06',
			franVem: 'Vårdnadshavare',
			ansvarig: 'Holm, Johan',
			organisation: 'LSS Myndighet'
		}
	]);
	await lamnaIn(page);

	const [nedladdning] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Exportera försök', exact: true }).click()
	]);
	expect(nedladdning.suggestedFilename()).toMatch(/^forsok-ansokan-pagaende-utredning-.*\.json$/);
	const text = readFileSync(await nedladdning.path(), 'utf8');
	const forsok = lasForsok(text, nedladdning.suggestedFilename());
	expect(forsok.scenarioId).toBe(PAGAENDE.id);
	expect(forsok.inlamnad).toBeTruthy();

	const rapport = grade(PAGAENDE, handelserUr(forsok));
	await expect(page.getByRole('heading', { name: /^(Godkänt|Inte godkänt)$/ })).toHaveText(
		rapport.godkand ? 'Godkänt' : 'Inte godkänt'
	);
	await expect(
		page.getByText(`Poäng: ${rapport.poang} av ${rapport.maxPoang}.`, { exact: false })
	).toBeVisible();
	const antalFel = rapport.fynd.filter((f) => f.status === 'fel').length;
	await expect(
		page.getByRole('listitem').filter({ has: page.getByText('Fel', { exact: true }) })
	).toHaveCount(antalFel);
	// This attempt is the A1 mistake: the report and the file agree it is one
	expect(rapport.fynd.some((f) => f.regelId === 'A1' && f.status === 'fel')).toBe(true);
});

test('en fientlig brief körs inte: bygget saniterar den (DOMPurify över jsdom)', async ({
	page
}) => {
	const fientlig = readFileSync(
		fileURLToPath(new URL('../../src/lib/content/fixtures/brief/fientlig.md', import.meta.url)),
		'utf8'
	);
	// The scenario reaches the runner compiled, its brief already safe HTML, in a lazy chunk of
	// its own; serve the hostile brief in its place, as the build renders and sanitises it, so
	// a real browser shows what a trainer's hostile Markdown would become.
	const kompilerat = { scenario: LEDSAGAR, briefHtml: renderaBriefVidBygge(fientlig) };
	let utbytt = false;
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		const svar = await route.fetch();
		const kropp = await svar.text();
		if (kropp.includes('briefHtml') && /\bid:\s*[`"']ledsagarservice-ny-kund/.test(kropp)) {
			utbytt = true;
			await route.fulfill({
				response: svar,
				body: `export default ${JSON.stringify(kompilerat)};`
			});
		} else {
			await route.fulfill({ response: svar, body: kropp });
		}
	});

	await startaOvning(page, LEDSAGAR.title);
	expect(utbytt).toBe(true);
	const brief = page.getByRole('complementary', { name: 'Uppdrag' });
	await expect(brief.getByText('Vanlig text som ska synas')).toBeVisible();

	// The <img src="x"> stays, without its onerror, and did fail to load: the attack was live.
	const bild = brief.getByRole('img');
	await expect(bild).toHaveAttribute('src', 'x');
	await expect
		.poll(() => bild.evaluate((e: HTMLImageElement) => e.complete && e.naturalWidth === 0))
		.toBe(true);

	for (const t of ['Klicka här', 'Också farlig', 'Rå HTML-länk', 'Klicka inte här'])
		await brief.getByText(t, { exact: true }).click();
	expect(await page.evaluate(() => (window as { __briefXss?: unknown }).__briefXss)).toBe(
		undefined
	);

	const dom = await brief.evaluate((el) => ({
		farliga: el.querySelectorAll('script, iframe, object, embed').length,
		onAttribut: [...el.querySelectorAll('*')].flatMap((e) =>
			[...e.attributes].filter((a) => a.name.toLowerCase().startsWith('on')).map((a) => a.name)
		),
		jsLankar: [...el.querySelectorAll('[href]')]
			.map((e) => e.getAttribute('href') ?? '')
			.filter((h) => /^\s*javascript:/i.test(h))
	}));
	expect(dom).toEqual({ farliga: 0, onAttribut: [], jsLankar: [] });

	for (const namn of ['Rå extern länk', 'Helsingborgs stad']) {
		const lank = brief.getByRole('link', { name: namn });
		await expect(lank).toHaveAttribute('href', 'https://www.helsingborg.se/');
		await expect(lank).toHaveAttribute('rel', 'noopener noreferrer');
	}
});

test('Organisation tom: Spara vägras, felet står vid fältet och går bort när enheten väljs; fokus går till Inled utredning', async ({
	page
}) => {
	await oppnaAnders(page);
	await menyval(page, 'LSS utredning o verkställighet', 'Aktualisering');
	const vy = aktualiseringsvy(page);
	const org = vy.getByRole('button', { name: 'Organisation', exact: true });
	for (const falt of ['Typ av aktualisering', 'Från vem', 'Ansvarig handläggare'])
		await expect(vy.getByLabel(falt, { exact: true })).toHaveAttribute('required', '');
	await expect(vy.getByLabel('Datum', { exact: true })).toHaveAttribute('required', '');
	await vy.getByLabel('Typ av aktualisering').selectOption('LSS Omprövning');
	await vy.getByLabel('Datum', { exact: true }).fill('2025-03-10');
	await vy.getByLabel('Från vem').selectOption('Egna myndigheten (VON)');
	await vy.getByLabel('Ansvarig handläggare').selectOption('Åkesson, Maria');
	await sparaIVerktygsfalt(page);

	const fel = vy.getByRole('alert');
	await expect(fel).toHaveText('Organisation måste väljas.');
	await expect(org).toHaveAccessibleDescription('Välj… Organisation måste väljas.');
	await expect(page.getByRole('table', { name: 'Sparade aktualiseringar' })).toHaveCount(0);
	await expect(page.getByRole('tab', { name: 'Inled utredning' })).toHaveCount(0);

	await valjOrganisation(page, 'LSS Myndighet');
	await expect(fel).toHaveCount(0);
	await sparaIVerktygsfalt(page);
	await expect(page.getByRole('status')).toHaveText('Aktualiseringen är sparad.');
	await expect(page.getByRole('tab', { name: 'Inled utredning' })).toBeFocused();

	// A field emptied on Inled utredning: refused by that field, named, with aria-invalid
	await page.getByRole('tab', { name: 'Inled utredning' }).click();
	const inled = page.getByRole('region', { name: 'Inled utredning' });
	await inled.getByLabel('Typ av utredning').selectOption('LSS Utredning');
	await sparaIVerktygsfalt(page);
	await expect(inled.getByRole('alert')).toHaveText('Organisation måste väljas.');
	await inled.getByLabel('Ansvarig handläggare').selectOption('');
	// changing the form takes the refusal away: it no longer says what is wrong
	await expect(inled.getByRole('alert')).toHaveCount(0);
	await sparaIVerktygsfalt(page);
	const ansvarig = inled.getByLabel('Ansvarig handläggare');
	await expect(ansvarig).toHaveAttribute('aria-invalid', 'true');
	await expect(ansvarig).toHaveAccessibleDescription('Ansvarig handläggare måste väljas.');
	await ansvarig.selectOption('Åkesson, Maria');
	await valjOrganisation(page, 'LSS Myndighet');
	await sparaIVerktygsfalt(page);
	await expect(page.getByRole('status')).toHaveText('Utredningen är inledd.');
	await expect(page.getByRole('heading', { name: /^LSS Utredning 250310-/ })).toBeFocused();
	// the confirmation belongs to that screen: on another one it is gone
	await menyval(page, 'Personuppgifter', 'Kontaktuppgifter');
	await expect(page.getByRole('status')).toHaveText('');
});
