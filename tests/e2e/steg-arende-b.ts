/**
 * Trainee steps of rules.md sections 5–8 that batch B's specs need beyond steg-arende.ts: start
 * a scenario on its customer, the Hjälpfrastexter hammer, the felmarkerad note as the läsvy
 * shows it, and the utförare's lists on Mina sidor. Controls are found by the manual's words.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, startaOvning } from './fixtures';
import { anteckningsnod, oppnaKund, textdel } from './steg-arende';

/** Starta: the scenario, then Social och vård dokumentation with its customer open. */
export async function startaPaKund(page: Page, titel: string, pnr: string): Promise<void> {
	await startaOvning(page, titel);
	await oppnaKund(page, pnr);
}

/**
 * The hammer (Hjälpfrastexter) on the open textdel: shows the rubrik's help text (D6) and
 * returns its region.
 */
export async function visaHjalpfrastext(page: Page, text: string): Promise<Locator> {
	await textdel(page)
		.getByRole('toolbar', { name: 'Verktygsfält' })
		.getByRole('button', { name: 'Hjälpfrastexter', exact: true })
		.click();
	const hjalp = page.getByRole('region', { name: 'Hjälpfrastext', exact: true });
	await expect(hjalp).toHaveText(text);
	return hjalp;
}

/**
 * Clicks the felmarkerad note (label start) and checks what D5 promises: the note is still
 * there, in the tree and in the läsvy, marked Felmarkerad with its red cross, and locked.
 */
export async function forvantaFelmarkeradKvar(
	page: Page,
	borjan: string,
	text: string
): Promise<void> {
	const nod = anteckningsnod(page, borjan);
	await expect(nod).toHaveAccessibleDescription('Signerad, Felmarkerad');
	await nod.click();
	const del = page.getByRole('region', { name: /^Textdel – / });
	const lasvy = del.getByRole('region', { name: 'Läsvy', exact: true });
	const not = lasvy.getByRole('article').filter({ hasText: text });
	await expect(not).toContainText('Felmarkerad');
	// The red cross is decoration (aria-hidden) over the kept text; its visibility is the point.
	await expect(not.locator('.kryss')).toBeVisible();
	await expect(del.getByRole('textbox', { name: 'Textdel', exact: true })).not.toBeEditable();
}

/**
 * Mina sidor, as the utförare sees sent beställningar (O5): the rows of `lista`
 * (`Inkomna beställningar` or `Beställningar – ej bekräftade`).
 */
export async function bestallningarPaMinaSidor(page: Page, lista: string): Promise<Locator> {
	const flik = page.getByRole('tab', { name: 'Mina sidor' });
	await flik.click();
	await expect(flik).toHaveAttribute('aria-selected', 'true');
	return page.getByRole('listbox', { name: lista, exact: true }).getByRole('option');
}
