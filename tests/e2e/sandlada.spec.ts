/**
 * Sandlåda: the mock of Procapita over the world register with no exercise. Nothing to grade or
 * hand in; what the trainee does is kept (a reload, a visit to the start page) until Börja om,
 * which empties it after a question. The start page lists none of it.
 */
import { axe, expect, gaTillSov, sok, test } from './fixtures';

test('sandlådan har personregistret men ingen övning, sparas, och Börja om tömmer den', async ({
	page
}) => {
	await page.goto('/');
	await page.getByRole('link', { name: 'Sandlåda', exact: true }).click();
	const minaSidor = page.getByRole('tab', { name: 'Mina sidor' });
	await expect(minaSidor).toHaveAttribute('aria-selected', 'true');
	await expect(page.getByRole('heading', { level: 1, name: 'Sandlåda' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Lämna in' })).toHaveCount(0);
	await expect(page.getByRole('heading', { name: 'Uppdrag' })).toHaveCount(0);
	await axe(page, 'Sandlådan');

	// a customer of the world register, searched and opened
	await gaTillSov(page);
	await sok(page, 'ek*', '19');
	const traffar = page.getByRole('dialog', { name: 'Sökresultat' });
	const forsta = traffar.getByRole('option').first();
	const namn = (await forsta.textContent())?.match(/^[^,]+, [^\d]+?(?=\d)/)?.[0] ?? '';
	expect(namn).not.toBe('');
	await forsta.click();
	await traffar.getByRole('button', { name: 'OK', exact: true }).click();
	const kund = page.getByRole('heading', { level: 2, name: new RegExp(`^${namn}`) });
	await expect(kund).toBeVisible();

	// kept: a reload, and the start page in between, which lists nothing of the sandbox
	await page.reload();
	await expect(kund).toBeVisible();
	await page.getByRole('link', { name: 'LSS-övning', exact: true }).click();
	await expect(page.getByRole('region', { name: 'Vem övar?' })).toBeVisible();
	await expect(page.getByRole('region', { name: 'Påbörjade försök' })).toHaveCount(0);
	await expect(
		page.getByRole('region', { name: 'Kapitel: Aktualisera och inleda utredning' })
	).toContainText('0 av');
	await page.getByRole('link', { name: 'Sandlåda', exact: true }).click();
	await expect(kund).toBeVisible();

	await page.getByRole('button', { name: 'Börja om', exact: true }).click();
	const fraga = page.getByRole('dialog', { name: 'Börja om' });
	await expect(fraga).toContainText('Allt du gjort i sandlådan tas bort');
	await axe(page, 'Frågan Börja om i sandlådan');
	await fraga.getByRole('button', { name: 'Nej', exact: true }).click();
	await expect(kund).toBeVisible();
	await page.getByRole('button', { name: 'Börja om', exact: true }).click();
	await fraga.getByRole('button', { name: 'Ja', exact: true }).click();
	await expect(minaSidor).toHaveAttribute('aria-selected', 'true');
	await gaTillSov(page);
	await page.getByRole('button', { name: 'Tillbaka', exact: true }).click();
	await expect(page.getByRole('dialog', { name: 'Senaste kunder' })).toContainText(
		'Du har inte varit inne på någon kund ännu.'
	);
	// and it stays empty after a reload
	await page.reload();
	await expect(page.getByRole('tab', { name: 'Social och vård dokumentation' })).toHaveAttribute(
		'aria-selected',
		'true'
	);
	await expect(kund).toHaveCount(0);
});
