/**
 * One walk through the app: start the exercise, play the steps, Lämna in, and take the attempt
 * as Exportera försök writes it. The facit spec and the recorder both walk this way, so a
 * committed attempt is exactly what the UI produces.
 */
import { expect, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lasFacitFil, lasScenarioFil } from '../../../src/lib/content/fs';
import { lasForsok, type Forsok } from '../../../src/lib/schemas/forsok';
import type { Steg } from '../../../src/lib/schemas/facit';
import type { Scenario } from '../../../src/lib/schemas/scenario';
import { startaOvning } from '../fixtures';
import { spela } from './spela';

/** Walks `steg` in a fresh attempt of `s`; returns the exported attempt. */
export async function gaIgenom(
	page: Page,
	s: Scenario,
	steg: readonly Steg[],
	kalla: string
): Promise<Forsok> {
	await startaOvning(page, s.title);
	await spela(page, steg, kalla);
	await page.getByRole('button', { name: 'Lämna in', exact: true }).click();
	await page
		.getByRole('dialog', { name: 'Lämna in' })
		.getByRole('button', { name: 'Ja', exact: true })
		.click();
	await expect(page.getByRole('heading', { name: /^(Godkänt|Inte godkänt)$/ })).toBeVisible();
	const [nedladdning] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Exportera försök', exact: true }).click()
	]);
	const vag = await nedladdning.path();
	return lasForsok(await readFile(vag, 'utf8'), nedladdning.suggestedFilename());
}

/**
 * For capability specs: starts scenario `id` and plays its facit up to and including the step
 * `till` (all of it without), so a spec reaches a screen the way a trainee does and then looks
 * at what no grader sees (a table column, a list on Mina sidor, a disabled button).
 */
export async function spelaFacit(
	page: Page,
	id: string,
	till?: string,
	/** false: stop just before the step `till`. */
	medSteget = true
): Promise<Scenario> {
	const mapp = fileURLToPath(new URL(`../../../scenarios/${id}`, import.meta.url));
	const s = lasScenarioFil(join(mapp, 'index.md'));
	const { steg } = lasFacitFil(mapp);
	const i = till === undefined ? steg.length - 1 : steg.findIndex((x) => x.id === till);
	if (i < 0) throw new Error(`scenarios/${id}/facit.yaml: inget steg med id ${till}`);
	await startaOvning(page, s.title);
	await spela(page, steg.slice(0, medSteget ? i + 1 : i), `scenarios/${id}/facit.yaml`);
	return s;
}
