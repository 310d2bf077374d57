/**
 * Spela in facit and Spela in felvariant (issue 9): a trainer records a scenario's solution by
 * doing it in the mock. Here the trainer's hands are the facit player (facit/spela.ts), so the
 * recording must give back the shipped facit.yaml step for step, and the attempt its events.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { lasFacit } from '../../src/lib/content/facit';
import { lasFacitFil } from '../../src/lib/content/fs';
import { handlingen } from '../../src/lib/domain/facit/jamfor';
import { variantSteg } from '../../src/lib/domain/facit/variant';
import { handelserUr, lasForsok } from '../../src/lib/schemas/forsok';
import { axe, expect, test } from './fixtures';
import { spela } from './facit/spela';

const ID = 'ledsagarservice-ny-kund';
const MAPP = fileURLToPath(new URL(`../../scenarios/${ID}`, import.meta.url));
const facit = lasFacitFil(MAPP);
const facitetsForsok = lasForsok(
	readFileSync(join(MAPP, 'attempts/pass-facit.json'), 'utf8'),
	'pass-facit.json'
);
const facitetsGranser = JSON.parse(
	readFileSync(join(MAPP, 'attempts/pass-facit.steg.json'), 'utf8')
).granser as number[];

async function startaInspelning(page: Page, fraga: string): Promise<void> {
	await page.goto(`/inspelning?${fraga}`);
	await expect(page.getByRole('status').filter({ hasText: 'Gör stegen i Procapita' })).toBeVisible({
		timeout: 20_000
	});
}

const inspelning = (page: Page) => page.getByRole('region', { name: /^Spelar in/ });
const fil = (page: Page, namn: string) => page.getByRole('textbox', { name: namn, exact: true });

test('Spela in facit: doing the facit records the same steps, events and step counts', async ({
	page
}) => {
	await startaInspelning(page, `scenario=${ID}`);
	await spela(page, facit.steg, `scenarios/${ID}/facit.yaml`);
	const steg = inspelning(page).getByRole('list', { name: 'Inspelade steg' }).getByRole('listitem');
	await expect(steg).toHaveCount(facit.steg.length);
	await expect(steg.nth(3)).toContainText('Klicka på knappen Sök KIR i rutan Sökresultat.');
	await axe(page, 'Inspelningen pågår');

	await inspelning(page).getByRole('button', { name: 'Stoppa inspelningen' }).click();
	await expect(inspelning(page)).toContainText('Godkänt.');
	const yaml = fil(page, 'facit.yaml');
	await expect(yaml).not.toHaveValue('');
	// the ids and whys of the facit carry over to the steps that do what they do: the same facit
	expect(lasFacit(await yaml.inputValue(), 'inspelad/facit.yaml').steg).toEqual(facit.steg);
	const forsok = lasForsok(await fil(page, 'attempts/pass-facit.json').inputValue(), 'inspelad');
	expect(handelserUr(forsok)).toEqual(handelserUr(facitetsForsok));
	expect(forsok.startad).toBe(facitetsForsok.startad);
	await expect(inspelning(page)).toContainText(
		`Händelser efter varje steg: ${facitetsGranser.join(', ')}.`
	);
	await axe(page, 'Inspelningen stoppad, filerna');

	// Spara läget som startläge: what the recording built, as start:
	await inspelning(page).getByRole('button', { name: 'Spara läget som startläge' }).click();
	const ruta = page.getByRole('dialog', { name: 'Spara läget som startläge' });
	await expect(ruta.getByRole('textbox', { name: 'start:' })).toHaveValue(/efternamn: Dahlberg/);
	await expect(ruta.getByRole('textbox', { name: 'start:' })).toHaveValue(/pnr: '198011169235'/);
	await axe(page, 'Spara läget som startläge');
	await ruta.getByRole('button', { name: 'Stäng' }).click();
	await expect(ruta).toBeHidden();

	// the same in the sandbox, where an empty world gives an empty start
	await page.goto('/sandlada');
	await page.getByRole('button', { name: 'Spara läget som startläge' }).click();
	await expect(
		page
			.getByRole('dialog', { name: 'Spara läget som startläge' })
			.getByRole('textbox', { name: 'start:' })
	).toHaveValue('start: {}\n');
});

test('Spela in felvariant: a cut step is replayed away, the variant is its difference from the facit and fails on its rules', async ({
	page
}) => {
	const namn = 'fail-dagens-datum-hemvardsomrade';
	const v = facit.varianter[namn];
	const vagen = variantSteg(facit, namn, v);
	await startaInspelning(page, `scenario=${ID}&variant=${namn}`);
	await expect(inspelning(page).getByRole('heading')).toHaveText(`Spelar in felvarianten ${namn}`);
	// a stray step, cut again: Stoppa then replays the rest with Visa's hands in a fresh attempt
	await page.getByRole('tab', { name: 'Mina sidor' }).click();
	const steg = inspelning(page).getByRole('list', { name: 'Inspelade steg' }).getByRole('listitem');
	await expect(steg.nth(0)).toHaveText(/^Klicka på fliken Mina sidor\./);
	await spela(page, vagen, 'variant');
	await expect(steg).toHaveCount(vagen.length + 1);
	await steg.nth(0).getByRole('button', { name: 'Ta bort steget' }).click();
	await expect(inspelning(page)).toContainText('Stegen är ändrade');
	await inspelning(page).getByRole('button', { name: 'Stoppa inspelningen' }).click();

	await expect(inspelning(page)).toContainText('Inte godkänt: fel A3, A4, U2, U5.', {
		timeout: 30_000
	});
	await expect(steg).toHaveCount(vagen.length);
	await inspelning(page).getByRole('textbox', { name: 'Beskrivning' }).fill(v.beskrivning);
	await inspelning(page).getByRole('button', { name: 'Skriv felvarianten' }).click();
	const text = await fil(page, 'facit.yaml').inputValue();
	const igen = lasFacit(text, 'inspelad/facit.yaml');
	const skriven = igen.varianter[namn];
	// the variant format: the changed fields only, not a copy of the steps
	expect(skriven.falt).toEqual(v.falt);
	expect(skriven.byt ?? skriven.fore ?? skriven.efter ?? skriven['ta-bort']).toBeUndefined();
	expect(new Set(skriven.fel)).toEqual(new Set(['A3', 'A4', 'U2', 'U5']));
	expect(variantSteg(igen, namn, skriven).map(handlingen)).toEqual(vagen.map(handlingen));
	await expect(fil(page, 'Varianten i facit.yaml')).toHaveValue(
		new RegExp(`^varianter:\\n  ${namn}:`)
	);
	const forsok = lasForsok(await fil(page, `attempts/${namn}.json`).inputValue(), 'inspelad');
	const facitensVariant = lasForsok(
		readFileSync(join(MAPP, `attempts/${namn}.json`), 'utf8'),
		namn
	);
	expect(handelserUr(forsok)).toEqual(handelserUr(facitensVariant));
});
