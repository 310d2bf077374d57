import { readFileSync } from 'node:fs';
import { lasFacitFil } from '../../src/lib/content/fs';
import { axe, expect, forvantaFel, forvantaResultat, test } from './fixtures';

// Importera försök: a trainer opens an exported attempt and its report; a broken file is
// refused with what is wrong and nothing is saved.

const SCENARIO = 'scenarios/korttidsvistelse-i-stodfamilj';
const MAPP = `${SCENARIO}/attempts`;

test('ett exporterat, inlämnat försök öppnas med sin rapport', async ({ page }) => {
	await page.goto('/');
	await page
		.getByLabel('Välj en försöksfil (JSON)')
		.setInputFiles(`${MAPP}/fail-tva-bestallningar.json`);
	await forvantaResultat(page, 'Inte godkänt');
	// the rules the facit's variant says come out fel
	const { fel } = lasFacitFil(SCENARIO).varianter['fail-tva-bestallningar'];
	await forvantaFel(page, [...new Set(fel.map((f) => (typeof f === 'string' ? f : f.regel)))]);
	// the errors come first, each linked to its section in the manual inside the app
	const attRatta = page.getByRole('region', { name: 'Att rätta' });
	await expect(attRatta.getByRole('listitem').first()).toContainText('regel O6');
	await axe(page, 'Rapport för ett importerat försök');
	const lank = attRatta.getByRole('link').first();
	const avsnitt = (await lank.textContent()) ?? '';
	await lank.click();
	await expect(page.getByRole('heading', { level: 1, name: avsnitt, exact: true })).toBeVisible();
	await page.goBack();
	await forvantaResultat(page, 'Inte godkänt');

	// the start page lists it among Inlämnade försök, its result one click away
	await page.getByRole('link', { name: 'Till övningarna' }).click();
	const inlamnade = page.getByRole('region', { name: 'Inlämnade försök' });
	await axe(page, 'Startsidan med ett inlämnat försök');
	await inlamnade.getByRole('link', { name: /^Resultat: / }).click();
	await forvantaResultat(page, 'Inte godkänt');
});

test('en trasig fil vägras med vad som är fel, och inget sparas', async ({ page }) => {
	await page.goto('/');
	await page.getByLabel('Välj en försöksfil (JSON)').setInputFiles({
		name: 'trasig.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify({ format: 'lss-ovning-forsok', formatVersion: 1 }))
	});
	const fel = page.getByRole('alert');
	await expect(fel).toContainText('Filen kunde inte importeras. Inget har sparats.');
	await expect(fel).toContainText('trasig.json: scenarioId');
	await expect(page.getByRole('heading', { name: 'Påbörjade försök' })).toHaveCount(0);
	await axe(page, 'Startsidan med ett importfel');
});

test('ett försök med elevens profilnamn hamnar under den profilen, som blir vald', async ({
	page
}) => {
	const fil = JSON.parse(readFileSync(`${MAPP}/fail-tva-bestallningar.json`, 'utf8'));
	await page.goto('/');
	await page.getByLabel('Välj en försöksfil (JSON)').setInputFiles({
		name: 'anna.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify({ ...fil, profil: { namn: 'Anna Berg' } }))
	});
	await forvantaResultat(page, 'Inte godkänt');
	await page.getByRole('link', { name: 'Till övningarna' }).click();
	const vem = page.getByRole('region', { name: 'Vem övar?' });
	await expect(vem).toContainText('Du övar som Anna Berg.');
	const inlamnade = page.getByRole('region', { name: 'Inlämnade försök' });
	await expect(inlamnade.getByRole('listitem')).toHaveCount(1);
	// the trainer's own profile has none of it
	await vem.getByLabel('Välj profil').selectOption({ label: 'Utan namn' });
	await vem.getByRole('button', { name: 'Byt profil', exact: true }).click();
	await expect(vem).toContainText('Du övar som Utan namn.');
	await expect(inlamnade).toHaveCount(0);
});
