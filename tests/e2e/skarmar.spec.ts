/**
 * What the screens show that no grader reads, reached by playing a facit part of the way: the
 * KIR box without a hit, the menus and the organisationsträd by keyboard and by the
 * Högerklicksmeny button, the Fattade beslut table, and the utförare's lists on Mina sidor.
 * The facit walks (facit.spec.ts) grade what is saved; these look at the screens in between.
 */
import type { Page } from '@playwright/test';
import { spelaFacit } from './facit/gang';
import {
	aktualisera,
	expect,
	inledUtredning,
	menyval,
	sparaIVerktygsfalt,
	test,
	type AktFalt
} from './fixtures';
import { bestallningarPaMinaSidor, forvantaFelmarkeradKvar } from './skarm';

test('KIR utan träff: rutan säger det, OK går inte att välja, och Ny tar med personnumret', async ({
	page
}) => {
	await spelaFacit(page, 'ledsagarservice-ny-kund', 'sok-kir');
	const kir = page.getByRole('dialog', { name: 'KIR' });
	await expect(kir).toContainText('Personen finns inte i KIR.');
	await expect(kir.getByRole('button', { name: 'OK', exact: true })).toBeDisabled();
	await kir.getByRole('button', { name: 'Ny', exact: true }).click();
	await expect(
		page.getByRole('dialog', { name: 'Spara i personregister' }).getByLabel('Personnummer')
	).toHaveValue('198011169235');
});

const LEDSAGAR: AktFalt = {
	typ: 'LSS Ledsagarservice',
	datum: '2025-03-03',
	franVem: 'Den enskilde',
	ansvarig: 'Lindgren, Amira',
	organisation: 'LSS Myndighet'
};

test('högerklicksmenyn med Shift+F10 och Organisation med piltangenterna och Enter', async ({
	page
}) => {
	const s = await spelaFacit(page, 'ledsagarservice-ny-kund', 'person');
	await page
		.getByRole('dialog', { name: 'Spara i personregister' })
		.getByRole('button', { name: 'Spara', exact: true })
		.click();
	await page.getByRole('button', { name: 'Sök', exact: true }).click();
	await menyval(page, 'LSS utredning o verkställighet', 'Aktualisering', 'tangent');
	await aktualisera(page, [{ ...LEDSAGAR, orgSatt: 'tangent' }]);
	await inledUtredning(page, {
		inledningsdatum: '2025-03-03',
		typ: s.forvantat.utredning?.typ ?? 'LSS Utredning',
		organisation: 'LSS Myndighet',
		orgSatt: 'minus'
	});
});

test('högerklicksmenyn med knappen Högerklicksmeny, för den som inte kan högerklicka', async ({
	page
}) => {
	await spelaFacit(page, 'ledsagarservice-ny-kund', 'person');
	await page
		.getByRole('dialog', { name: 'Spara i personregister' })
		.getByRole('button', { name: 'Spara', exact: true })
		.click();
	await page.getByRole('button', { name: 'Sök', exact: true }).click();
	await menyval(page, 'LSS utredning o verkställighet', 'Aktualisering', 'knapp');
	await expect(page.getByRole('region', { name: 'Aktualisering', exact: true })).toBeVisible();
});

test('Fattade beslut visar varje besluts Nivå och Utredning avslutas; Mina sidor visar den skickade beställningen', async ({
	page
}) => {
	await spelaFacit(page, 'korttidsvistelse-i-stodfamilj');
	await page.getByRole('tab', { name: 'Social och vård dokumentation' }).click();
	const tabell = page.getByRole('table', { name: 'Fattade beslut' });
	await page
		.getByRole('tree', { name: 'Rubrikträd' })
		.getByRole('treeitem', { name: /^LSS Utredning 250220-/ })
		.dblclick();
	await page
		.getByRole('tablist', { name: 'Utredning', exact: true })
		.getByRole('tab', { name: 'Beslut', exact: true })
		.click();
	for (const [beslut, avslutas] of [
		['LSS Korttidsvistelse Bifall', 'Nej'],
		['LSS Stödfamilj Bifall', 'Ja']
	]) {
		const celler = tabell.getByRole('row').filter({ hasText: beslut }).getByRole('cell');
		await expect(celler.nth(7)).toHaveText('2');
		await expect(celler.nth(9)).toHaveText(avslutas);
	}
	const rader = await bestallningarPaMinaSidor(page, 'Inkomna beställningar');
	await expect(rader).toHaveCount(1);
	await expect(rader.first()).toContainText('Stödfamilj 2');
	await expect(rader.first()).toContainText('Lss, Rekryteringshandläggare');
});

test('KIR-träffen med OK: Spara i personregister har KIR:s uppgifter, bara Nyckelkod är tom', async ({
	page
}) => {
	await spelaFacit(page, 'korttid-tva-insatser-kir', 'kir-ok');
	const reg = page.getByRole('dialog', { name: 'Spara i personregister' });
	await expect(reg.getByLabel('Efternamn')).toHaveValue('Falk');
	await expect(reg.getByLabel('Nyckelkod')).toHaveValue('');
});

test('KIR visar personen med adressen KIR har (S5:s OBS: inte folkbokförd här)', async ({
	page
}) => {
	await spelaFacit(page, 'kir-obs-annan-kommun', 'ny', false);
	await expect(
		page
			.getByRole('dialog', { name: 'KIR' })
			.getByRole('listbox', { name: 'Träffar i KIR' })
			.getByRole('option', { name: /Holmqvist, Sanna/ })
	).toContainText('Södra Storgatan 18');
});

test('rubrikträdet: en pågående utredning heter (pågående), en avslutad har sitt slutdatum', async ({
	page
}) => {
	await spelaFacit(page, 'ansokan-pagaende-utredning', 'aktualisering', false);
	const trad = page.getByRole('tree', { name: 'Rubrikträd' });
	await expect(
		trad.getByRole('treeitem', { name: 'LSS Utredning 250210- (pågående)', exact: true })
	).toBeVisible();
	await expect(
		trad.getByRole('treeitem', { name: 'LSS Utredning 230417-230605', exact: true })
	).toBeVisible();
});

test('en felmarkerad anteckning står kvar, märkt Felmarkerad med rött kryss och låst (D5)', async ({
	page
}) => {
	await spelaFacit(page, 'dokumentation-felaktig-anteckning', 'felmarkera-ja');
	await forvantaFelmarkeradKvar(page, '250314 Hembesök 2025-03-12', 'Hembesök 2025-03-12 hos Lars');
});

test('högerklick på ett sparat bifallsbeslut → Beställning öppnar fliken Beställning (O5)', async ({
	page
}) => {
	await spelaFacit(page, 'ledsagarservice-bifall', 'beslut-spara');
	await menyval(page, 'LSS Ledsagarservice Bifall 250422', 'Beställning');
	const flik = page
		.getByRole('tablist', { name: 'Beslutsklubba' })
		.getByRole('tab', { name: 'Beställning', exact: true });
	await expect(flik).toHaveAttribute('aria-selected', 'true');
	await expect(
		page
			.getByRole('tabpanel', { name: 'Beställning' })
			.first()
			.getByLabel('Utförare', { exact: true })
	).toBeVisible();
});

test('organisationsträdet: Enter på C1 VON fäller ihop och ut i stället för att välja, och en bokstav flyttar till nästa enhet som börjar på den', async ({
	page
}) => {
	await spelaFacit(page, 'ledsagarservice-ny-kund', 'aktualisering');
	const knapp = page.getByRole('button', { name: 'Organisation', exact: true });
	await knapp.click();
	const trad = page.getByRole('tree', { name: 'Organisationsträd' });
	const von = trad.getByRole('treeitem', { name: 'C1 VON', exact: true });
	await expect(von).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(von).toHaveAttribute('aria-expanded', 'false');
	await expect(trad).toBeVisible();
	await page.keyboard.press('Enter');
	await expect(von).toHaveAttribute('aria-expanded', 'true');
	await page.keyboard.press('v');
	await expect(trad.getByRole('treeitem', { name: 'Väst', exact: true })).toBeFocused();
	await page.keyboard.press('Home');
	await page.keyboard.press('n');
	await expect(trad.getByRole('treeitem', { name: 'Nord', exact: true })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(trad).toBeHidden();
	await expect(knapp).toHaveAccessibleDescription('Nord');
});

test('rubrikträdet kan göras bredare med avdelaren, med piltangenterna och genom att dra', async ({
	page
}) => {
	await spelaFacit(page, 'ansokan-pagaende-utredning', 'aktualisering', false);
	const delare = page.getByRole('separator', { name: 'Rubrikträd' });
	const fore = Number(await delare.getAttribute('aria-valuenow'));
	const yta = page.getByRole('tree', { name: 'Rubrikträd' });
	const bredd = async () => (await yta.boundingBox())!.width;
	const b0 = await bredd();
	await delare.focus();
	await page.keyboard.press('ArrowRight');
	await expect(delare).toHaveAttribute('aria-valuenow', String(fore + 16));
	await expect.poll(bredd).toBeGreaterThan(b0);
	await page.keyboard.press('Home');
	await expect(delare).toHaveAttribute('aria-valuenow', '180');
	const r = (await delare.boundingBox())!;
	await page.mouse.move(r.x + r.width / 2, r.y + 20);
	await page.mouse.down();
	await page.mouse.move(r.x + r.width / 2 + 100, r.y + 20, { steps: 4 });
	await page.mouse.up();
	await expect(delare).toHaveAttribute('aria-valuenow', '280');
});

test('efter ett sparat bifallsbeslut har utredningen fliken Beställning, med fokus, och den öppnar beställningen (O5)', async ({
	page
}) => {
	await spelaFacit(page, 'ledsagarservice-bifall', 'beslut-spara');
	const flik = page
		.getByRole('tablist', { name: 'Utredning', exact: true })
		.getByRole('tab', { name: 'Beställning', exact: true });
	await expect(flik).toBeFocused();
	await flik.click();
	await expect(
		page
			.getByRole('tablist', { name: 'Beslutsklubba' })
			.getByRole('tab', { name: 'Beställning', exact: true })
	).toHaveAttribute('aria-selected', 'true');
	await expect(
		page
			.getByRole('tabpanel', { name: 'Beställning' })
			.first()
			.getByLabel('Utförare', { exact: true })
	).toBeVisible();
});

test('Beslut: ett nej och ett Sparat står bara tills formuläret ändras eller man går till en annan skärm', async ({
	page
}) => {
	await spelaFacit(page, 'ledsagarservice-bifall', 'beslut');
	const panel = page.getByRole('tabpanel', { name: 'Beslut' }).first();
	// the status line under the search (first: the hours field has a live hint of its own)
	const status = page.getByRole('status').first();
	const beslut = panel.getByLabel('Beslut', { exact: true });
	await beslut.selectOption('');
	await sparaIVerktygsfalt(page);
	await expect(panel.getByRole('alert')).toHaveText('Beslut måste väljas.');
	// the form changed: the refusal no longer says what is wrong
	await beslut.selectOption('LSS Ledsagarservice Bifall');
	await expect(panel.getByRole('alert')).toHaveCount(0);

	// a refusal goes with a move to another screen, and does not come back with the return
	await beslut.selectOption('');
	await sparaIVerktygsfalt(page);
	await expect(panel.getByRole('alert')).toHaveText('Beslut måste väljas.');
	const flikar = page.getByRole('tablist', { name: 'Utredning', exact: true });
	await flikar.getByRole('tab', { name: 'Utredning', exact: true }).click();
	await expect(page.getByRole('heading', { name: /^LSS Utredning 250324-/ })).toBeVisible();
	await flikar.getByRole('tab', { name: 'Beslut', exact: true }).click();
	await expect(beslut).toBeVisible();
	await expect(panel.getByRole('alert')).toHaveCount(0);

	await beslut.selectOption('LSS Ledsagarservice Bifall');
	await sparaIVerktygsfalt(page);
	await expect(status).toHaveText('Beslutet är sparat.');
	// the next beslut's form typed in: the confirmation was about the one saved
	await panel
		.getByLabel('Insatskategori', { exact: true })
		.selectOption('Rekrytering LSS-insatser');
	await expect(status).toHaveText('');
});

test('Beställning: ett nej och Skickad står bara tills formuläret ändras eller man går till en annan flik', async ({
	page
}) => {
	await spelaFacit(page, 'ledsagarservice-bifall', 'bestallning');
	// the status line under the search (first: the hours field has a live hint of its own)
	const status = page.getByRole('status').first();
	const panel = page.getByRole('tabpanel', { name: 'Beställning' }).first();
	const utforare = panel.getByLabel('Utförare', { exact: true });
	await utforare.selectOption('');
	await sparaIVerktygsfalt(page);
	await expect(panel.getByRole('alert')).toHaveText('Utförare måste väljas.');
	await utforare.selectOption('Lss, Rekryteringshandläggare');
	await expect(panel.getByRole('alert')).toHaveCount(0);

	await utforare.selectOption('');
	await sparaIVerktygsfalt(page);
	await expect(panel.getByRole('alert')).toHaveText('Utförare måste väljas.');
	const flikar = page.getByRole('tablist', { name: 'Beslutsklubba' });
	await flikar.getByRole('tab', { name: 'Beslut', exact: true }).click();
	await expect(
		page.getByRole('heading', { name: 'LSS Ledsagarservice Bifall 250422' })
	).toBeVisible();
	await flikar.getByRole('tab', { name: 'Beställning', exact: true }).click();
	await expect(utforare).toBeVisible();
	await expect(panel.getByRole('alert')).toHaveCount(0);

	await utforare.selectOption('Lss, Rekryteringshandläggare');
	await sparaIVerktygsfalt(page);
	await expect(status).toHaveText('Beställningen är skickad till utföraren.');
	await flikar.getByRole('tab', { name: 'Beslut', exact: true }).click();
	await expect(status).toHaveText('');
});

/**
 * Right-clicks a tree item and checks its menu holds exactly `namn`, in order (none: no menu
 * opens), then closes it with Escape.
 */
async function forvantaMeny(page: Page, trad: string, nod: string | RegExp, namn: string[]) {
	const item = page
		.getByRole('tree', { name: trad, exact: true })
		.getByRole('treeitem', typeof nod === 'string' ? { name: nod, exact: true } : { name: nod })
		.first();
	await item.click({ button: 'right' });
	const meny = page.getByRole('menu');
	if (!namn.length) {
		await expect(meny, String(nod)).toHaveCount(0);
		return;
	}
	await expect(meny.getByRole('menuitem'), String(nod)).toHaveText(namn);
	await page.keyboard.press('Escape');
	await expect(meny).toBeHidden();
}

test('högerklick på varje slags nod ger de val manualen nämner för den (rubrikträdet och dokumentationens träd)', async ({
	page
}) => {
	await spelaFacit(page, 'daglig-verksamhet-bedomning');
	await page.getByRole('tab', { name: 'Social och vård dokumentation' }).click();
	const r = 'Rubrikträd';
	await forvantaMeny(page, r, 'Personuppgifter', ['Person', 'Hushåll', 'Kontaktuppgifter']);
	await forvantaMeny(page, r, 'LSS utredning o verkställighet', [
		'Aktualisering',
		// L1: "Högerklicka på LSS utredning o verkställighet och välj direkt Inled utredning"
		'Inled utredning',
		'Verkställighet (lov)'
	]);
	await forvantaMeny(page, r, 'Utredningar', []);
	await forvantaMeny(page, r, 'Verkställigheter', []);
	// closed by its beslut (slutdatum) though bold: no new aktualisering in it (A1, the domain)
	await forvantaMeny(page, r, /^LSS Utredning 250203-250423/, ['Öppna Utredning', 'Dokumentation']);
	await forvantaMeny(page, r, /^LSS Daglig verksamhet Bifall/, ['Beställning']);
	await forvantaMeny(page, r, /^Beställning \d{6}/, []);
	await forvantaMeny(page, r, 'Bedömning', ['Bedömning']);
	await forvantaMeny(page, r, /^LSS Insatser /, ['Dokumentation']);

	// the utredning's documentation: Utredningsdokument (D3, D7); the journal has none (D1)
	await menyval(page, 'LSS Utredning 250203-250423 (pågående)', 'Dokumentation');
	const d = 'Rubrikträd för dokumentation';
	await forvantaMeny(page, d, 'Utredningsdokument', [
		'Öppna trädet',
		'Kopiera alla texter i trädet',
		'Klistra in alla kopierade texter i trädet'
	]);
	await forvantaMeny(page, d, 'Utredningsjournal', []);
});

test('högerklick på en pågående utredning ger Aktualisering, på en avslutad inte (A1)', async ({
	page
}) => {
	await spelaFacit(page, 'ansokan-pagaende-utredning', 'aktualisering', false);
	await forvantaMeny(page, 'Rubrikträd', 'LSS Utredning 250210- (pågående)', [
		'Aktualisering',
		'Öppna Utredning',
		'Dokumentation'
	]);
	await forvantaMeny(page, 'Rubrikträd', 'LSS Utredning 230417-230605', [
		'Öppna Utredning',
		'Dokumentation'
	]);
});
