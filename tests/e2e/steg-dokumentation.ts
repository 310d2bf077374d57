/** The trainee's steps for Dokumentation (D1–D8) and Bedömning daglig verksamhet (O9). */
import { expect, rubriktrad } from './fixtures';
import type { Locator, Page } from '@playwright/test';
import { escape, nodmeny, skanna, statusrad, type Steg } from './steg-grund';

// ---------------------------------------------------------------------------------------------
// Dokumentation (D1–D8)

/** The documentation's own tree. */
export function dokumentationstrad(page: Page): Locator {
	return page.getByRole('tree', { name: 'Rubrikträd för dokumentation' });
}

/** Right-click the utredning (label start) → Dokumentation; waits for its rubrikträd (D1). */
export async function oppnaDokumentation(page: Page, utredning: string, o?: Steg): Promise<void> {
	await nodmeny(page, utredning, 'Dokumentation');
	await expect(
		dokumentationstrad(page).getByRole('treeitem', { name: 'Utredningsjournal', exact: true })
	).toBeVisible();
	await skanna(page, o, 'Dokumentation');
}

/** Opens a collapsed branch of the documentation tree by its plus sign (if it is not open). */
export async function oppnaGren(page: Page, nod: string): Promise<void> {
	const item = dokumentationstrad(page).getByRole('treeitem', { name: nod, exact: true });
	if ((await item.getAttribute('aria-expanded')) === 'false')
		await item.getByText('+', { exact: true }).click();
	await expect(item).toHaveAttribute('aria-expanded', 'true');
}

/** The open textdel: a new one (`Ny textdel`) or a saved one (`Textdel`). */
export function textdel(page: Page): Locator {
	return page.getByRole('region', { name: /^(Ny textdel|Textdel) – / });
}

/**
 * Utredningsjournal › double-click Anteckningar → Ny textdel: writes `text` and Spara (D2);
 * waits until the note is saved and open as Textdel.
 */
export async function skrivJournalanteckning(page: Page, text: string, o?: Steg): Promise<void> {
	await oppnaGren(page, 'Utredningsjournal');
	await dokumentationstrad(page)
		.getByRole('treeitem', { name: 'Anteckningar', exact: true })
		.dblclick();
	await skrivOchSpara(page, 'Utredningsjournal', text, undefined, o);
}

/**
 * Utredningsdokument › double-click `rubrik` (its parents `vag` are opened first, e.g.
 * `['Utredning']` for a sub-rubrik) → writes `text`, optionally after choosing `fras` in
 * Frastexter (D6), and Spara.
 */
export async function skrivUnderRubrik(
	page: Page,
	rubrik: string,
	text: string,
	vag: string[] = [],
	fras?: string,
	o?: Steg
): Promise<void> {
	for (const n of ['Utredningsdokument', ...vag]) await oppnaGren(page, n);
	await dokumentationstrad(page).getByRole('treeitem', { name: rubrik, exact: true }).dblclick();
	await skrivOchSpara(page, rubrik, text, fras, o);
}

async function skrivOchSpara(
	page: Page,
	rubrik: string,
	text: string,
	fras: string | undefined,
	o?: Steg
): Promise<void> {
	const del = page.getByRole('region', { name: `Ny textdel – ${rubrik}`, exact: true });
	const ruta = del.getByRole('textbox', { name: 'Ny textdel', exact: true });
	await expect(ruta).toBeVisible();
	await skanna(page, o, `Ny textdel – ${rubrik}`);
	if (fras !== undefined) await del.getByLabel('Frastexter', { exact: true }).selectOption(fras);
	// A chosen frastext lands in the box; the trainee's own words go after it.
	if (text) await ruta.fill(fras !== undefined ? `${await ruta.inputValue()}\n${text}` : text);
	await del
		.getByRole('toolbar', { name: 'Verktygsfält' })
		.getByRole('button', { name: 'Spara', exact: true })
		.click();
	await expect(
		page.getByRole('region', { name: `Textdel – ${rubrik}`, exact: true })
	).toBeVisible();
}

/** Signera on the open textdel; waits until the note is locked (D2). */
export async function signera(page: Page): Promise<void> {
	const del = textdel(page);
	await del.getByRole('button', { name: 'Signera', exact: true }).click();
	await expect(del.getByText('Signerad: texten är låst och kan inte ändras.')).toBeVisible();
	await expect(del.getByRole('textbox', { name: 'Textdel', exact: true })).not.toBeEditable();
}

/**
 * The note in the documentation tree whose label starts with `borjan` (its date `250310` and
 * first words).
 */
export function anteckningsnod(page: Page, borjan: string): Locator {
	return dokumentationstrad(page).getByRole('treeitem', {
		name: new RegExp(`^${escape(borjan)}`)
	});
}

/** Right-click a signed note → Felmarkera → Ja (D5); waits for its Felmarkerad mark. */
export async function felmarkera(page: Page, borjan: string, o?: Steg): Promise<void> {
	const nod = anteckningsnod(page, borjan);
	await nod.click({ button: 'right' });
	const meny = page.getByRole('menu');
	await meny.getByRole('menuitem', { name: 'Felmarkera', exact: true }).click();
	const fraga = page.getByRole('dialog', { name: 'Felmarkera' });
	await expect(fraga).toContainText('Vill du felmarkera anteckningen?');
	await skanna(page, o, 'Felmarkera');
	await fraga.getByRole('button', { name: 'Ja', exact: true }).click();
	await expect(fraga).toBeHidden();
	await expect(nod).toHaveAccessibleDescription(/Felmarkerad/);
}

// ---------------------------------------------------------------------------------------------
// Bedömning daglig verksamhet (O9)

/** The fields of Bedömning; `nivaer` maps a function's label to its nivå. */
export interface BedomningFalt {
	metod: string;
	datum?: string;
	nivaer: Record<string, string>;
	kommentar?: string;
	/** Ticks the box in front of LSS Insatser under Verkställigheter (the first one). */
	lssInsatser?: boolean;
}

/**
 * Under the utredning: right-click Bedömning → Bedömning, fills it and Spara (O9); waits for
 * the status.
 */
export async function gorBedomning(page: Page, b: BedomningFalt, o?: Steg): Promise<void> {
	await rubriktrad(page)
		.getByRole('treeitem', { name: 'Bedömning', exact: true })
		.click({ button: 'right' });
	await page.getByRole('menu').getByRole('menuitem', { name: 'Bedömning', exact: true }).click();
	const vy = page.getByRole('region', { name: 'Bedömning', exact: true });
	await expect(vy).toBeVisible();
	await skanna(page, o, 'Bedömning');
	await vy.getByLabel('Metod/Instrument', { exact: true }).selectOption(b.metod);
	if (b.datum !== undefined) await vy.getByLabel('Datum', { exact: true }).fill(b.datum);
	for (const [funktion, niva] of Object.entries(b.nivaer))
		await vy.getByLabel(funktion, { exact: true }).selectOption(niva);
	if (b.kommentar !== undefined)
		await vy.getByLabel('Kommentar', { exact: true }).fill(b.kommentar);
	if (b.lssInsatser)
		await vy.getByRole('group', { name: 'Verkställigheter' }).getByRole('checkbox').first().check();
	await vy
		.getByRole('toolbar', { name: 'Verktygsfält' })
		.getByRole('button', { name: 'Spara', exact: true })
		.click();
	await expect(statusrad(page, 'Bedömningen är sparad.')).toBeVisible();
}
