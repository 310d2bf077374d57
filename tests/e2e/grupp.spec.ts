import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { betygsattAlla } from '../../src/cli/grade-alla';
import { framstegSomFil } from '../../src/lib/schemas/framstegsfil';
import { axe, expect, scenario, test } from './fixtures';

// Gruppens resultat: a trainer reads in a group's files, sees trainee × exercise and the rules
// most often wrong, exports both, keeps the group over a reload, adds a folder, prints, empties.

const ATT = (id: string, f: string) =>
	JSON.parse(readFileSync(join('scenarios', id, 'attempts', f), 'utf8'));
const LEDSAGAR = 'ledsagarservice-ny-kund';
const KORTTID = 'korttidsvistelse-i-stodfamilj';
const pass = ATT(LEDSAGAR, 'pass-facit.json');
const fail = ATT(KORTTID, 'fail-tva-bestallningar.json');
const med = (f: object, over: object) => JSON.stringify({ ...f, ...over });

/** The files as the trainer picks them, and the same in a folder for the CLI. */
function gruppensFiler(): { namn: string; text: string }[] {
	return [
		{ namn: 'ada-1.json', text: med(fail, { profil: { namn: 'Ada' }, lage: 'prov' }) },
		{
			namn: 'ada-2.json',
			text: med(fail, {
				profil: { namn: 'Ada' },
				lage: 'ova',
				startad: '2025-09-01T08:00:00.000+02:00',
				inlamnad: '2025-09-01T09:00:00.000+02:00'
			})
		},
		{ namn: 'bo.json', text: med(pass, { profil: { namn: 'Bo' }, lage: 'prov' }) },
		{ namn: 'cilla.json', text: framstegSomFil([fail], '2025-06-01T08:00:00.000Z', 'Cilla') },
		{ namn: 'trasig.json', text: '{ inte json' }
	];
}

async function nedladdad(page: Page, knapp: string): Promise<string> {
	const [d] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: knapp, exact: true }).click()
	]);
	return readFileSync((await d.path()) ?? '', 'utf8');
}

test('en lärare läser in en grupp, ser och exporterar resultaten, skriver ut och tömmer', async ({
	page
}) => {
	await page.goto('/');
	await page.getByRole('link', { name: 'Gruppens resultat' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Gruppens resultat' })).toBeVisible();
	await expect(page.getByText('Inga försök är inlästa ännu.')).toBeVisible();

	const filer = gruppensFiler();
	await page.getByLabel('Välj försöksfiler (JSON)').setInputFiles(
		filer.map((f) => ({
			name: f.namn,
			mimeType: 'application/json',
			buffer: Buffer.from(f.text)
		}))
	);
	await expect(page.getByRole('status')).toHaveText(
		'4 försök lästes in ur 5 filer. En fil eller ett försök kunde inte läsas: se nedan.'
	);
	await expect(page.getByRole('alert')).toContainText('trasig.json: är inte giltig JSON');

	const tabell = page.getByRole('table', { name: 'Elever och övningar' });
	const rad = (elev: string) => tabell.getByRole('row', { name: new RegExp(`^${elev} `) });
	const celler = (elev: string) => rad(elev).getByRole('cell');
	const DATUM = /^\d{4}-\d\d-\d\d \d\d:\d\d$/;
	// Ada's latest attempt is an Öva; the row shows her Prov, which came before it
	await expect(celler('Ada')).toHaveText([
		scenario(KORTTID).title,
		'Prov',
		'Inte godkänt',
		/^\d+ %$/,
		DATUM,
		'Alla 2 försök'
	]);
	await expect(celler('Bo')).toHaveText([
		scenario(LEDSAGAR).title,
		'Prov',
		'Godkänt',
		'100 %',
		DATUM,
		'1'
	]);
	await expect(celler('Cilla')).toHaveText([/./, 'Öva', 'Inte godkänt', /%/, DATUM, '1']);
	const alla = rad('Ada').getByRole('button', { name: 'Alla 2 försök' });
	await alla.click();
	await expect(alla).toHaveAttribute('aria-expanded', 'true');
	await expect(tabell.getByRole('row', { name: /^Ada, försök 2 Öva/ })).toBeVisible();

	const fel = page.getByRole('table', { name: 'Regler som oftast blev fel' });
	const o6 = fel.getByRole('row', { name: /^O6 / }).first();
	await expect(o6).toContainText('2 av 3');
	await axe(page, 'Gruppens resultat med en grupp inläst');

	// the CSV is what grade --all prints for the same files
	const mapp = mkdtempSync(join(tmpdir(), 'grupp-e2e-'));
	for (const f of filer) writeFileSync(join(mapp, f.namn), f.text);
	expect((await nedladdad(page, 'Exportera försöken som CSV')).replace(/^\uFEFF/, '')).toBe(
		betygsattAlla(mapp).csv
	);
	const felCsv = await nedladdad(page, 'Exportera felen som CSV');
	expect(felCsv).toMatch(/^\uFEFFregel,vad,avsnitt,elever,forsok\nO6,/);

	// kept over a reload; a folder read in adds its attempts, and one read again doubles nothing
	await page.reload();
	await expect(rad('Bo')).toBeVisible();
	const ny = mkdtempSync(join(tmpdir(), 'grupp-mapp-'));
	writeFileSync(join(ny, 'dan.json'), med(pass, { profil: { namn: 'Dan' }, lage: 'prov' }));
	writeFileSync(join(ny, 'bo-igen.json'), filer[2].text);
	await page.getByLabel('Välj en mapp').setInputFiles(ny);
	await expect(page.getByRole('status')).toHaveText('2 försök lästes in ur 2 filer.');
	await expect(celler('Dan').nth(2)).toHaveText('Godkänt');
	await expect(tabell.getByRole('row')).toHaveCount(1 + 4);

	// printed: the tables, no app chrome
	await page.emulateMedia({ media: 'print' });
	await expect(tabell).toBeVisible();
	await expect(page.getByRole('link', { name: 'LSS-övning' })).toBeHidden();
	await expect(page.getByRole('button', { name: 'Töm gruppen' })).toBeHidden();
	await expect(page.getByLabel('Välj en mapp')).toBeHidden();
	await page.emulateMedia({ media: 'screen' });

	await page.getByRole('button', { name: 'Töm gruppen' }).click();
	await expect(page.getByText('Inga försök är inlästa ännu.')).toBeVisible();
	await page.reload();
	await expect(page.getByText('Inga försök är inlästa ännu.')).toBeVisible();
});
