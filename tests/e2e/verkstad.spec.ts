/**
 * Scenarioverkstad (issue 9, parts 1 and 4): a trainer on a clean browser writes a scenario in
 * the editor, sees a schema error at its line with the check's own message, fixes it, sees the
 * brief's preview, runs Kontrollera and opens the scenario with Prova, by keyboard too.
 */
import type { Page } from '@playwright/test';
import { axe, expect, test } from './fixtures';

const ID = 'mitt-scenario';
const VERSIONSFEL = `scenarios/${ID}/index.md: version: ska vara ett tal, men är texten "ett"`;

/** The line of index.md that holds `text`, in the editor. */
const rad = (page: Page, text: string) =>
	page.locator('#panel-index-md .cm-line').filter({ hasText: text });

test('en utbildare skriver ett scenario, ser felet på raden, kontrollerar och provar det', async ({
	page
}) => {
	await page.goto('/');
	await page.getByRole('link', { name: 'Scenarioverkstad', exact: true }).click();
	await expect(page.getByRole('heading', { name: 'Scenarioverkstad', level: 1 })).toBeVisible();
	await page.getByRole('textbox', { name: 'Id (mappnamn)' }).fill('Mitt scenario');
	await page.getByRole('button', { name: 'Nytt scenario', exact: true }).click();
	await expect(page.getByRole('alert')).toContainText('a–z, 0–9 och bindestreck');
	await page.getByRole('textbox', { name: 'Id (mappnamn)' }).fill(ID);
	await page.getByRole('button', { name: 'Nytt scenario', exact: true }).click();

	const problem = page.getByRole('region', { name: 'Problem' });
	await expect(problem.getByRole('status')).toHaveText('Inga problem.');
	const index = page.getByRole('textbox', { name: 'Innehåll i index.md' });
	await expect(index).toContainText('version: 1');

	// A schema error, typed: underlined on its line, listed with the check's own words
	await rad(page, 'version: 1').click();
	await page.keyboard.press('End');
	await page.keyboard.press('Backspace');
	await page.keyboard.type('ett');
	await expect(problem.getByRole('button', { name: VERSIONSFEL })).toBeVisible();
	await expect(rad(page, 'version: ett').locator('.cm-lintRange-error')).toHaveText('ett');
	await expect(page.locator('#panel-index-md .cm-lintRange-error')).toHaveCount(1);

	// The list's item moves the cursor there; the fix clears it
	await index.press('Control+End');
	await problem.getByRole('button', { name: VERSIONSFEL }).click();
	await expect(index).toBeFocused();
	await page.keyboard.press('Shift+End');
	await page.keyboard.type('1');
	await expect(problem.getByRole('status')).toHaveText('Inga problem.');

	// Completions from the catalogs, where a value is written
	await rad(page, 'regelverk: [registrering]').click();
	await page.keyboard.press('End');
	await page.keyboard.press('ArrowLeft');
	await page.keyboard.type(', verk');
	await expect(page.getByRole('option', { name: 'verkstallighet' })).toBeVisible();
	await page.keyboard.press('Escape');
	for (let i = 0; i < ', verk'.length; i++) await page.keyboard.press('Backspace');

	// The brief's preview, as the runner shows it
	await index.press('Control+End');
	await page.keyboard.type('\n## Ansökan om ledsagarservice');
	const forhand = page.getByRole('region', { name: 'Förhandsvisning av briefen' });
	await expect(forhand.getByRole('heading', { name: 'Ansökan om ledsagarservice' })).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: 'Allt är sparat' })).toBeVisible();

	// Keyboard alone: Tab reaches the editor from its tab, and leaves it again
	await page.getByRole('tab', { name: 'index.md' }).focus();
	await page.keyboard.press('Tab');
	await expect(index).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(index).not.toBeFocused();
	// the editor's shadow host (and so nothing inside it) is not where focus went
	expect(await page.evaluate(() => !!document.activeElement?.closest('.kod'))).toBe(false);
	await page.keyboard.press('Shift+Tab');
	await expect(index).toBeFocused();

	await axe(page, 'Scenarioverkstad, redigeraren');

	// A reload loses nothing typed
	await page.reload();
	await expect(forhand.getByRole('heading', { name: 'Ansökan om ledsagarservice' })).toBeVisible();

	await page.getByRole('button', { name: 'Kontrollera', exact: true }).click();
	const svar = page.getByRole('region', { name: 'Kontrollera och prova' }).getByRole('status');
	await expect(svar).toContainText('Kontrollen hittade inga problem.');
	await expect(svar).toContainText('Inte inspelade, så inte prövade: pass-facit.');
	await expect(page.getByRole('button', { name: 'Prova i Guidad' })).toBeDisabled();

	await page.getByRole('button', { name: 'Prova i Öva', exact: true }).click();
	await expect(page.getByRole('tab', { name: 'Mina sidor' })).toHaveAttribute(
		'aria-selected',
		'true'
	);
	await expect(page.getByRole('heading', { name: 'Ansökan om ledsagarservice' })).toBeVisible();
});
