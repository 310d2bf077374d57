/**
 * What skarmar.spec.ts looks at on the screens once a facit has brought it there: the
 * utförare's lists on Mina sidor and a felmarkerad note. The steps that get there are the
 * facits' own (facit/gang.ts), so only these looks are written here.
 */
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

function escape(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
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
	const nod = page
		.getByRole('tree', { name: 'Rubrikträd för dokumentation' })
		.getByRole('treeitem', { name: new RegExp(`^${escape(borjan)}`) });
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
