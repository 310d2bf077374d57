/**
 * The trainee's steps for Beslut, Beställning and Verkställighet (rules.md sections 6–8), and the
 * one import for every step of sections 5–8: it re-exports steg-grund.ts and
 * steg-dokumentation.ts. Each step finds its controls by the manual's words and waits for the
 * screen's own confirmation; `{ axe: true }` scans each screen and dialog it opens.
 */
import { expect, rubriktrad } from './fixtures';
import type { Locator, Page } from '@playwright/test';
import {
	escape,
	nodmeny,
	rubriknod,
	skanna,
	statusrad,
	valjOrganisationI,
	type Steg
} from './steg-grund';

export * from './steg-grund';
export * from './steg-dokumentation';

// ---------------------------------------------------------------------------------------------
// Beslut (B1–B7)

/** One beslut as the Beslut tab takes it; fields left out keep what the form shows. */
export interface BeslutBlad {
	insatskategori: string;
	beslut: string;
	beslutsdatum: string;
	/** Gäller fr.o.m. */
	fran: string;
	/** Gäller t.o.m. */
	till?: string;
	beslutsfattare?: string;
	/** Chosen in the organisationsträd; the Beslut tab starts empty. */
	organisation?: string;
	personkrets?: string;
	niva?: string;
	/** Period for the hours: Månad, År or Vecka (the form starts on Vecka). */
	period?: string;
	/** Antal timmar as `timmar.minuter`. */
	timmar?: string;
	/**
	 * B7 wrong path: types the hours first and changes the period afterwards, so the form
	 * recalculates them into the new period (the step checks that they changed).
	 */
	timmarForePeriod?: boolean;
	/** Utredning avslutas; the box starts ticked. */
	utredningAvslutas?: boolean;
}

/** The tab panel of the utredning's Beslut tab. */
export function beslutsflik(page: Page): Locator {
	return page.getByRole('tabpanel', { name: 'Beslut', exact: true });
}

/**
 * Double-clicks the utredning (label starting `utredning`, e.g. `LSS Utredning 250203-`) in the
 * rubrikträd and opens its tab Beslut; returns that tab's panel.
 */
export async function oppnaBeslutsflik(page: Page, utredning: string, o?: Steg): Promise<Locator> {
	await rubriknod(page, utredning).dblclick();
	const tabb = page
		.getByRole('tablist', { name: 'Utredning', exact: true })
		.getByRole('tab', { name: 'Beslut', exact: true });
	await tabb.click();
	await expect(tabb).toHaveAttribute('aria-selected', 'true');
	const flik = beslutsflik(page);
	await expect(flik.getByRole('combobox', { name: 'Beslut', exact: true })).toBeVisible();
	await skanna(page, o, 'Beslut');
	return flik;
}

/** Fills the beslut the Beslut tab shows (the selected sheet) with `b`. */
export async function fyllBeslut(page: Page, b: BeslutBlad): Promise<void> {
	const f = beslutsflik(page);
	await f.getByLabel('Insatskategori', { exact: true }).selectOption(b.insatskategori);
	await f.getByRole('combobox', { name: 'Beslut', exact: true }).selectOption(b.beslut);
	await f.getByLabel('Beslutsdatum', { exact: true }).fill(b.beslutsdatum);
	await f.getByLabel('Gäller fr.o.m.', { exact: true }).fill(b.fran);
	if (b.till !== undefined) await f.getByLabel('Gäller t.o.m.', { exact: true }).fill(b.till);
	if (b.beslutsfattare !== undefined)
		await f.getByLabel('Beslutsfattare', { exact: true }).selectOption(b.beslutsfattare);
	if (b.organisation !== undefined) await valjOrganisationI(f, b.organisation);
	if (b.personkrets !== undefined)
		await f.getByLabel('Personkretstillhörighet', { exact: true }).selectOption(b.personkrets);
	if (b.niva !== undefined) await f.getByLabel('Nivå', { exact: true }).selectOption(b.niva);
	await fyllTimmar(f, 'Antal timmar', b.period, b.timmar, b.timmarForePeriod);
	if (b.utredningAvslutas !== undefined)
		await f
			.getByRole('checkbox', { name: 'Utredning avslutas', exact: true })
			.setChecked(b.utredningAvslutas);
}

/**
 * Period and hours in `omrade`: the period first, as the manual says (B7), or, with
 * `timmarForst`, the hours first, after which the form recalculates them.
 */
async function fyllTimmar(
	omrade: Locator,
	falt: string,
	period: string | undefined,
	timmar: string | undefined,
	timmarForst = false
): Promise<void> {
	const periodFalt = omrade.getByLabel('Period', { exact: true });
	const timmarFalt = omrade.getByLabel(falt, { exact: true });
	if (timmarForst && timmar !== undefined && period !== undefined) {
		await timmarFalt.fill(timmar);
		await periodFalt.selectOption(period);
		await expect(timmarFalt).not.toHaveValue(timmar);
		return;
	}
	if (period !== undefined) await periodFalt.selectOption(period);
	if (timmar !== undefined) await timmarFalt.fill(timmar);
}

/** Toolbar Ny (the white sheet) on the Beslut tab: a new sheet, shown and selected. */
export async function nyttBeslut(page: Page): Promise<void> {
	const f = beslutsflik(page);
	const fore = await f
		.getByRole('listbox', { name: 'Beslut att spara' })
		.getByRole('option')
		.count();
	await f
		.getByRole('toolbar', { name: 'Verktygsfält' })
		.getByRole('button', { name: 'Ny', exact: true })
		.click();
	const blad = f.getByRole('listbox', { name: 'Beslut att spara' }).getByRole('option');
	// The list only shows from two sheets on; one sheet before Ny means two after.
	await expect(blad).toHaveCount(Math.max(fore, 1) + 1);
	await expect(blad.last()).toHaveAttribute('aria-selected', 'true');
}

/** Toolbar Spara on the Beslut tab; waits for the status and `antal` rows in Fattade beslut. */
export async function sparaBeslut(page: Page, antal: number): Promise<void> {
	const f = beslutsflik(page);
	await f
		.getByRole('toolbar', { name: 'Verktygsfält' })
		.getByRole('button', { name: 'Spara', exact: true })
		.click();
	await expect(statusrad(page, 'Beslutet är sparat.')).toBeVisible();
	await expect(f.getByRole('table', { name: 'Fattade beslut' }).getByRole('row')).toHaveCount(
		antal + 1
	);
}

/**
 * The whole Beslut step: opens the utredning's Beslut tab, fills one sheet per entry with Ny
 * between them (B4), and saves them all with one Spara.
 */
export async function fattaBeslut(
	page: Page,
	utredning: string,
	blad: BeslutBlad[],
	o?: Steg
): Promise<void> {
	await oppnaBeslutsflik(page, utredning, o);
	const fore = await beslutsflik(page)
		.getByRole('table', { name: 'Fattade beslut' })
		.getByRole('row')
		.count();
	for (const [i, b] of blad.entries()) {
		if (i > 0) await nyttBeslut(page);
		await fyllBeslut(page, b);
	}
	await sparaBeslut(page, Math.max(fore - 1, 0) + blad.length);
}

// ---------------------------------------------------------------------------------------------
// Beställning (O1–O9)

/** A beställning as the Beställning tab takes it; fields left out keep the form's proposal. */
export interface BestallningFalt {
	/** The Beslut list by its label (`LSS Ledsagarservice Bifall 250422` or `<ingen>`). */
	beslut?: string;
	insatskategori: string;
	utforare: string;
	/** Changes Utförarens organisation after the utförare set it (bostad vuxna). */
	utforarensOrganisation?: string;
	/** Insatser moved over, in order, in the Insatser dialog. */
	insatser: string[];
	/** Period for Beställd kvantitet, set before the hours. */
	period?: string;
	/** Beställd kvantitet as `timmar.minuter`; `''` empties the proposed hours. */
	kvantitet?: string;
	/** Beställningen gäller fr.o.m. */
	fran?: string;
	/** Beställningen gäller t.o.m.; `''` empties the proposed date. */
	till?: string;
	bestalltDatum?: string;
	/** Written on the tab Beställningstext. */
	bestallningstext?: string;
}

/** The panel of a beslut's Beställning tab (the outer one, holding the whole form). */
export function bestallningsflik(page: Page): Locator {
	return page
		.getByRole('tabpanel', { name: 'Beställning', exact: true })
		.filter({ has: page.getByRole('tablist', { name: 'Beställningsflikar' }) });
}

/**
 * The saved beslut's nodes in the rubrikträd with this exact label, in saving order; several
 * beslut of one day share a label (tillfällig utökning), so a spec picks one with `.nth(i)`.
 */
export function beslutsnod(page: Page, beslut: string): Locator {
	return rubriktrad(page).getByRole('treeitem', { name: beslut, exact: true });
}

/**
 * Double-clicks the beslut in the rubrikträd (its label, e.g. `LSS Ledsagarservice Bifall
 * 250422`, or its node from `beslutsnod`) and opens its tab Beställning (O5); returns that
 * tab's panel.
 */
export async function oppnaBestallningsflik(
	page: Page,
	beslut: string | Locator,
	o?: Steg
): Promise<Locator> {
	await (typeof beslut === 'string' ? beslutsnod(page, beslut) : beslut).dblclick();
	const tabb = page
		.getByRole('tablist', { name: 'Beslutsklubba' })
		.getByRole('tab', { name: 'Beställning', exact: true });
	await tabb.click();
	await expect(tabb).toHaveAttribute('aria-selected', 'true');
	const flik = bestallningsflik(page);
	await expect(flik.getByLabel('Utförare', { exact: true })).toBeVisible();
	await skanna(page, o, 'Beställning');
	return flik;
}

/**
 * The Insatser button → the dialog Insatser: selects each insats in Insatsträd, Pila över (the
 * blue arrow), then OK; checks the beställning's insats list afterwards.
 */
export async function valjInsatser(page: Page, insatser: string[], o?: Steg): Promise<void> {
	const flik = bestallningsflik(page);
	await flik.getByRole('button', { name: 'Insatser', exact: true }).click();
	const d = page.getByRole('dialog', { name: 'Insatser' });
	await expect(d).toBeVisible();
	await skanna(page, o, 'Insatser');
	const valda = d.getByRole('listbox', { name: 'Valda insatser' });
	for (const insats of insatser) {
		const rad = d.getByRole('tree', { name: 'Insatsträd' }).getByRole('treeitem', {
			name: insats,
			exact: true
		});
		await rad.click();
		await expect(rad).toHaveAttribute('aria-selected', 'true');
		await d.getByRole('button', { name: 'Pila över', exact: true }).click();
		await expect(valda.getByRole('option', { name: insats, exact: true })).toBeVisible();
	}
	await d.getByRole('button', { name: 'OK', exact: true }).click();
	await expect(d).toBeHidden();
	const lista = flik.getByRole('list', { name: 'Insatslistan' }).getByRole('listitem');
	await expect(lista).toHaveText(insatser);
}

/** Fills the open Beställning tab with `b` (Beställningstext on its own tab last). */
export async function fyllBestallning(page: Page, b: BestallningFalt, o?: Steg): Promise<void> {
	const f = bestallningsflik(page);
	if (b.beslut !== undefined)
		await f.getByLabel('Beslut', { exact: true }).selectOption({ label: b.beslut });
	await f.getByLabel('Insatskategori', { exact: true }).selectOption(b.insatskategori);
	await f.getByLabel('Utförare', { exact: true }).selectOption(b.utforare);
	if (b.utforarensOrganisation !== undefined)
		await valjOrganisationI(f, b.utforarensOrganisation, 'Utförarens organisation');
	await valjInsatser(page, b.insatser, o);
	await fyllTimmar(f, 'Beställd kvantitet', b.period, b.kvantitet);
	if (b.fran !== undefined)
		await f.getByLabel('Beställningen gäller fr.o.m.', { exact: true }).fill(b.fran);
	if (b.till !== undefined)
		await f.getByLabel('Beställningen gäller t.o.m.', { exact: true }).fill(b.till);
	if (b.bestalltDatum !== undefined)
		await f.getByLabel('Beställt datum', { exact: true }).fill(b.bestalltDatum);
	if (b.bestallningstext !== undefined) {
		const tabb = f
			.getByRole('tablist', { name: 'Beställningsflikar' })
			.getByRole('tab', { name: 'Beställningstext', exact: true });
		await tabb.click();
		await expect(tabb).toHaveAttribute('aria-selected', 'true');
		await f
			.getByRole('textbox', { name: 'Beställningstext', exact: true })
			.fill(b.bestallningstext);
	}
}

/** Toolbar Spara on the Beställning tab: sends it; waits for the status and the sent view. */
export async function sparaBestallning(page: Page): Promise<void> {
	const f = bestallningsflik(page);
	await f
		.getByRole('toolbar', { name: 'Verktygsfält' })
		.getByRole('button', { name: 'Spara', exact: true })
		.click();
	await expect(statusrad(page, 'Beställningen är skickad till utföraren.')).toBeVisible();
	await expect(f.getByText('Beställningen är skickad', { exact: true })).toBeVisible();
}

/** The whole Beställning step for the saved beslut (label or node): open, fill, Spara. */
export async function bestall(
	page: Page,
	beslut: string | Locator,
	b: BestallningFalt,
	o?: Steg
): Promise<void> {
	await oppnaBestallningsflik(page, beslut, o);
	await fyllBestallning(page, b, o);
	await sparaBestallning(page);
}

// ---------------------------------------------------------------------------------------------
// Verkställighet (V1–V8)

/** The fields of the box Skapa ny verkställighet. */
export interface VerkstallighetFalt {
	insatskategori: string;
	utforare: string;
	organisation: string;
	/** Gäller fr.o.m. */
	fran: string;
}

/**
 * Right-click LSS utredning o verkställighet → Verkställighet (lov) → Skapa ny verkställighet:
 * fills it, OK, then toolbar Spara (V1); waits until it is saved.
 */
export async function oppnaVerkstallighet(
	page: Page,
	v: VerkstallighetFalt,
	o?: Steg
): Promise<void> {
	await nodmeny(page, 'LSS utredning o verkställighet', 'Verkställighet (lov)');
	const d = page.getByRole('dialog', { name: 'Skapa ny verkställighet' });
	await expect(d).toBeVisible();
	await skanna(page, o, 'Skapa ny verkställighet');
	await d.getByLabel('Insatskategori', { exact: true }).selectOption(v.insatskategori);
	await d.getByLabel('Utförare', { exact: true }).selectOption(v.utforare);
	await valjOrganisationI(d, v.organisation);
	await d.getByLabel('Gäller fr.o.m.', { exact: true }).fill(v.fran);
	await d.getByRole('button', { name: 'OK', exact: true }).click();
	await expect(d).toBeHidden();
	const vy = page.getByRole('region', { name: new RegExp(`^${escape(v.insatskategori)} `) });
	await expect(vy).toContainText('Verkställigheten är inte sparad.');
	await skanna(page, o, 'Verkställighet');
	await vy
		.getByRole('toolbar', { name: 'Verktygsfält' })
		.getByRole('button', { name: 'Spara', exact: true })
		.click();
	await expect(statusrad(page, 'Verkställigheten är sparad.')).toBeVisible();
	await expect(
		rubriknod(page, `${v.insatskategori} `).filter({ hasText: v.utforare })
	).not.toHaveCount(0);
}

/**
 * Double-clicks a verkställighet (label start, e.g. `LSS Insatser 221024-`) and returns its
 * screen, where its Organisation shows (V7).
 */
export async function visaVerkstallighet(page: Page, borjan: string): Promise<Locator> {
	await rubriknod(page, borjan).dblclick();
	const vy = page.getByRole('region', { name: new RegExp(`^${escape(borjan)}`) });
	await expect(vy.getByLabel('Organisation', { exact: true })).toBeVisible();
	return vy;
}
