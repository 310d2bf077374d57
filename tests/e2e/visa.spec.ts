/**
 * Visa: the app plays each scenario's facit on the mock, a caption and a highlighted control at
 * a time, to the end, with nothing graded. Every shipped scenario is played through the UI.
 */
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lasFacitFil, lasScenarioFil } from '../../src/lib/content/fs';
import { arFarsk, FACIT_FORSOK } from '../../src/lib/content/inspelning';
import { scenarioMappar } from '../../src/lib/content/kontroll';
import { handelserUr, lasForsok } from '../../src/lib/schemas/forsok';
import { beskrivSteg } from '../../src/lib/domain/facit/beskrivning';
import { VANTA_MS } from '../../src/lib/visa/vanta';
import { axe, expect, test } from './fixtures';

const ROT = fileURLToPath(new URL('../../scenarios', import.meta.url));

for (const mapp of scenarioMappar(ROT)) {
	const id = basename(mapp);
	test(`Visa spelar facit för ${id} till slutet`, async ({ page }) => {
		const s = lasScenarioFil(`${mapp}/index.md`);
		const { steg } = lasFacitFil(mapp);
		await page.goto('/');
		await page.getByRole('button', { name: `Visa: ${s.title}`, exact: true }).click();
		// While a modal ruta is open the caption is in the ruta (the page behind is inert): one at a time
		const visa = page.getByRole('region', { name: 'Visa: så gör du' });
		await expect(visa).toContainText(`Steg 1 av ${steg.length}`);
		await expect(visa).toContainText(beskrivSteg(steg[0]));
		await expect(page.locator('[data-visa-markerad]')).toHaveCount(1);
		if (id === 'ledsagarservice-ny-kund') await axe(page, 'Visa');
		await expect(page.getByRole('button', { name: 'Lämna in' })).toHaveCount(0);
		const nasta = visa.getByRole('button', { name: 'Nästa steg', exact: true });
		for (let i = 0; i < steg.length; i++) {
			await expect(visa.getByRole('alert')).toHaveCount(0);
			// Visa may wait VANTA_MS for a step's control to appear (a lazily loaded box): the test
			// waits longer, so a slow step is seen done or failed (an alert, checked above), not raced
			if (i + 1 < steg.length)
				await expect(visa).toContainText(`Steg ${i + 1} av ${steg.length}`, {
					timeout: VANTA_MS + 5000
				});
			await nasta.click();
		}
		await expect(visa.getByRole('status')).toContainText('Klart.');
		// Visa did the facit, not only showed it: its events are the recorded facit's
		if (arFarsk(mapp, lasFacitFil(mapp), FACIT_FORSOK)) {
			const [fil] = await Promise.all([
				page.waitForEvent('download'),
				page.getByRole('button', { name: 'Exportera försök', exact: true }).click()
			]);
			const visad = lasForsok(await readFile(await fil.path(), 'utf8'), 'visa.json');
			const vag = join(mapp, 'attempts', `${FACIT_FORSOK}.json`);
			expect(handelserUr(visad)).toEqual(handelserUr(lasForsok(await readFile(vag, 'utf8'), vag)));
		}
	});
}

test('Visa: Föregående steg går tillbaka ett steg, och facit spelas sedan till slutet som vanligt', async ({
	page
}) => {
	const mapp = join(ROT, 'ledsagarservice-ny-kund');
	const s = lasScenarioFil(`${mapp}/index.md`);
	const { steg } = lasFacitFil(mapp);
	await page.goto('/');
	await page.getByRole('button', { name: `Visa: ${s.title}`, exact: true }).click();
	const visa = page.getByRole('region', { name: 'Visa: så gör du' });
	await expect(visa.getByRole('button', { name: 'Föregående steg' })).toBeDisabled();
	for (let i = 0; i < 3; i++) {
		await expect(visa).toContainText(`Steg ${i + 1} av ${steg.length}`);
		await visa.getByRole('button', { name: 'Nästa steg', exact: true }).click();
	}
	// step 4 opens in the Sökresultat box, whose caption has the buttons; go back to step 3
	await expect(visa).toContainText(`Steg 4 av ${steg.length}`);
	await axe(page, 'Visa i rutan Sökresultat');
	await visa.getByRole('button', { name: 'Föregående steg' }).click();
	await expect(visa).toContainText(`Steg 3 av ${steg.length}`);
	await expect(visa).toContainText(beskrivSteg(steg[2]));
	for (let i = 2; i < steg.length; i++) {
		await expect(visa).toContainText(`Steg ${i + 1} av ${steg.length}`);
		await visa.getByRole('button', { name: 'Nästa steg', exact: true }).click();
	}
	await expect(visa.getByRole('status')).toContainText('Klart.');
	const [fil] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Exportera försök', exact: true }).click()
	]);
	const vag = join(mapp, 'attempts', `${FACIT_FORSOK}.json`);
	expect(handelserUr(lasForsok(await readFile(await fil.path(), 'utf8'), 'visa.json'))).toEqual(
		handelserUr(lasForsok(await readFile(vag, 'utf8'), vag))
	);
});
