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
import { axe } from './fixtures';

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

test('rapporten skrivs ut med elev, övning, sätt, datum och resultat, utan knappar och sidhuvud', async ({
	sida: page
}) => {
	const vag = join(ROT, 'korttidsvistelse-i-stodfamilj', 'attempts', 'fail-tva-bestallningar.json');
	const forsok = JSON.parse(readFileSync(vag, 'utf8'));
	await page.goto('/');
	await page.getByLabel('Välj en försöksfil (JSON)').setInputFiles({
		name: 'prov.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify({ ...forsok, lage: 'prov', profil: { namn: 'Ada Berg' } }))
	});
	await expect(page.getByRole('region', { name: 'Inte godkänt', exact: true })).toBeVisible();
	const om = page.getByRole('region', { name: 'Om försöket' }).getByRole('definition');
	await expect(om).toHaveText([
		'Ada Berg',
		lasScenarioFil(join(ROT, 'korttidsvistelse-i-stodfamilj', 'index.md')).title,
		'Prov',
		/^\d{4}-\d\d-\d\d \d\d:\d\d$/,
		'Inte godkänt',
		/^\d+ av \d+ \(\d+ %\)$/
	]);
	await axe(page, 'Rapporten med Om försöket');
	// the attempt is of this version: nothing to say about another
	await expect(page.getByRole('note')).toHaveCount(0);
	const forr = await page.evaluate(
		() => (window as unknown as { __utskrifter: number }).__utskrifter
	);
	await page.getByRole('button', { name: 'Skriv ut', exact: true }).click();
	expect(
		await page.evaluate(() => (window as unknown as { __utskrifter: number }).__utskrifter)
	).toBe(forr + 1);

	await page.emulateMedia({ media: 'print' });
	for (const knapp of ['Försök igen', 'Exportera försök', 'Skriv ut'])
		await expect(page.getByRole('button', { name: knapp })).toBeHidden();
	await expect(page.getByRole('link', { name: 'LSS-övning' })).toBeHidden();
	await expect(page.getByRole('link', { name: 'Till övningarna' })).toBeHidden();
	await expect(om.first()).toBeVisible();
	await expect(page.getByRole('region', { name: 'Inte godkänt', exact: true })).toBeVisible();
	// every finding is there on paper, each with the section of the manual to read
	const attRatta = page.getByRole('region', { name: 'Att rätta' });
	await expect(attRatta).toBeVisible();
	await expect(attRatta.getByRole('listitem').first()).toContainText('Läs');
	const fel = attRatta.getByRole('listitem').first().getByRole('link');
	expect(await fel.evaluate((a) => getComputedStyle(a).color)).toBe('rgb(0, 0, 0)');
	// it renders as a PDF (Chromium headless)
	expect((await page.pdf({ format: 'A4' })).subarray(0, 5).toString()).toBe('%PDF-');
	await page.emulateMedia({ media: 'screen' });

	// an attempt kept from an earlier version of the exercise says what it is graded against
	await page.evaluate(
		() =>
			new Promise<void>((klar, fel) => {
				const oppna = indexedDB.open('lss-ovning');
				oppna.onerror = () => fel(oppna.error);
				oppna.onsuccess = () => {
					const tx = oppna.result.transaction('forsok', 'readwrite');
					const lista = tx.objectStore('forsok').openCursor();
					lista.onsuccess = () => {
						const c = lista.result;
						if (!c) return;
						c.update({ ...c.value, scenarioVersion: 0 });
						c.continue();
					};
					tx.oncomplete = () => (oppna.result.close(), klar());
				};
			})
	);
	await page.reload();
	await expect(page.getByRole('note')).toHaveText(
		/^Försöket gjordes i version 0 av övningen men rättas här mot version \d+\./
	);
});
