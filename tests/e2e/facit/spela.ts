/**
 * Plays a facit's steps in the real UI, as a trainee does them: every control is found by its
 * role and its accessible name (the manual's word), inside the areas the step names. A step
 * that cannot be done fails with the step's own sentence, so a trainer sees which line of
 * facit.yaml is wrong.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { beskrivSteg } from '../../../src/lib/domain/facit/beskrivning';
import { ROLLER, type Mal, type Steg } from '../../../src/lib/schemas/facit';

/** Long enough for a busy machine, short enough that a wrong name fails at its step. */
const STEGTID = 15_000;

function escape(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The name as Playwright matches it: exact, or by its start when it ends with `*`. */
function namnet(namn: string): string | RegExp {
	return namn.endsWith('*') ? new RegExp(`^${escape(namn.slice(0, -1))}`) : namn;
}

function hitta(omrade: Page | Locator, m: Mal): Locator {
	const l = omrade.getByRole(ROLLER[m.roll], { name: namnet(m.namn), exact: true });
	return m.nr ? l.nth(m.nr - 1) : l;
}

function omradet(page: Page, s: Steg): Page | Locator {
	let o: Page | Locator = page;
	for (const m of s.i ?? []) o = hitta(o, m);
	return o;
}

/** The field labelled `etikett`: a text box, a list, a kryssruta, or a button opening a tree. */
async function fyllFalt(
	page: Page,
	omrade: Page | Locator,
	etikett: string,
	varde: string | boolean
): Promise<void> {
	const falt = omrade
		.getByLabel(etikett, { exact: true })
		.or(omrade.getByRole('button', { name: etikett, exact: true }));
	await expect(falt, `fältet ${etikett} ska synas`).toBeVisible({ timeout: STEGTID });
	const slag = await falt.evaluate((el) => ({
		tag: el.tagName,
		typ: (el as HTMLInputElement).type ?? '',
		roll: el.getAttribute('role') ?? '',
		popup: el.getAttribute('aria-haspopup') ?? ''
	}));
	if (typeof varde === 'boolean') {
		if (slag.typ !== 'checkbox' && slag.roll !== 'checkbox')
			throw new Error(`${etikett} är ingen kryssruta; skriv fältets värde som text`);
		await falt.setChecked(varde, { timeout: STEGTID });
	} else if (slag.tag === 'SELECT') {
		await falt.selectOption(varde, { timeout: STEGTID });
	} else if (slag.tag === 'BUTTON' && slag.popup === 'tree') {
		// Organisation and its like: the button opens a tree, the unit is chosen in it (A4)
		await falt.click({ timeout: STEGTID });
		const trad = omrade.getByRole('tree');
		await trad.getByRole('treeitem', { name: varde, exact: true }).click({ timeout: STEGTID });
		await expect(trad).toBeHidden({ timeout: STEGTID });
	} else {
		await falt.fill(varde, { timeout: STEGTID });
	}
}

/** Does one step. */
export async function spelaSteg(page: Page, s: Steg): Promise<void> {
	const omrade = omradet(page, s);
	if ('klicka' in s) {
		await hitta(omrade, s.klicka).click({ timeout: STEGTID });
	} else if ('dubbelklicka' in s) {
		await hitta(omrade, s.dubbelklicka).dblclick({ timeout: STEGTID });
	} else if ('hogerklicka' in s) {
		await hitta(omrade, s.hogerklicka).click({ button: 'right', timeout: STEGTID });
		const meny = page.getByRole('menu');
		await meny.getByRole('menuitem', { name: s.valj, exact: true }).click({ timeout: STEGTID });
		await expect(meny).toBeHidden({ timeout: STEGTID });
	} else {
		for (const [etikett, varde] of Object.entries(s.fyll))
			await fyllFalt(page, omrade, etikett, varde);
	}
}

/**
 * Plays every step; a failing one says which (number and sentence) and why. `efterSteg` runs
 * after each step (the recorder counts the attempt's events there).
 */
export async function spela(
	page: Page,
	steg: readonly Steg[],
	kalla: string,
	efterSteg?: (i: number) => Promise<void>
): Promise<void> {
	for (const [i, s] of steg.entries()) {
		const text = beskrivSteg(s);
		try {
			await spelaSteg(page, s);
			await efterSteg?.(i);
		} catch (e) {
			const orsak = e instanceof Error ? e.message.split('\n')[0] : String(e);
			throw new Error(`${kalla}: steg ${i + 1}${s.id ? ` (${s.id})` : ''}, "${text}": ${orsak}`, {
				cause: e
			});
		}
	}
}
