/**
 * A short exercise done in a launched package, as a trainee does it: the scenario's facit played
 * in the real UI (tests/e2e/facit/spela.ts) and handed in.
 */
import { expect, type Frame, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { lasFacitFil } from '../../src/lib/content/fs';
import { spela } from '../e2e/facit/spela';

export const OVNING = 'ledsagarservice-ny-kund';

/** Plays the facit of OVNING in `yta` (the page, or the SCO's frame in an LMS's page). */
export async function spelaFacit(yta: Page | Frame): Promise<void> {
	const mapp = fileURLToPath(new URL(`../../scenarios/${OVNING}`, import.meta.url));
	// spela finds every control with getByRole, which a Frame has as a Page does
	await spela(yta as Page, lasFacitFil(mapp).steg, `scenarios/${OVNING}/facit.yaml`);
}

export async function lamnaIn(yta: Page | Frame): Promise<void> {
	await yta.getByRole('button', { name: 'Lämna in', exact: true }).click();
	await yta
		.getByRole('dialog', { name: 'Lämna in' })
		.getByRole('button', { name: 'Ja', exact: true })
		.click();
	await expect(yta.getByRole('heading', { name: 'Godkänt', exact: true })).toBeVisible();
}
