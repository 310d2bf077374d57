/**
 * The ground of the trainee's steps for rules.md sections 5–8: options, the customer and the
 * rubrikträd. steg-arende.ts re-exports it with the Beslut, Beställning and Verkställighet steps,
 * steg-dokumentation.ts the Dokumentation and Bedömning ones. Each step finds its
 * controls by the manual's words and waits for the screen's own confirmation, so a spec reads as
 * the manual's instructions and fails at the step that went wrong.
 *
 * Every step that opens a new screen or dialog can run an axe scan there (`{ axe: true }`): the
 * dialogs only exist inside the step, so the scan has to happen in it.
 */
import { axe, expect, gaTillSov, rubriktrad, sok } from './fixtures';
import type { Locator, Page } from '@playwright/test';

/** Options shared by the steps: `axe` scans each new screen and dialog the step opens. */
export interface Steg {
	axe?: boolean;
}

export async function skanna(page: Page, o: Steg | undefined, namn: string): Promise<void> {
	if (o?.axe) await axe(page, namn);
}

export function escape(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// ---------------------------------------------------------------------------------------------
// Kund and rubrikträd

/**
 * Social och vård dokumentation → searches the whole personnummer (`196104032898`) in its
 * century and waits until that customer is open (one hit opens at once).
 */
export async function oppnaKund(page: Page, pnr: string): Promise<void> {
	await gaTillSov(page);
	await sok(page, `${pnr.slice(2, 8)}-${pnr.slice(8)}`, pnr.slice(0, 2) as '19' | '20');
	await expect(
		page.getByRole('heading', {
			level: 2,
			name: new RegExp(`${escape(pnr.slice(0, 8))}-${escape(pnr.slice(8))}$`)
		})
	).toBeVisible();
}

/**
 * A node of the customer's rubrikträd whose label starts with `borjan`: utredningar and
 * verkställigheter end with their end date and `(pågående)` when bold, so a spec names them by
 * the stable start, e.g. `LSS Utredning 250203-` or `LSS Insatser 221024-`.
 */
export function rubriknod(page: Page, borjan: string): Locator {
	return rubriktrad(page).getByRole('treeitem', { name: new RegExp(`^${escape(borjan)}`) });
}

/** Right-clicks a node of the rubrikträd (by the start of its label) and picks a menu entry. */
export async function nodmeny(page: Page, borjan: string, val: string): Promise<void> {
	await rubriknod(page, borjan).click({ button: 'right' });
	const meny = page.getByRole('menu');
	await expect(meny).toBeVisible();
	await meny.getByRole('menuitem', { name: val, exact: true }).click();
	await expect(meny).toBeHidden();
}

/**
 * Organisation field inside `omrade` (a form or dialog): opens the organisationsträd, collapses
 * the five hemvårdsområden with their minus signs as the manual shows, and chooses `enhet`.
 * `namn` is the field's label (`Organisation`, `Utförarens organisation`).
 */
export async function valjOrganisationI(
	omrade: Locator,
	enhet: string,
	namn = 'Organisation'
): Promise<void> {
	const knapp = omrade.getByRole('button', { name: namn, exact: true });
	await knapp.click();
	await expect(knapp).toHaveAttribute('aria-expanded', 'true');
	const trad = omrade.getByRole('tree', { name: 'Organisationsträd' });
	for (const o of ['Centrum', 'Nord', 'Syd', 'Väst', 'Öst']) {
		const item = trad.getByRole('treeitem', { name: o, exact: true });
		await item.getByText('−', { exact: true }).click();
		await expect(item).toHaveAttribute('aria-expanded', 'false');
	}
	await trad.getByRole('treeitem', { name: enhet, exact: true }).click();
	await expect(trad).toBeHidden();
	await expect(knapp).toHaveAccessibleDescription(enhet);
}

/** The status line under the search box, where a saved form says so. */
export function statusrad(page: Page, text: string): Locator {
	return page.getByRole('status').filter({ hasText: new RegExp(`^${escape(text)}$`) });
}
