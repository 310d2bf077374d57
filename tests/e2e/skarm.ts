/**
 * What skarmar.spec.ts looks at on the screens once a facit has brought it there: the
 * utförare's lists on Mina sidor and a felmarkerad note. The steps that get there are the
 * facits' own (facit/gang.ts), so only these looks are written here.
 */
import type { Locator, Page } from '@playwright/test';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lasScenarioFil } from '../../src/lib/content/fs';
import { spelaFacit } from './facit/gang';
import { expect, startaOvning } from './fixtures';

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

/**
 * Every screen of the mock, each reached by playing a facit (up to and including `till`, or
 * the whole facit), for specs that look at all of them the same way (reflow.spec.ts).
 */
export interface Skarm {
	namn: string;
	scenario: string;
	/** The facit step the screen is reached with; '' for the exercise just started. */
	till?: string;
	/** false: stop just before the step `till`. */
	med?: boolean;
}

export const SKARMAR: readonly Skarm[] = [
	{ namn: 'Mina sidor', scenario: 'ansokan-pagaende-utredning', till: '' },
	{
		namn: 'Personuppgifter',
		scenario: 'ansokan-pagaende-utredning',
		till: 'aktualisering',
		med: false
	},
	{ namn: 'Aktualisering', scenario: 'ledsagarservice-ny-kund', till: 'aktualisering-falt' },
	{ namn: 'Inled utredning', scenario: 'ledsagarservice-ny-kund', till: 'inled-falt' },
	{ namn: 'Utredning', scenario: 'ledsagarservice-ny-kund' },
	{ namn: 'Beslut', scenario: 'ledsagarservice-bifall', till: 'beslut' },
	{ namn: 'Beställning', scenario: 'ledsagarservice-bifall', till: 'bestallning' },
	{ namn: 'Verkställighet', scenario: 'forsta-bifall-lss-insatser', till: 'verkstallighet-spara' },
	{ namn: 'Dokumentation', scenario: 'dokumentation-felaktig-anteckning', till: 'ansokan-text' },
	{ namn: 'Bedömning', scenario: 'daglig-verksamhet-bedomning', till: 'bedomning-falt' }
];

/** Brings `page` to the screen `s` the way a trainee gets there. */
export async function gaTillSkarm(page: Page, s: Skarm): Promise<void> {
	if (s.till === '') {
		const mapp = fileURLToPath(new URL(`../../scenarios/${s.scenario}`, import.meta.url));
		await startaOvning(page, lasScenarioFil(join(mapp, 'index.md')).title);
		return;
	}
	await spelaFacit(page, s.scenario, s.till, s.med ?? true);
}
