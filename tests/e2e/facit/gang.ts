/**
 * One walk through the app: start the exercise, play the steps, Lämna in, and take the attempt
 * as Exportera försök writes it. The facit spec and the recorder both walk this way, so a
 * committed attempt is exactly what the UI produces.
 */
import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lasFacitFil, lasScenarioFil } from '../../../src/lib/content/fs';
import { lasForsok, type Forsok } from '../../../src/lib/schemas/forsok';
import type { Steg } from '../../../src/lib/schemas/facit';
import type { Scenario } from '../../../src/lib/schemas/scenario';
import { lamnaIn, startaOvning } from '../fixtures';
import { spela } from './spela';

/**
 * How many events the open attempt has stored, once what the last step sent has settled: a
 * click's handler may look something up before it sends its command, so wait a few turns of
 * the event loop and read until two reads agree.
 */
async function antalHandelser(page: Page): Promise<number> {
	return page.evaluate(async () => {
		const id = location.pathname.split('/').filter(Boolean).at(-1) ?? '';
		const db = await new Promise<IDBDatabase>((klar, fel) => {
			const r = indexedDB.open('lss-ovning');
			r.onsuccess = () => klar(r.result);
			r.onerror = () => fel(r.error);
		});
		const rakna = () =>
			new Promise<number>((klar, fel) => {
				const r = db
					.transaction('handelser')
					.objectStore('handelser')
					.count(IDBKeyRange.bound([id, -Infinity], [id, Infinity]));
				r.onsuccess = () => klar(r.result);
				r.onerror = () => fel(r.error);
			});
		const vanta = () => new Promise((klar) => setTimeout(klar, 50));
		let forra = -1;
		let nu = await rakna();
		while (nu !== forra) {
			await vanta();
			forra = nu;
			nu = await rakna();
		}
		db.close();
		return nu;
	});
}

/**
 * Walks `steg` in a fresh attempt of `s`; returns the exported attempt and, with `raknaSteg`,
 * how many events the attempt held after each step (Guidad and the hints find a rule's step so).
 */
export async function gaIgenom(
	page: Page,
	s: Scenario,
	steg: readonly Steg[],
	kalla: string,
	raknaSteg = false
): Promise<Forsok & { granser?: number[] }> {
	await startaOvning(page, s.title);
	const granser: number[] = [];
	await spela(
		page,
		steg,
		kalla,
		raknaSteg ? async () => void granser.push(await antalHandelser(page)) : undefined
	);
	await lamnaIn(page);
	const [nedladdning] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Exportera försök', exact: true }).click()
	]);
	const vag = await nedladdning.path();
	const forsok = lasForsok(await readFile(vag, 'utf8'), nedladdning.suggestedFilename());
	return raknaSteg ? { ...forsok, granser } : forsok;
}

/**
 * For capability specs: starts scenario `id` and plays its facit up to and including the step
 * `till` (all of it without), so a spec reaches a screen the way a trainee does and then looks
 * at what no grader sees (a table column, a list on Mina sidor, a disabled button).
 */
export async function spelaFacit(
	page: Page,
	id: string,
	till?: string,
	/** false: stop just before the step `till`. */
	medSteget = true
): Promise<Scenario> {
	const mapp = fileURLToPath(new URL(`../../../scenarios/${id}`, import.meta.url));
	const s = lasScenarioFil(join(mapp, 'index.md'));
	const { steg } = lasFacitFil(mapp);
	const i = till === undefined ? steg.length - 1 : steg.findIndex((x) => x.id === till);
	if (i < 0) throw new Error(`scenarios/${id}/facit.yaml: inget steg med id ${till}`);
	await startaOvning(page, s.title);
	await spela(page, steg.slice(0, medSteget ? i + 1 : i), `scenarios/${id}/facit.yaml`);
	return s;
}
