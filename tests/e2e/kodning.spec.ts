import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, forvantaResultat, test } from './fixtures';

// Importera försök in the browser reads a file's encoding as the grader CLI does
// (src/lib/schemas/forsokfil.ts; the CLI side is unit-tested in forsokfil.spec.ts): UTF-8 with a
// byte order mark is imported, UTF-16 and Latin-1 (the file's å, ä and ö as one byte each) are
// refused in Swedish naming the file.

const FIL = 'scenarios/korttidsvistelse-i-stodfamilj/attempts/fail-tva-bestallningar.json';
const TEXT = readFileSync(FIL, 'utf8');

async function importera(page: Page, namn: string, buffer: Buffer) {
	await page.goto('/');
	await page
		.getByLabel('Välj en försöksfil (JSON)')
		.setInputFiles({ name: namn, mimeType: 'application/json', buffer });
}

test('en fil i UTF-8 med BOM importeras och öppnas med sin rapport', async ({ page }) => {
	await importera(
		page,
		'med-bom.json',
		Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)])
	);
	await forvantaResultat(page, 'Inte godkänt');
});

async function forvantaVagrad(page: Page, text: string) {
	const fel = page.getByRole('alert');
	await expect(fel).toContainText('Filen kunde inte importeras. Inget har sparats.');
	await expect(fel).toContainText(text);
	await expect(fel).toContainText('spara den som UTF-8');
	await expect(page.getByRole('heading', { name: 'Inlämnade försök' })).toHaveCount(0);
}

test('en fil i Latin-1 vägras med vad som är fel och vad man gör, och inget sparas', async ({
	page
}) => {
	await importera(page, 'latin1.json', Buffer.from(TEXT, 'latin1'));
	await forvantaVagrad(page, 'latin1.json: filen är inte giltig UTF-8');
});

// Chromium's File.text() decodes UTF-16 with a byte order mark as UTF-16, so text could not show
// it was UTF-16: the start page hands importera the File itself, whose bytes are judged.
test('en fil i UTF-16 vägras med vad som är fel och vad man gör, och inget sparas', async ({
	page
}) => {
	await importera(
		page,
		'utf16.json',
		Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')])
	);
	await forvantaVagrad(page, 'utf16.json: filen är kodad som UTF-16 eller UTF-32, inte UTF-8.');
});
