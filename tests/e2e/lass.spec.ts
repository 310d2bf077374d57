/**
 * LASS-beslut in the real UI (rules.md L1, N3): Inled utredning from the rubrikträd's root by
 * mouse and keyboard, the form with no aktualisering ticked, axe on it; and after the facit the
 * new utredning is not bold, as "en LSS Utredning med ett pågående/aktuellt LASS-beslut är inte
 * fetmarkerad", while the earlier one with an ordinary pågående beslut still is.
 */
import { lasFacitFil } from '../../src/lib/content/fs';
import { fileURLToPath } from 'node:url';
import {
	axe,
	expect,
	forvantaKund,
	gaTillSov,
	menyval,
	rubriktrad,
	scenario,
	sok,
	startaOvning,
	test
} from './fixtures';
import { spela } from './facit/spela';

const ID = 'lass-beslut-fran-beslutsmeddelande';
const LASS = scenario(ID);
const FACIT = lasFacitFil(fileURLToPath(new URL(`../../scenarios/${ID}`, import.meta.url)));

async function oppnaHanna(page: import('@playwright/test').Page): Promise<void> {
	await startaOvning(page, LASS.title);
	await gaTillSov(page);
	await sok(page, '19940913-2389', '19');
	await forvantaKund(page, 'Sjöberg, Hanna', '19940913-2389');
}

for (const satt of ['mus', 'tangent'] as const) {
	test(`L1: Inled utredning directly from LSS utredning o verkställighet (${satt})`, async ({
		page
	}) => {
		await oppnaHanna(page);
		await menyval(page, 'LSS utredning o verkställighet', 'Inled utredning', satt);
		const vy = page.getByRole('region', { name: 'Inled utredning' });
		await expect(vy).toBeVisible();
		// no Aktualisering tab on this route: "aktualisering ska inte göras"
		await expect(page.getByRole('tab', { name: 'Aktualisering' })).toHaveCount(0);
		await expect(vy.getByLabel('Inledningsdatum')).toHaveValue(LASS.idag);
		await expect(vy.getByLabel('Ansvarig handläggare')).toHaveValue('');
		await expect(vy).toContainText('Det finns inga ej behandlade aktualiseringar.');
		if (satt === 'mus') await axe(page, 'Inled utredning direkt (L1)');
	});
}

test('N3: the utredning of the LASS-beslut is not bold once the beslut is saved', async ({
	page
}) => {
	await startaOvning(page, LASS.title);
	await spela(page, FACIT.steg, `scenarios/${ID}/facit.yaml`);
	const trad = rubriktrad(page);
	// "LSS Utredning 230101-230102" with an end date and no (pågående): not bold
	await expect(
		trad.getByRole('treeitem', { name: 'LSS Utredning 250507-250512', exact: true })
	).toBeVisible();
	// the earlier utredning with an ordinary pågående beslut stays bold
	await expect(
		trad.getByRole('treeitem', { name: 'LSS Utredning 240902-241014 (pågående)', exact: true })
	).toBeVisible();
	await axe(page, 'Beslut Assistanskostnader utöver LASS sparat');
});
