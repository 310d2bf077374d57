/**
 * Scenarioverkstad (issue 9): "an edit that breaks the schema shows the error at its line within
 * a second of typing". In Chromium on the built app: a new scenario, then a schema error typed
 * into `version:` again and again, timed from the key to the underline at that line (the check
 * runs in a worker when typing pauses, PAUS_MS), and the fix to `Inga problem.`.
 */
import type { Page } from '@playwright/test';
import { PAUS_MS } from '../../lib/verkstad/paus';
import type { BenchAlternativ } from './alternativ';
import { hogst, statistik, type Figur } from './figur';
import { medWebblasare } from './webblasare';

/**
 * Resolves in the page's own time (ms) at the first animation frame where `villkor` holds: a
 * locator's wait polls at growing intervals (up to 500 ms here) and would measure itself.
 */
async function nar(page: Page, villkor: 'fel' | 'ratt'): Promise<number> {
	const h = await page.waitForFunction(
		(v) => {
			const rot = document.querySelector('#panel-index-md .kod')?.shadowRoot ?? document;
			const fel = rot.querySelector('.cm-lintRange-error') !== null;
			const ratt = [...document.querySelectorAll('[role="status"]')].some(
				(e) => e.textContent?.trim() === 'Inga problem.'
			);
			return (v === 'fel' ? fel : ratt && !fel) && performance.now();
		},
		villkor,
		{ polling: 'raf' }
	);
	return (await h.jsonValue()) as number;
}

const nu = (page: Page) => page.evaluate(() => performance.now());

async function ettFel(page: Page): Promise<{ fel: number; ratt: number }> {
	await page.locator('#panel-index-md .cm-line', { hasText: /^version: 1$/ }).click();
	await page.keyboard.press('End');
	await page.keyboard.press('Backspace');
	const t0 = await nu(page);
	await page.keyboard.type('x');
	const fel = (await nar(page, 'fel')) - t0;
	await page.keyboard.press('Backspace');
	const t1 = await nu(page);
	await page.keyboard.type('1');
	return { fel, ratt: (await nar(page, 'ratt')) - t1 };
}

export async function matVerkstad(o: BenchAlternativ): Promise<Figur[]> {
	const varv = o.snabb ? 3 : 20;
	return medWebblasare(async ({ bas, browser }) => {
		const page = await browser.newPage();
		await page.goto(`${bas}/verkstad`);
		await page.getByRole('textbox', { name: 'Id (mappnamn)' }).fill('bench');
		await page.getByRole('button', { name: 'Nytt scenario', exact: true }).click();
		await page.getByRole('status').filter({ hasText: 'Inga problem.' }).waitFor();
		await ettFel(page); // warm-up: the worker and its chunks load on the first check
		const fel: number[] = [];
		const ratt: number[] = [];
		for (let i = 0; i < varv; i++) {
			const t = await ettFel(page);
			fel.push(t.fel);
			ratt.push(t.ratt);
		}
		await page.close();
		const golv = { namn: `pausen innan kontrollen körs (${PAUS_MS} ms)`, varde: PAUS_MS };
		const felet = statistik(fel);
		return [
			{
				id: 'verkstad_fel_synligt_chromium_ms',
				namn: 'Scenarioverkstad: tangent till schemafelet understruket på sin rad (Chromium)',
				enhet: 'ms',
				varde: felet,
				baslinje: golv,
				mal: hogst(felet, 1000, 'ms'),
				not: 'hela scenariokontrollen i en worker'
			},
			{
				id: 'verkstad_ratt_synligt_chromium_ms',
				namn: 'Scenarioverkstad: tangent till Inga problem. (Chromium)',
				enhet: 'ms',
				varde: statistik(ratt),
				baslinje: golv
			}
		];
	});
}
