/**
 * The one Playwright fixture every e2e spec uses, and the steps a trainee takes, written once.
 *
 * Each test gets Playwright's per-test browser context, so a fresh IndexedDB: no attempt, world
 * or draft leaks from one test to the next. Any page error, console error or failed same-origin
 * response fails the test, so a broken screen cannot hide behind a passing assertion.
 */
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { lasScenarioFil } from '../../src/lib/content/fs';
import type { Scenario } from '../../src/lib/schemas/scenario';

export { expect };

/** Reads a committed scenario (Node side) so specs take titles and dates from the source. */
export function scenario(id: string): Scenario {
	return lasScenarioFil(fileURLToPath(new URL(`../../scenarios/${id}/index.md`, import.meta.url)));
}

/** Collects every page error, console error and failed same-origin response of `page`. */
export function fangaSidfel(page: Page, baseURL: string | undefined): string[] {
	const fel: string[] = [];
	page.on('pageerror', (e) => fel.push(`Sidfel: ${e.message}`));
	page.on('console', (m) => {
		if (m.type() === 'error') fel.push(`Konsolfel: ${m.text()} (${m.location().url})`);
	});
	page.on('response', (r) => {
		if (r.status() >= 400 && baseURL && r.url().startsWith(baseURL))
			fel.push(`HTTP ${r.status()}: ${r.url()}`);
	});
	return fel;
}

/**
 * An init script: `window.print` counts its calls in `window.__utskrifter` instead of opening
 * the native print dialog (E5), so a test can assert that the preview was printed.
 */
export function stubbaUtskrift(): void {
	const w = window as unknown as { __utskrifter: number; print: () => void };
	w.__utskrifter = 0;
	w.print = () => {
		w.__utskrifter++;
	};
}

/** How many times the page called `window.print` (after `stubbaUtskrift`). */
export function utskrifter(page: Page): Promise<number> {
	return page.evaluate(() => (window as unknown as { __utskrifter: number }).__utskrifter);
}

export const test = base.extend<{ sidfel: string[] }>({
	sidfel: [
		async ({ page, baseURL }, use) => {
			// Utskrift (E5) ends in the browser's own print dialog: counted, never opened
			await page.addInitScript(stubbaUtskrift);
			const fel = fangaSidfel(page, baseURL);
			await use(fel);
			expect(fel, 'Sidan fick fel under testet').toEqual([]);
		},
		{ auto: true }
	]
});

// ---------------------------------------------------------------------------------------------
// Start page and runner

/** Start page → "Öva: <title>" → waits until the mock of Procapita is ready (Mina sidor). */
export async function startaOvning(page: Page, titel: string): Promise<void> {
	await page.goto('/');
	await page.getByRole('button', { name: `Öva: ${titel}`, exact: true }).click();
	await expect(page.getByRole('tab', { name: 'Mina sidor' })).toBeVisible();
	await expect(page.getByRole('tab', { name: 'Mina sidor' })).toHaveAttribute(
		'aria-selected',
		'true'
	);
}

/** The tab Social och vård dokumentation, where customers are searched. */
export async function gaTillSov(page: Page): Promise<void> {
	const flik = page.getByRole('tab', { name: 'Social och vård dokumentation' });
	await flik.click();
	await expect(flik).toHaveAttribute('aria-selected', 'true');
}

/**
 * Runs an axe scan for WCAG 2.0/2.1 A and AA and fails with every violation's rule id, help
 * text and targets, so the message says what to fix without opening a trace.
 */
export async function axe(page: Page, namn: string): Promise<void> {
	const r = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.analyze();
	const text = r.violations
		.map(
			(v) =>
				`- ${v.id} (${v.impact ?? 'okänd'}): ${v.help}\n  ${v.helpUrl}\n` +
				v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join('\n')
		)
		.join('\n');
	expect(r.violations.length, `axe-fel på "${namn}":\n${text}`).toBe(0);
}

/** Lämna in → the question → Ja → the report page, waiting for the verdict. */
export async function lamnaIn(page: Page, prov = false): Promise<void> {
	await page.getByRole('button', { name: 'Lämna in', exact: true }).click();
	const fraga = page.getByRole('dialog', { name: 'Lämna in' });
	// Prov says that the hand-in is its one result; the other ways ask plainly
	await expect(fraga).toContainText(
		prov ? 'Vill du lämna in provet?' : 'Vill du lämna in försöket?'
	);
	await fraga.getByRole('button', { name: 'Ja', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1, name: /^Resultat: / })).toBeVisible();
	await expect(page.getByRole('heading', { name: /^(Godkänt|Inte godkänt)$/ })).toBeVisible();
}

/** The report's verdict heading. */
export async function forvantaResultat(
	page: Page,
	resultat: 'Godkänt' | 'Inte godkänt'
): Promise<void> {
	await expect(page.getByRole('heading', { name: /^(Godkänt|Inte godkänt)$/ })).toHaveText(
		resultat
	);
}

/** The report's findings for one rules.md id. */
export function fyndFor(page: Page, regelId: string): Locator {
	return page
		.getByRole('listitem')
		.filter({ has: page.getByText(new RegExp(`^Regel ${regelId}(, avgörande)?$`)) });
}

/** At least one finding for each id is shown as Fel. */
export async function forvantaFel(page: Page, regelIds: string[]): Promise<void> {
	for (const id of regelIds) {
		const fel = fyndFor(page, id).filter({ has: page.getByText('Fel', { exact: true }) });
		await expect(fel.first(), `Regel ${id} ska visas som Fel`).toBeVisible();
	}
}

// ---------------------------------------------------------------------------------------------
// Söka fram kund, Registrera en ny kund (S1–S6)

/** Types in Sök kund, sets Århundrade and clicks the binoculars (Sök). */
export async function sok(page: Page, fraga: string, arhundrade: '19' | '20'): Promise<void> {
	await page.getByLabel('Sök kund').fill(fraga);
	await page.getByLabel('Århundrade').selectOption(arhundrade);
	await page.getByRole('button', { name: 'Sök', exact: true }).click();
}

/** Waits until a customer is open: the heading line with name and personnummer. */
export async function forvantaKund(page: Page, namn: string, pnr: string): Promise<void> {
	await expect(page.getByRole('heading', { level: 2, name: `${namn} ${pnr}` })).toBeVisible();
}

/** The empty Sökresultat box → Sök KIR; returns the KIR dialog. */
export async function sokKir(page: Page): Promise<Locator> {
	const traffar = page.getByRole('dialog', { name: 'Sökresultat' });
	await expect(traffar).toContainText('Inga träffar i personregistret.');
	await traffar.getByRole('button', { name: 'Sök KIR', exact: true }).click();
	await expect(traffar).toBeHidden();
	const kir = page.getByRole('dialog', { name: 'KIR' });
	await expect(kir).toBeVisible();
	return kir;
}

// ---------------------------------------------------------------------------------------------
// Rubrikträd and context menus

export type MenySatt = 'mus' | 'tangent' | 'knapp';

/** The customer's rubrikträd. */
export function rubriktrad(page: Page): Locator {
	return page.getByRole('tree', { name: 'Rubrikträd' });
}

/**
 * Opens a tree item's context menu and picks an entry: by right-click (`mus`), by Shift+F10 on
 * the focused item (`tangent`) or by selecting it and the visible Högerklicksmeny button.
 */
export async function menyval(
	page: Page,
	nod: string,
	val: string,
	satt: MenySatt = 'mus'
): Promise<void> {
	const item = rubriktrad(page).getByRole('treeitem', { name: nod, exact: true });
	if (satt === 'mus') {
		await item.click({ button: 'right' });
	} else if (satt === 'tangent') {
		await item.focus();
		await expect(item).toBeFocused();
		await page.keyboard.press('Shift+F10');
	} else {
		await item.click();
		await expect(item).toHaveAttribute('aria-selected', 'true');
		await page.getByRole('button', { name: 'Högerklicksmeny', exact: true }).click();
	}
	const meny = page.getByRole('menu');
	await expect(meny).toBeVisible();
	await meny.getByRole('menuitem', { name: val, exact: true }).click();
	await expect(meny).toBeHidden();
}

// ---------------------------------------------------------------------------------------------
// Aktualisering and Inled utredning (A1–A6, U1–U8)

export type OrgSatt = 'minus' | 'tangent' | 'direkt';

/**
 * Organisation: opens the organisationsträd and chooses `enhet`. `minus` collapses the five
 * hemvårdsområden with their minus signs first, `tangent` walks the tree with the arrow keys
 * (Left collapses) and Enter, `direkt` clicks the unit as it is (for a hemvårdsområde).
 */
export async function valjOrganisation(
	page: Page,
	enhet: string,
	satt: OrgSatt = 'minus'
): Promise<void> {
	const knapp = page.getByRole('button', { name: 'Organisation', exact: true });
	await knapp.click();
	await expect(knapp).toHaveAttribute('aria-expanded', 'true');
	const trad = page.getByRole('tree', { name: 'Organisationsträd' });
	await expect(trad).toBeVisible();
	const omraden = ['Centrum', 'Nord', 'Syd', 'Väst', 'Öst'];
	if (satt === 'minus') {
		for (const o of omraden) {
			const item = trad.getByRole('treeitem', { name: o, exact: true });
			await item.getByText('−', { exact: true }).click();
			await expect(item).toHaveAttribute('aria-expanded', 'false');
		}
		await trad.getByRole('treeitem', { name: enhet, exact: true }).click();
	} else if (satt === 'tangent') {
		await expect(trad.getByRole('treeitem', { name: 'C1 VON', exact: true })).toBeFocused();
		for (const o of omraden) {
			await page.keyboard.press('ArrowDown');
			const item = trad.getByRole('treeitem', { name: o, exact: true });
			await expect(item).toBeFocused();
			await page.keyboard.press('ArrowLeft');
			await expect(item).toHaveAttribute('aria-expanded', 'false');
		}
		await page.keyboard.press('ArrowDown');
		await expect(trad.getByRole('treeitem', { name: enhet, exact: true })).toBeFocused();
		await page.keyboard.press('Enter');
	} else {
		await trad.getByRole('treeitem', { name: enhet, exact: true }).click();
	}
	await expect(trad).toBeHidden();
	await expect(knapp).toHaveAccessibleDescription(enhet);
}

export interface AktFalt {
	typ: string;
	datum: string;
	franVem: string;
	ansvarig: string;
	organisation: string;
	orgSatt?: OrgSatt;
}

/** The Aktualisering form, shown after the menu choice Aktualisering. */
export function aktualiseringsvy(page: Page): Locator {
	return page.getByRole('region', { name: 'Aktualisering', exact: true });
}

/** Fills the draft on screen. */
export async function fyllAktualisering(page: Page, a: AktFalt): Promise<void> {
	const vy = aktualiseringsvy(page);
	await expect(vy).toBeVisible();
	await vy.getByLabel('Typ av aktualisering').selectOption(a.typ);
	await vy.getByLabel('Datum', { exact: true }).fill(a.datum);
	await vy.getByLabel('Från vem').selectOption(a.franVem);
	await vy.getByLabel('Ansvarig handläggare').selectOption(a.ansvarig);
	await valjOrganisation(page, a.organisation, a.orgSatt);
}

/** The toolbar's Spara in the view shown. */
export async function sparaIVerktygsfalt(page: Page): Promise<void> {
	await page
		.getByRole('toolbar', { name: 'Verktygsfält' })
		.getByRole('button', { name: 'Spara', exact: true })
		.click();
}

/** Fills one draft per entry (Ny between them, A2) and saves them all with Spara (A6). */
export async function aktualisera(page: Page, lista: AktFalt[]): Promise<void> {
	for (const [i, a] of lista.entries()) {
		if (i > 0) {
			await page
				.getByRole('toolbar', { name: 'Verktygsfält' })
				.getByRole('button', { name: 'Ny', exact: true })
				.click();
			await expect(
				page.getByRole('listbox', { name: 'Aktualiseringar' }).getByRole('option')
			).toHaveCount(i + 1);
		}
		await fyllAktualisering(page, a);
	}
	await sparaIVerktygsfalt(page);
	const sparade = page.getByRole('table', { name: 'Sparade aktualiseringar' });
	await expect(sparade.getByRole('row')).toHaveCount(lista.length + 1);
	await expect(page.getByRole('tab', { name: 'Inled utredning' })).toBeVisible();
}

export interface InledFalt {
	inledningsdatum: string;
	typ: string;
	organisation: string;
	orgSatt?: OrgSatt;
	/** Labels of the Ej behandlade aktualiseringar to tick ("LSS Korttidstillsyn 2025-02-27"). */
	kryssa?: string[];
	/** Labels to untick. */
	avkryssa?: string[];
}

/** Tab Inled utredning → the form → Spara; waits for the new utredning's panel. */
export async function inledUtredning(page: Page, u: InledFalt): Promise<void> {
	await page.getByRole('tab', { name: 'Inled utredning' }).click();
	const vy = page.getByRole('region', { name: 'Inled utredning' });
	await expect(vy).toBeVisible();
	await vy.getByLabel('Inledningsdatum').fill(u.inledningsdatum);
	await vy.getByLabel('Typ av utredning').selectOption(u.typ);
	await valjOrganisation(page, u.organisation, u.orgSatt);
	const ej = vy.getByRole('group', { name: 'Ej behandlade aktualiseringar' });
	for (const k of u.kryssa ?? []) await ej.getByRole('checkbox', { name: k }).check();
	for (const k of u.avkryssa ?? []) await ej.getByRole('checkbox', { name: k }).uncheck();
	await sparaIVerktygsfalt(page);
	await expect(page.getByRole('status')).toHaveText('Utredningen är inledd.');
	await expect(page.getByRole('region', { name: /^LSS Utredning \d{6}-/ })).toBeVisible();
}

/**
 * Reloads and waits until the attempt is loaded again. Called right after typing, with no wait
 * for a write: the screen state must survive a reload at any moment.
 */
export async function ladda(page: Page): Promise<void> {
	await page.reload();
	await expect(page.getByRole('tablist', { name: 'Procapita' })).toBeVisible();
}
