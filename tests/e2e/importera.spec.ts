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

test('en fil som ger ett id två gånger vägras och namnger händelsen', async ({ page }) => {
	const fil = JSON.parse(readFileSync(`${MAPP}/fail-tva-bestallningar.json`, 'utf8'));
	const best = fil.handelser.find((h: { typ: string }) => h.typ === 'BestallningSparad');
	const seq = fil.handelser.at(-1).seq + 1;
	await page.goto('/');
	await page.getByLabel('Välj en försöksfil (JSON)').setInputFiles({
		name: 'dubbel.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify({ ...fil, handelser: [...fil.handelser, { ...best, seq }] }))
	});
	const fel = page.getByRole('alert');
	await expect(fel).toContainText('Filen kunde inte importeras. Inget har sparats.');
	await expect(fel).toContainText(
		`dubbel.json: försöket har två med samma id: beställningen ${best.bestallning.id} finns redan`
	);
	await expect(fel).toContainText(`händelse ${fil.handelser.length + 1} (BestallningSparad)`);
	await expect(page.getByRole('heading', { name: 'Påbörjade försök' })).toHaveCount(0);
});

test('en för stor fil vägras med gränsen, och en lång fellista visar de första 20', async ({
	page
}) => {
	const fil = JSON.parse(readFileSync(`${MAPP}/fail-tva-bestallningar.json`, 'utf8'));
	await page.goto('/');
	const valj = page.getByLabel('Välj en försöksfil (JSON)');
	await valj.setInputFiles({
		name: 'stor.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify({ ...fil, fyllnad: 'x'.repeat(5 * 1024 * 1024) }))
	});
	const fel = page.getByRole('alert');
	await expect(fel).toContainText(/stor\.json: filen är 5(,0)? MB, större än gränsen 5 MB/);

	const trasig = { typ: 'KundOppnad', pnr: 'fel', seq: 1, tid: 'igår' };
	const handelser = Array.from({ length: 300 }, (_, i) => ({ ...trasig, seq: i + 1 }));
	await valj.setInputFiles({
		name: 'manga-fel.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify({ ...fil, handelser }))
	});
	await expect(fel).toContainText('manga-fel.json');
	await expect(fel.getByRole('listitem')).toHaveCount(21);
	await expect(fel.getByRole('listitem').last()).toHaveText(/^… och \d+ till$/);
});

test('Exportera alla försök sparar kursen i en fil som en annan webbläsare läser in, en gång', async ({
	page,
	browser,
	baseURL
}) => {
	await page.goto('/');
	const valj = page.getByLabel('Välj en försöksfil (JSON)');
	for (const f of ['fail-tva-bestallningar.json', 'pass-facit.json']) {
		await valj.setInputFiles(`${MAPP}/${f}`);
		await expect(page.getByRole('heading', { name: /^(Godkänt|Inte godkänt)$/ })).toBeVisible();
		await page.getByRole('link', { name: 'Till övningarna' }).click();
	}
	const nedladdning = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Exportera alla försök', exact: true }).click();
	const fil = await (await nedladdning).path();
	await expect(page.getByRole('status').filter({ hasText: 'sparades i filen' })).toHaveText(
		'2 försök sparades i filen.'
	);

	// another browser: an empty course until the file is read in
	const annan = await browser.newContext({ baseURL, serviceWorkers: 'block' });
	const sida = await annan.newPage();
	await sida.goto('/');
	await expect(sida.getByRole('region', { name: 'Inlämnade försök' })).toHaveCount(0);
	await sida.getByLabel('Välj en försöksfil (JSON)').setInputFiles(fil);
	const svar = sida.getByRole('status').filter({ hasText: 'importerades' });
	await expect(svar).toHaveText('2 försök importerades till Utan namn.');
	await expect(
		sida.getByRole('region', { name: 'Inlämnade försök' }).getByRole('listitem')
	).toHaveCount(2);
	await axe(sida, 'Startsidan efter Importera med alla försök');
	// the same file again doubles nothing
	await sida.getByLabel('Välj en försöksfil (JSON)').setInputFiles(fil);
	await expect(svar).toHaveText(
		'0 försök importerades till Utan namn. 2 försök fanns redan och lämnades som de var.'
	);
	await expect(
		sida.getByRole('region', { name: 'Inlämnade försök' }).getByRole('listitem')
	).toHaveCount(2);
	await annan.close();
});

test('en grupps filer importeras på en gång, var och en under sin elev, och en trasig nämns', async ({
	page
}) => {
	const fil = JSON.parse(readFileSync(`${MAPP}/fail-tva-bestallningar.json`, 'utf8'));
	const som = (namn: string, innehall: unknown) => ({
		name: namn,
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(innehall))
	});
	await page.goto('/');
	await page
		.getByLabel('Välj en försöksfil (JSON)')
		.setInputFiles([
			som('anna.json', { ...fil, profil: { namn: 'Anna Berg' } }),
			som('bo.json', { ...fil, profil: { namn: 'Bo Ek' } }),
			som('trasig.json', { format: 'lss-ovning-forsok', formatVersion: 1 })
		]);
	const svar = page.getByRole('status').filter({ hasText: 'importerades' });
	await expect(svar).toContainText(
		'2 försök importerades ur 3 filer, var och en under sin elevs namn.'
	);
	await expect(svar.getByRole('listitem')).toContainText(['trasig.json: scenarioId']);
	await axe(page, 'Startsidan efter Importera med flera filer');
	// each under its trainee: Bo's was the last, so Bo's course shows; Anna's is under Anna
	const vem = page.getByRole('region', { name: 'Vem övar?' });
	await expect(vem).toContainText('Du övar som Bo Ek.');
	const inlamnade = page.getByRole('region', { name: 'Inlämnade försök' });
	await expect(inlamnade.getByRole('listitem')).toHaveCount(1);
	await vem.getByLabel('Välj profil').selectOption({ label: 'Anna Berg' });
	await vem.getByRole('button', { name: 'Byt profil', exact: true }).click();
	await expect(inlamnade.getByRole('listitem')).toHaveCount(1);
});
