/**
 * Bevakningar (rules.md section 12) on the screens: a Bevakningsdatum in the past refused with
 * the manual's words and the box left open to correct it, the camera at each place with that
 * place's Bevakning typ av, the camera under the beslut only once a bevakning is tied to it,
 * and axe scans of the bevakning box, Inställningar and the list on Mina sidor.
 */
import type { Page } from '@playwright/test';
import { spelaFacit } from './facit/gang';
import { axe, expect, menyval, test } from './fixtures';

const box = (page: Page) => page.getByRole('dialog', { name: 'Bevakning' });

async function typer(page: Page): Promise<string[]> {
	const opts = await box(page)
		.getByLabel('Bevakning typ av', { exact: true })
		.locator('option')
		.allTextContents();
	return opts.filter((t) => t !== 'Välj…');
}

test('ett Bevakningsdatum bakåt i tiden nekas med manualens ord, och rutan står kvar', async ({
	page
}) => {
	// the beslut is open and the camera clicked: the box is empty, Status Ej påbörjad by itself
	await spelaFacit(page, 'bevakning-beslut-upphor', 'bevakning', false);
	const ruta = box(page);
	await expect(ruta.getByLabel('Status', { exact: true })).toHaveValue('Ej påbörjad');
	await ruta.getByLabel('Bevakningsdatum', { exact: true }).fill('2025-06-01');
	await ruta.getByLabel('Bevakning typ av', { exact: true }).selectOption('LSS Beslut upphör');
	await ruta.getByLabel('Bevakas av', { exact: true }).selectOption('LSS-handläggare 5');
	await ruta.getByLabel('Text', { exact: true }).fill('Beslutet upphör 30/9.');
	await ruta.getByRole('button', { name: 'OK', exact: true }).click();
	await expect(ruta.getByRole('alert')).toHaveText(
		'Bevakningsdatum 2025-06-01 ligger bakåt i tiden (idag är 2025-06-02). OBS: datum bakåt i tiden inte kan användas.'
	);
	await axe(page, 'Bevakning med ett nekat datum');
	// today is allowed (rules.md reading 22)
	await ruta.getByLabel('Bevakningsdatum', { exact: true }).fill('2025-06-02');
	await ruta.getByRole('button', { name: 'OK', exact: true }).click();
	await expect(ruta).toBeHidden();
	await expect(
		page.getByRole('status').filter({ hasText: 'Bevakningen är sparad.' })
	).toBeVisible();
});

test('kameran under beslutet syns först när en bevakning är kopplad till beslutet', async ({
	page
}) => {
	await spelaFacit(page, 'bevakning-beslut-upphor', 'bevakning', false);
	await box(page).getByRole('button', { name: 'Avbryt', exact: true }).click();
	const under = page.getByRole('group', { name: 'Bevakningar på beslutet' });
	await expect(
		page.getByRole('heading', { name: 'LSS Kontaktperson Bifall 241001' })
	).toBeVisible();
	await expect(under).toHaveCount(0);
	await expect(
		await (async () => {
			await page
				.getByRole('toolbar', { name: 'Verktygsfält' })
				.getByRole('button', { name: 'Kamera' })
				.click();
			return typer(page);
		})()
	).toEqual([
		'LSS Följ upp beslut/verks',
		'LSS Beslut upphör',
		'Rapportera till IVO',
		'LSS Omprövning',
		'LSS Övrigt'
	]);
	const ruta = box(page);
	await ruta.getByLabel('Bevakningsdatum', { exact: true }).fill('2025-08-29');
	await ruta.getByLabel('Bevakning typ av', { exact: true }).selectOption('LSS Beslut upphör');
	await ruta.getByLabel('Bevakas av', { exact: true }).selectOption('LSS-handläggare 5');
	await ruta.getByRole('button', { name: 'OK', exact: true }).click();
	await expect(ruta).toBeHidden();
	await under.getByRole('button', { name: 'Kamera', exact: true }).click();
	const kopplade = ruta.getByRole('listbox', { name: 'Bevakningar kopplade hit' });
	await expect(kopplade.getByRole('option')).toHaveCount(1);
	await axe(page, 'Bevakning med bevakningar kopplade till beslutet');
	// opened by double-click: the box shows the saved bevakning to change
	await kopplade.getByRole('option').dblclick();
	await expect(ruta.getByLabel('Bevakningsdatum', { exact: true })).toHaveValue('2025-08-29');
	await expect(ruta.getByLabel('Bevakning typ av', { exact: true })).toHaveValue(
		'LSS Beslut upphör'
	);
});

test('kameran i Personuppgifter och i en verkställighet, med platsens Bevakning typ av', async ({
	page
}) => {
	await spelaFacit(page, 'bevakning-beslut-upphor', 'bevakning', false);
	await box(page).getByRole('button', { name: 'Avbryt', exact: true }).click();
	const trad = page.getByRole('tree', { name: 'Rubrikträd' });
	await menyval(page, 'Personuppgifter', 'Person');
	await expect(page.getByRole('tab', { name: 'Person', exact: true })).toHaveAttribute(
		'aria-selected',
		'true'
	);
	await page
		.getByRole('toolbar', { name: 'Verktygsfält' })
		.getByRole('button', { name: 'Kamera' })
		.click();
	expect(await typer(page)).toEqual(['Rapportera till IVO', 'LSS Kontakt med kund', 'LSS Övrigt']);
	await axe(page, 'Bevakning från Personuppgifter');
	const ruta = box(page);
	await ruta.getByLabel('Bevakningsdatum', { exact: true }).fill('2025-06-10');
	await ruta.getByLabel('Bevakning typ av', { exact: true }).selectOption('LSS Kontakt med kund');
	await ruta.getByLabel('Bevakas av', { exact: true }).selectOption('Systemförvaltningen');
	await ruta.getByLabel('Text', { exact: true }).fill('Ny adress enligt kunden.');
	await ruta.getByRole('button', { name: 'OK', exact: true }).click();
	await expect(ruta).toBeHidden();

	await trad.getByRole('treeitem', { name: /^LSS Insatser 241001/ }).dblclick();
	await page
		.getByRole('toolbar', { name: 'Verktygsfält' })
		.getByRole('button', { name: 'Kamera' })
		.click();
	expect(await typer(page)).toEqual([
		'LSS Följ upp beslut/verks',
		'Rapportera till IVO',
		'LSS Övrigt'
	]);
});

test('Mina sidor: Bevakningar, Inställningar och bevakningens uppgifter, med tangentbordet', async ({
	page
}) => {
	await spelaFacit(page, 'hantera-bevakning', 'klar', false);
	await axe(page, 'Bevakning öppnad från listan');
	await box(page).getByRole('button', { name: 'Avbryt', exact: true }).click();
	const lista = page.getByRole('listbox', { name: 'Bevakningar' });
	// only your own slot's, due today: not the colleague's, not later ones
	await expect(lista.getByRole('option')).toHaveCount(1);
	await expect(lista.getByRole('option')).toContainText('Pågår');
	await axe(page, 'Mina sidor med Bevakningar');

	await page.getByRole('button', { name: 'Inställningar', exact: true }).click();
	const inst = page.getByRole('dialog', { name: 'Inställningar' });
	await expect(inst.getByLabel('LSS-handläggare', { exact: true })).toHaveValue(
		'LSS-handläggare 8'
	);
	await axe(page, 'Inställningar');
	await inst.getByLabel('LSS-handläggare', { exact: true }).selectOption('LSS-handläggare 2');
	await inst.getByRole('button', { name: 'OK', exact: true }).click();
	await expect(page.getByText('Bevakas av: LSS-handläggare 2')).toBeVisible();
	await expect(lista.getByRole('option')).toContainText('Kollegans bevakning');

	// the keyboard: the list takes focus, the ContextMenu key opens the menu
	await lista.focus();
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('Shift+F10');
	await page.getByRole('menuitem', { name: 'Visa bevakningens uppgifter' }).press('Enter');
	await expect(box(page).getByLabel('Text', { exact: true })).toHaveValue(
		'Kollegans bevakning, inte din.'
	);
});

test('Bevakningar på Mina sidor öppnas med Enter på texten', async ({ page }) => {
	await spelaFacit(page, 'hantera-bevakning', 'klar', false);
	await box(page).getByRole('button', { name: 'Avbryt', exact: true }).click();
	await page.reload();
	const knapp = page.getByRole('button', { name: 'Bevakningar', exact: true });
	await knapp.focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('listbox', { name: 'Bevakningar' })).toBeVisible();
});

test('en bevakning som inte hanterats tas bort ur rutan, efter frågan Ta bort bevakning?', async ({
	page
}) => {
	// Avsluta ärenden (E1): the facit up to the camera under the beslut with two bevakningar
	await spelaFacit(page, 'avsluta-arende-flytt', 'bev-oppna', false);
	const ruta = box(page);
	const kopplade = ruta.getByRole('listbox', { name: 'Bevakningar kopplade hit' });
	await expect(kopplade.getByRole('option')).toHaveCount(2);
	// a new one being filled in has nothing to remove
	await expect(ruta.getByRole('button', { name: 'Ta bort', exact: true })).toHaveCount(0);
	await kopplade.getByRole('option', { name: /2025-09-30/ }).dblclick();
	await ruta.getByRole('button', { name: 'Ta bort', exact: true }).click();
	const fraga = page.getByRole('dialog', { name: 'Ta bort bevakning?' });
	await expect(fraga).toBeVisible();
	await axe(page, 'Ta bort bevakning?');
	// Nej keeps it, and the box with it
	await fraga.getByRole('button', { name: 'Nej', exact: true }).click();
	await expect(fraga).toBeHidden();
	await expect(ruta.getByLabel('Bevakningsdatum', { exact: true })).toHaveValue('2025-09-30');
	await ruta.getByRole('button', { name: 'Ta bort', exact: true }).click();
	await fraga.getByRole('button', { name: 'Ja', exact: true }).click();
	await expect(ruta).toBeHidden();
	await expect(
		page.getByRole('status').filter({ hasText: 'Bevakningen är borttagen.' })
	).toBeVisible();
	// the Klar one is still tied to the beslut, the removed one is gone
	await page
		.getByRole('group', { name: 'Bevakningar på beslutet' })
		.getByRole('button', { name: 'Kamera', exact: true })
		.click();
	await expect(kopplade.getByRole('option')).toHaveCount(1);
	await expect(kopplade.getByRole('option', { name: /2024-10-01/ })).toBeVisible();
});
