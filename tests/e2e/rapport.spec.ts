/**
 * The report in plain words: for every recorded fail attempt, opened with Importera försök, the
 * verdict section says what was done wrong without a bare rule code, and names each decisive
 * mistake by what was done.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lasScenarioFil } from '../../src/lib/content/fs';
import { scenarioMappar } from '../../src/lib/content/kontroll';
import { grade } from '../../src/lib/domain/grading/motor';
import { handelserUr, lasForsok } from '../../src/lib/schemas/forsok';
import { expect, test } from './facit/fixture';

const ROT = fileURLToPath(new URL('../../scenarios', import.meta.url));
const REGELKOD = /\b[A-Z]\d{1,2}\b/;

for (const mapp of scenarioMappar(ROT)) {
	const attempts = join(mapp, 'attempts');
	// a scenario not recorded has no attempts/: its variants are walked in facit.spec.ts
	const filer = existsSync(attempts)
		? readdirSync(attempts).filter((f) => f.startsWith('fail-') && f.endsWith('.json'))
		: [];
	for (const fil of filer) {
		test(`${basename(mapp)}/${fil}: rapportens rubrik säger felen i klartext`, async ({
			sida: page
		}) => {
			const vag = join(attempts, fil);
			const rapport = grade(
				lasScenarioFil(join(mapp, 'index.md')),
				handelserUr(lasForsok(readFileSync(vag, 'utf8'), vag))
			);
			await page.goto('/');
			await page.getByLabel('Välj en försöksfil (JSON)').setInputFiles(vag);
			const rubrik = page.getByRole('region', { name: 'Inte godkänt', exact: true });
			await expect(rubrik).toBeVisible();
			const text = (await rubrik.textContent()) ?? '';
			expect(text, 'ingen regelkod i rubriken').not.toMatch(REGELKOD);
			for (const f of rapport.fynd.filter((x) => x.status === 'fel' && x.kritisk))
				await expect(rubrik.getByRole('listitem').filter({ hasText: f.vad }).first()).toContainText(
					`I försöket: ${f.hittat}`
				);
		});
	}
}

test('rapporten skrivs ut utan knappar och sidhuvud', async ({ sida: page }) => {
	const vag = join(ROT, 'korttidsvistelse-i-stodfamilj', 'attempts', 'fail-tva-bestallningar.json');
	await page.goto('/');
	await page.getByLabel('Välj en försöksfil (JSON)').setInputFiles(vag);
	await expect(page.getByRole('region', { name: 'Inte godkänt', exact: true })).toBeVisible();
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('button', { name: 'Försök igen' })).toBeHidden();
	await expect(page.getByRole('link', { name: 'LSS-övning' })).toBeHidden();
	await expect(page.getByRole('region', { name: 'Inte godkänt', exact: true })).toBeVisible();
	await expect(page.getByRole('region', { name: 'Att rätta' })).toBeVisible();
	await page.emulateMedia({ media: 'screen' });
});
