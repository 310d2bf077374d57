/**
 * A saved aktualisering opened again and corrected (issue 7): double-click (or Enter) on its row
 * under Sparade aktualiseringar opens it in the form with its values; Spara stores the change,
 * and the grader reads the corrected values. Once an utredning is inledd from it, the change is
 * refused with a message saying what to do instead.
 */
import { spelaFacit } from './facit/gang';
import {
	aktualisera,
	aktualiseringsvy,
	axe,
	expect,
	fyndFor,
	inledUtredning,
	lamnaIn,
	sparaIVerktygsfalt,
	test,
	valjOrganisation
} from './fixtures';

const FEL_ORG = 'Centrum hemtjänst 1';

test('en sparad aktualisering med fel Organisation öppnas med dubbelklick, rättas och sparas; A4 blir Rätt; efter Inled utredning nekas ändringen', async ({
	page
}) => {
	await spelaFacit(page, 'ledsagarservice-ny-kund', 'aktualisering');
	await aktualisera(page, [
		{
			typ: 'LSS Ledsagarservice',
			datum: '2025-03-03',
			franVem: 'Den enskilde',
			ansvarig: 'Lindgren, Amira',
			organisation: FEL_ORG,
			orgSatt: 'direkt'
		}
	]);
	const vy = aktualiseringsvy(page);
	const sparade = page.getByRole('table', { name: 'Sparade aktualiseringar' });
	const rad = sparade.getByRole('row', { name: /LSS Ledsagarservice/ });
	await expect(rad).toContainText(FEL_ORG);

	// the form is blank again after Spara; the double-click brings the saved values back
	await expect(vy.getByLabel('Typ av aktualisering')).toHaveValue('');
	await rad.dblclick();
	await expect(vy.getByLabel('Typ av aktualisering')).toHaveValue('LSS Ledsagarservice');
	await expect(vy.getByLabel('Datum', { exact: true })).toHaveValue('2025-03-03');
	await expect(vy.getByLabel('Från vem')).toHaveValue('Den enskilde');
	await expect(vy.getByLabel('Ansvarig handläggare')).toHaveValue('Lindgren, Amira');
	await expect(
		page.getByRole('button', { name: 'Organisation', exact: true })
	).toHaveAccessibleDescription(FEL_ORG);
	await expect(rad).toHaveAttribute('aria-current', 'true');
	await axe(page, 'Aktualisering, en sparad öppnad igen');

	// an empty required field is refused as for a new one, by the field
	await vy.getByLabel('Från vem').selectOption('');
	await sparaIVerktygsfalt(page);
	await expect(vy.getByRole('alert')).toHaveText('Från vem måste väljas.');
	await expect(vy.getByLabel('Från vem')).toHaveAttribute('aria-invalid', 'true');
	await vy.getByLabel('Från vem').selectOption('Den enskilde');
	await expect(vy.getByRole('alert')).toHaveCount(0);

	await valjOrganisation(page, 'LSS Myndighet');
	await sparaIVerktygsfalt(page);
	await expect(page.getByRole('status')).toHaveText('Aktualiseringen är sparad.');
	await expect(sparade.getByRole('row')).toHaveCount(2);
	await expect(rad).toContainText('LSS Myndighet');
	await expect(vy.getByLabel('Typ av aktualisering')).toHaveValue('');

	// Enter on the focused row opens it too
	await rad.focus();
	await page.keyboard.press('Enter');
	await expect(vy.getByLabel('Typ av aktualisering')).toHaveValue('LSS Ledsagarservice');

	await inledUtredning(page, {
		inledningsdatum: '2025-03-03',
		typ: 'LSS Utredning',
		organisation: 'LSS Myndighet'
	});

	// in the utredning, the aktualisering taken in opens the same way; its change is refused
	const lista = page.getByRole('listbox', { name: 'Aktualiseringar' });
	await lista.getByRole('option', { name: /LSS Ledsagarservice/ }).dblclick();
	await expect(vy.getByLabel('Typ av aktualisering')).toHaveValue('LSS Ledsagarservice');
	await valjOrganisation(page, FEL_ORG, 'direkt');
	await sparaIVerktygsfalt(page);
	await expect(vy.getByRole('alert')).toHaveText(
		'Aktualiseringen kan inte ändras: en utredning är inledd från den. Gör i stället en ny aktualisering: högerklicka på utredningen och välj Aktualisering.'
	);
	await expect(sparade.getByRole('row', { name: /LSS Ledsagarservice/ })).toContainText(
		'LSS Myndighet'
	);

	await lamnaIn(page);
	const a4 = fyndFor(page, 'A4');
	await expect(a4).toHaveCount(1);
	await expect(a4.getByText('Rätt', { exact: true })).toBeVisible();
});
