/**
 * Sections 9 and 10 in the browser: Mina sidor's beställning menus (Filter, Gå till
 * verkställighet (lov), Gå till beställning) by mouse and keyboard, the boxes Filter, Ta in
 * beställning and Ta bort beställning?, Kopiera beställning, each scanned by axe (WCAG 2.1 A/AA);
 * the refusal of removing a confirmed beställning, as Procapita refuses it; and the old
 * beställning's end date after a copy is sent (R3).
 */
import type { Page } from '@playwright/test';
import {
	axe,
	expect,
	forvantaKund,
	gaTillSov,
	rubriktrad,
	scenario,
	sok,
	startaOvning,
	test
} from './fixtures';

const BEKRAFTA = scenario('bekrafta-personlig-assistans-eget-val');
const AVBROTT = scenario('avbrott-ledsagarservice');

const lista = (page: Page, namn: string) => page.getByRole('listbox', { name: namn });

test('Filter, Gå till verkställighet (lov) och Ta in beställning med tangentbordet, skannade av axe', async ({
	page
}) => {
	await startaOvning(page, BEKRAFTA.title);
	const inkomna = page.getByRole('region', { name: 'Inkomna beställningar' });
	await expect(lista(page, 'Inkomna beställningar').getByRole('option')).toHaveCount(2);

	// the list's own menu from the keyboard: the list has focus, no row is selected
	await lista(page, 'Inkomna beställningar').focus();
	await page.keyboard.press('Shift+F10');
	const meny = page.getByRole('menu');
	await expect(meny.getByRole('menuitem')).toHaveText(['Filter']);
	await axe(page, 'Mina sidor med listans meny');
	await page.keyboard.press('Enter');

	const filter = page.getByRole('dialog', { name: 'Filter' });
	await expect(filter).toBeVisible();
	await axe(page, 'Rutan Filter');
	await filter.getByLabel('Utförare', { exact: true }).selectOption('Lss, Eget Val');
	await filter.getByRole('button', { name: 'OK', exact: true }).click();
	await expect(filter).toBeHidden();
	await expect(inkomna.getByText('Filter: Lss, Eget Val')).toBeVisible();
	await expect(lista(page, 'Inkomna beställningar').getByRole('option')).toHaveCount(1);

	// a row's menu: arrow to the row, then the ContextMenu key
	await lista(page, 'Inkomna beställningar').focus();
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ContextMenu');
	await expect(meny.getByRole('menuitem')).toHaveText([
		'Gå till verkställighet (lov)',
		'Gå till beställning',
		'Filter'
	]);
	await axe(page, 'Mina sidor med beställningens meny');
	await page.keyboard.press('Enter');

	const taIn = page.getByRole('dialog', { name: 'Ta in beställning' });
	await expect(taIn.getByLabel('Insatskategori', { exact: true })).toHaveValue('Personlig ass LSS');
	await expect(taIn.getByLabel('Utförare', { exact: true })).toHaveValue('Lss, Eget Val');
	await expect(taIn.getByRole('button', { name: 'Organisation', exact: true })).toHaveText(
		/LSS Myndighet/
	);
	await axe(page, 'Rutan Ta in beställning');
	await taIn.getByRole('button', { name: 'OK', exact: true }).click();

	// no verkställighet Personlig ass LSS was opened first: the screen says so (C2 is graded)
	const vy = page.getByRole('region', { name: /^Ingen öppen verkställighet Personlig ass LSS/ });
	await expect(vy).toBeVisible();
	await axe(page, 'Ta in beställning: verkställigheten att spara');
	await vy.getByRole('toolbar').getByRole('button', { name: 'Spara', exact: true }).click();
	await expect(
		page.getByRole('status').filter({ hasText: 'Beställningen är bekräftad.' })
	).toBeVisible();

	// it leaves Beställningar – ej bekräftade and stays an inkommen beställning
	await page.getByRole('tab', { name: 'Mina sidor' }).click();
	await expect(
		lista(page, 'Beställningar – ej bekräftade').getByRole('option', { name: /Ekberg, Sofia/ })
	).toHaveCount(0);
	await expect(
		lista(page, 'Inkomna beställningar').getByRole('option', { name: /Ekberg, Sofia/ })
	).toHaveCount(1);
});

/** Opens Emil's ledsagarservice beställning from the rubrikträd. */
async function oppnaBestallning(page: Page): Promise<void> {
	await startaOvning(page, AVBROTT.title);
	await gaTillSov(page);
	await sok(page, '910627-2397', '19');
	await forvantaKund(page, 'Sjöberg, Emil', '19910627-2397');
	await rubriktrad(page)
		.getByRole('treeitem', { name: 'Beställning 250110 – Lss, Rekryteringshandläggare' })
		.dblclick();
	await expect(page.getByText('Beställningen är skickad och bekräftad')).toBeVisible();
}

test('Ta bort på en bekräftad beställning nekas med skälet, som Procapita nekar', async ({
	page
}) => {
	await oppnaBestallning(page);
	await page
		.getByRole('toolbar', { name: 'Verktygsfält' })
		.getByRole('button', { name: 'Ta bort', exact: true })
		.click();
	const fraga = page.getByRole('dialog', { name: 'Ta bort beställning?' });
	await expect(fraga).toBeVisible();
	await axe(page, 'Rutan Ta bort beställning?');
	await fraga.getByRole('button', { name: 'Ja', exact: true }).click();
	await expect(
		page.getByRole('tabpanel', { name: 'Beställning' }).first().getByRole('alert')
	).toHaveText(
		'Beställningen är bekräftad och kan inte tas bort. Bara en beställning som inte har blivit bekräftad kan tas bort.'
	);
	await expect(
		rubriktrad(page).getByRole('treeitem', {
			name: 'Beställning 250110 – Lss, Rekryteringshandläggare'
		})
	).toBeVisible();
});

test('Kopiera beställning: kopian utan datum, och den gamla slutar dagen före den nya (R3)', async ({
	page
}) => {
	await oppnaBestallning(page);
	await page.getByRole('button', { name: 'Kopiera beställning', exact: true }).click();
	const panel = page.getByRole('tabpanel', { name: 'Beställning' }).first();
	for (const falt of [
		'Beställt datum',
		'Beställningen gäller fr.o.m.',
		'Beställningen gäller t.o.m.'
	])
		await expect(panel.getByLabel(falt, { exact: true })).toHaveValue('');
	await expect(panel.getByLabel('Beslutsfattare/beställare', { exact: true })).toHaveValue(
		'Berg, Sara'
	);
	await expect(
		panel.getByRole('button', { name: 'Organisation Beslutsfattare/beställare', exact: true })
	).toHaveText(/LSS Rekrytering/);
	await axe(page, 'Kopierad beställning');

	await panel.getByLabel('Beställt datum', { exact: true }).fill('2025-05-13');
	await panel.getByLabel('Beställningen gäller fr.o.m.', { exact: true }).fill('2025-05-13');
	await page
		.getByRole('toolbar', { name: 'Verktygsfält' })
		.getByRole('button', { name: 'Spara', exact: true })
		.click();
	await expect(
		page.getByRole('status').filter({ hasText: 'Beställningen är skickad till utföraren.' })
	).toBeVisible();

	await rubriktrad(page)
		.getByRole('treeitem', { name: 'Beställning 250110 – Lss, Rekryteringshandläggare' })
		.dblclick();
	await expect(panel.getByLabel('Beställningen gäller t.o.m.', { exact: true })).toHaveValue(
		'2025-05-12'
	);
	await expect(
		rubriktrad(page).getByRole('treeitem', {
			name: 'Beställning 250513 – Lss, Rekryteringshandläggare'
		})
	).toBeVisible();
});
