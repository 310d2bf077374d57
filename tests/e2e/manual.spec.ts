/**
 * The manual inside the app: a finding's link opens its section with the quoted sentence marked
 * and focused, Sök i manualen finds a word, an unknown address says so, a sentence without a
 * section is placed, and the start page never loads the manual's text.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lasScenarioFil } from '../../src/lib/content/fs';
import { scenarioMappar } from '../../src/lib/content/kontroll';
import { grade } from '../../src/lib/domain/grading/motor';
import type { Fynd } from '../../src/lib/domain/grading/typer';
import { delaIAvsnitt, hittaCitat } from '../../src/lib/manual/avsnitt';
import { slug } from '../../src/lib/manual/slug';
import { handelserUr, lasForsok } from '../../src/lib/schemas/forsok';
import { axe, expect, test } from './fixtures';

const ROT = fileURLToPath(new URL('../../scenarios', import.meta.url));
const sektioner = delaIAvsnitt(
	readFileSync(
		fileURLToPath(new URL('../../src/lib/manual/procapita-lss-manual.txt', import.meta.url)),
		'utf8'
	)
);
/** A sentence only the manual holds, to tell its text among the scripts a page loads. */
const BARA_I_MANUALEN = 'Kontakta IT för att lägga upp båda skrivarna';
const ihop = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The first recorded fail attempt with a wrong finding quoting its own section verbatim. */
function forsokMedCitat(): { fil: string; fynd: Fynd & { manualcitat: string } } {
	for (const mapp of scenarioMappar(ROT)) {
		const dir = join(mapp, 'attempts');
		if (!existsSync(dir)) continue;
		for (const namn of readdirSync(dir).filter((f) => f.startsWith('fail-'))) {
			const fil = join(dir, namn);
			const r = grade(
				lasScenarioFil(join(mapp, 'index.md')),
				handelserUr(lasForsok(readFileSync(fil, 'utf8'), fil))
			);
			const fynd = r.fynd.find(
				(f) =>
					f.status === 'fel' &&
					f.manualcitat &&
					hittaCitat(sektioner, f.manualcitat, slug(f.avsnitt))?.sektion.rubrik === f.avsnitt
			);
			if (fynd?.manualcitat) return { fil, fynd: { ...fynd, manualcitat: fynd.manualcitat } };
		}
	}
	throw new Error('Inget inspelat underkänt försök citerar manualen ordagrant.');
}

test('ett fynds länk öppnar avsnittet med meningen markerad, och Tillbaka ger rapporten', async ({
	page
}) => {
	const { fil, fynd } = forsokMedCitat();
	await page.goto('/');
	await page.getByLabel('Välj en försöksfil (JSON)').setInputFiles(fil);
	await expect(page.getByRole('heading', { name: 'Inte godkänt', exact: true })).toBeVisible();

	await page.getByRole('link', { name: fynd.manualcitat, exact: true }).first().click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(fynd.avsnitt);
	const markerad = page.locator('mark').first();
	await expect(markerad).toBeFocused();
	await expect(markerad).toBeInViewport();
	const text = (await page.locator('mark').allTextContents()).join(' ');
	expect(ihop(text)).toBe(ihop(fynd.manualcitat));
	await axe(page, 'avsnitt med markerad mening');

	await page.goBack();
	const attRatta = page.getByRole('region', { name: 'Att rätta' });
	await expect(attRatta).toBeVisible();
	await attRatta.getByRole('link', { name: fynd.avsnitt, exact: true }).first().click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(fynd.avsnitt);
});

test('innehållet listar varje avsnitt, och Sök i manualen hittar ett ord', async ({ page }) => {
	await page.goto('/manual');
	const innehall = page.getByRole('navigation', { name: 'Innehåll' });
	await expect(innehall.getByRole('link')).toHaveCount(sektioner.length);
	await expect(page).toHaveTitle(/Manualen/);
	await axe(page, 'manualens innehåll');

	await page.getByLabel('Sök i manualen').fill('personkretstillhörighet');
	const traffar = page.getByRole('region', { name: 'Sökträffar' });
	const vuxna = traffar.getByRole('listitem').filter({
		has: page.getByRole('link', { name: 'Beslut bostad vuxna', exact: true })
	});
	await expect(vuxna.locator('mark')).toHaveText('personkretstillhörighet');
	await axe(page, 'sökträffar');

	await vuxna.getByRole('link', { name: 'Beslut bostad vuxna', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Beslut bostad vuxna');
	await expect(page.locator('mark').first()).toHaveText('personkretstillhörighet');
	await expect(page.locator('mark').first()).toBeFocused();
	await page
		.getByRole('link', { name: 'Nästa: Beställning bostad vuxna (endast vid bifall)' })
		.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Beställning bostad vuxna (endast vid bifall)'
	);
});

test('en okänd adress säger att avsnittet inte finns och leder till innehållet', async ({
	page
}) => {
	await page.goto('/manual/finns-inte');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Avsnittet finns inte');
	await page.getByRole('link', { name: 'Till manualens innehåll' }).click();
	await expect(page.getByRole('navigation', { name: 'Innehåll' })).toBeVisible();
});

test('en mening utan avsnitt hittar sitt avsnitt', async ({ page }) => {
	const citat = 'Vid nyckelkoden ska du välja 999999 – Ej skriven i Helsingborg.';
	await page.goto(`/manual?citat=${encodeURIComponent(citat)}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Registrera en ny kund');
	await expect(page).toHaveURL(/\/manual\/registrera-en-ny-kund\?citat=/);
	await expect(page.locator('mark').first()).toHaveText(citat);

	// Visa's why is written about the manual, not quoted: the nearest section, said so
	const varfor = 'Finns personen inte heller i KIR, klicka på Ny.';
	await page.goto(`/manual?citat=${encodeURIComponent(varfor)}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Registrera en ny kund');
	await expect(page.getByRole('status')).toContainText('står inte ordagrant i manualen');
});

test('startsidan laddar inte manualens text, manualen gör det', async ({ page }) => {
	const kroppar: Promise<string>[] = [];
	page.on('response', (r) => {
		if (/\.js(\?|$)/.test(r.url())) kroppar.push(r.text());
	});
	await page.goto('/');
	// the start page is another's to change: any heading shows it is up, then all it loads
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await page.waitForLoadState('networkidle');
	const start = await Promise.all(kroppar);
	expect(start.some((t) => t.includes(BARA_I_MANUALEN))).toBe(false);

	await page.goto('/manual');
	await expect(page.getByRole('navigation', { name: 'Innehåll' })).toBeVisible();
	const alla = await Promise.all(kroppar);
	expect(alla.some((t) => t.includes(BARA_I_MANUALEN))).toBe(true);
});
