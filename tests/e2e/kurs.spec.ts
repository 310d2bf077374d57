/**
 * The start page as a course: the exercises under the manual's chapters in the manual's order,
 * each with the trainee's status, and a suggested next exercise that moves on as they pass.
 */
import { spelaFacit } from './facit/gang';
import { axe, expect, lamnaIn, test } from './fixtures';

test('övningarna står under manualens kapitel, och en godkänd övning visar sitt resultat', async ({
	page
}) => {
	await page.goto('/');
	const kapitel = page.getByRole('region', { name: /^Kapitel: / });
	await expect(kapitel.first()).toHaveAccessibleName('Kapitel: Aktualisera och inleda utredning');
	const rubriker = await kapitel.getByRole('heading', { level: 3 }).allTextContents();
	expect(rubriker).toEqual([
		'Aktualisera och inleda utredning',
		'Dokumentation',
		'Beslut och beställning'
	]);
	// grund before fördjupning: the suggested first exercise is a grundövning of the first chapter
	const forslag = page.getByRole('link', {
		name: 'Ansökan om korttidstillsyn för en pojke som redan är kund'
	});
	await expect(forslag).toBeVisible();
	const ovning = page.getByRole('listitem').filter({
		has: page.getByRole('heading', {
			name: 'Ny ansökan om ledsagarservice från en person som inte finns i registret'
		})
	});
	await expect(ovning).toContainText('Ej påbörjad');
	await axe(page, 'Startsidan som kurs');

	await spelaFacit(page, 'ledsagarservice-ny-kund');
	await lamnaIn(page);
	await page.getByRole('link', { name: 'Till övningarna' }).click();
	await expect(ovning).toContainText('Godkänd, bästa resultat 100 % rätt');
	await expect(forslag).toBeVisible();
});
