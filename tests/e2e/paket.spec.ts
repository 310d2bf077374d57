/**
 * Scenario packs in the browser (issue 9, part 5): Importera paket on Scenarioverkstad's list
 * takes a zip of scenario folders whole or not at all, naming the file and the field of every
 * problem; an imported scenario is marked so, and a trainee takes it from the start page like a
 * shipped one.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { strToU8, zipSync } from 'fflate';
import { axe, expect, test } from './fixtures';

const KALLA = fileURLToPath(new URL('../../scenarios/ledsagarservice-ny-kund', import.meta.url));
const ID = 'importerad-ny-kund';
const TITEL = 'Ny kund från ett paket';

/** The shipped scenario's folder under another id and title, as a trainer's pack holds it. */
function mapp(): Record<string, Uint8Array> {
	const ut: Record<string, Uint8Array> = {};
	const ga = (dir: string) => {
		for (const namn of readdirSync(dir)) {
			const vag = join(dir, namn);
			if (statSync(vag).isDirectory()) ga(vag);
			else {
				let text = readFileSync(vag, 'utf8');
				if (namn === 'index.md')
					text = text.replace(/^id: .*$/m, `id: ${ID}`).replace(/^title: .*$/m, `title: ${TITEL}`);
				ut[`${ID}/${relative(KALLA, vag)}`] = strToU8(text);
			}
		}
	};
	ga(KALLA);
	return ut;
}

async function importera(page: Page, namn: string, filer: Record<string, Uint8Array>) {
	await page.getByLabel('Importera paket', { exact: true }).setInputFiles({
		name: namn,
		mimeType: 'application/zip',
		buffer: Buffer.from(zipSync(filer))
	});
}

test('Importera paket: ett trasigt scenario importerar inget och namnger fil och fält; ett helt paket går att öva från startsidan', async ({
	page
}) => {
	await page.goto('/verkstad');
	const trasig = strToU8(
		readFileSync(join(KALLA, 'index.md'), 'utf8')
			.replace(/^id: .*$/m, 'id: trasig')
			.replace(/^version: .*$/m, 'version: ett')
	);
	await importera(page, 'grupp.zip', { ...mapp(), 'trasig/index.md': trasig });
	const fel = page.getByRole('alert');
	await expect(fel).toContainText('Paketet importerades inte');
	await expect(fel).toContainText('trasig/index.md: version:');
	await expect(page.getByRole('region', { name: 'Mina scenarier' })).toContainText(
		'Du har inga egna scenarier ännu.'
	);
	await axe(page, 'Importera paket, ett trasigt paket');

	await importera(page, 'grupp.zip', mapp());
	await expect(page.getByRole('status').filter({ hasText: 'Importerade' })).toHaveText(
		`Importerade: ${ID}.`
	);
	await expect(page.getByRole('region', { name: 'Mina scenarier' })).toContainText(
		`${TITEL} ${ID} · importerat`
	);

	// The trainee takes it from the start page, as a shipped one
	await page.goto('/');
	const egna = page.getByRole('region', { name: 'Egna och importerade övningar' });
	await expect(egna.getByRole('heading', { name: TITEL })).toBeVisible();
	await expect(egna).toContainText('Importerad');
	await axe(page, 'Startsidan med en importerad övning');
	await egna.getByRole('button', { name: `Öva: ${TITEL}`, exact: true }).click();
	await expect(page.getByRole('tab', { name: 'Mina sidor' })).toHaveAttribute(
		'aria-selected',
		'true'
	);
	await expect(page.getByRole('heading', { name: 'Uppdrag' })).toBeVisible();
	// and the attempt waits on the start page under the exercise's title
	await page.goto('/');
	await expect(page.getByRole('link', { name: `Fortsätt: ${TITEL}` })).toBeVisible();

	// A group's attempt files on it are graded in Gruppens resultat like a shipped one's
	const forsok = JSON.parse(readFileSync(join(KALLA, 'attempts/pass-facit.json'), 'utf8'));
	await page.goto('/grupp');
	await page.getByLabel('Välj försöksfiler (JSON)').setInputFiles({
		name: 'ada.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify({ ...forsok, scenarioId: ID, profil: { namn: 'Ada' } }))
	});
	await expect(page.getByRole('status')).toHaveText('Ett försök lästes in ur en fil.');
	const tabell = page.getByRole('table', { name: 'Elever och övningar' });
	await expect(tabell.getByRole('row', { name: /^Ada / }).getByRole('cell').first()).toHaveText(
		TITEL
	);
	await expect(tabell.getByRole('row', { name: /^Ada / })).toContainText('Godkänt');

	// Ta bort scenariot, asked first: gone from the list and from the start page
	await page.goto('/verkstad');
	await page.getByRole('link', { name: TITEL }).click();
	await page.getByRole('button', { name: 'Ta bort scenariot' }).click();
	const fraga = page.getByRole('dialog', { name: 'Ta bort scenariot' });
	await expect(fraga).toContainText(`Vill du ta bort scenariot ${ID}`);
	await axe(page, 'Ta bort scenariot');
	await fraga.getByRole('button', { name: 'Ja' }).click();
	await expect(page.getByRole('heading', { name: 'Scenarioverkstad', level: 1 })).toBeVisible();
	await expect(page.getByRole('region', { name: 'Mina scenarier' })).toContainText(
		'Du har inga egna scenarier ännu.'
	);
	await page.goto('/');
	await expect(page.getByRole('button', { name: /^Öva: / }).first()).toBeVisible();
	await expect(page.getByRole('region', { name: 'Egna och importerade övningar' })).toHaveCount(0);
});
