import { test, expect } from '@playwright/test';
test('probe', async ({ page }) => {
	page.on('console', (m) => console.log('console', m.type(), m.text()));
	page.on('pageerror', (e) => console.log('pageerror', e.message));
	const t0 = Date.now();
	await page.goto('/');
	await page.getByRole('button', { name: 'Starta: Ny ansökan om ledsagarservice från en person som inte finns i registret' }).click();
	await expect(page.getByRole('tab', { name: 'Social och vård dokumentation' })).toBeVisible({ timeout: 30000 });
	console.log('mock ready', Date.now() - t0);
	await page.getByRole('tab', { name: 'Social och vård dokumentation' }).click();
	await page.getByLabel('Sök kund').fill('801116-9235');
	await page.getByRole('button', { name: 'Sök', exact: true }).click();
	const d = page.getByRole('dialog', { name: 'Sökresultat' });
	await expect(d).toBeVisible();
	console.log('search', Date.now() - t0);
});
