/**
 * Two tabs on one attempt (issue 11, part 3): the second tab is told at once and cannot save;
 * it can take the attempt over, and the first is then told and cannot save; an attempt that
 * already holds a duplicate id opens with a message naming it instead of hanging.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import {
	expect,
	fangaSidfel,
	forvantaKund,
	gaTillSov,
	scenario,
	sok,
	startaOvning,
	test
} from './fixtures';

const OMPROVNING = scenario('omprovning-daglig-verksamhet');
const LEDSAGAR = scenario('ledsagarservice-ny-kund');

/** The attempt's stored events, read straight from IndexedDB. */
function handelser(page: Page, forsokId: string): Promise<{ typ: string; seq: number }[]> {
	return page.evaluate(
		(id) =>
			new Promise((klar, fel) => {
				const req = indexedDB.open('lss-ovning');
				req.onerror = () => fel(req.error);
				req.onsuccess = () => {
					const db = req.result;
					const alla = db.transaction('handelser').objectStore('handelser').getAll();
					alla.onsuccess = () => {
						db.close();
						klar(
							(alla.result as { forsokId: string; typ: string; seq: number }[]).filter(
								(h) => h.forsokId === id
							)
						);
					};
				};
			}),
		forsokId
	);
}

const forsokId = (page: Page) => new URL(page.url()).pathname.split('/').filter(Boolean).at(-1)!;

test('en andra flik får veta det direkt, kan inte spara, och kan ta över', async ({
	page,
	context,
	baseURL
}) => {
	await startaOvning(page, OMPROVNING.title);
	await gaTillSov(page);
	await sok(page, '790407-9295', '19');
	await forvantaKund(page, 'Lund, Anders', '19790407-9295');
	const id = forsokId(page);
	const fore = (await handelser(page, id)).length;
	expect(fore).toBeGreaterThan(0);

	const andra = await context.newPage();
	const sidfel = fangaSidfel(andra, baseURL);
	await andra.goto(page.url());
	const taOver = (p: Page) => p.getByRole('button', { name: 'Ta över försöket här' });
	// the banner: the message and its button (a refused search also says it, in its own alert)
	const besked = andra
		.getByRole('alert')
		.filter({ hasText: 'redan öppet i en annan flik', has: taOver(andra) });
	await expect(besked).toBeVisible();
	await expect(andra.getByRole('tablist', { name: 'Procapita' })).toBeVisible();
	// the first tab still has it and is told nothing
	await expect(page.getByRole('alert').filter({ hasText: 'annan flik' })).toHaveCount(0);

	// a command in the read-only tab is refused, nothing is stored
	await gaTillSov(andra);
	await sok(andra, '790407-9295', '19');
	await expect(andra.getByText('det du gör här sparas inte').first()).toBeVisible();
	expect(await handelser(andra, id)).toHaveLength(fore);

	// take over: the second tab saves, the first is told and cannot
	await taOver(andra).click();
	await expect(besked).toHaveCount(0);
	const tagen = page
		.getByRole('alert')
		.filter({ hasText: 'tagits över av en annan flik', has: taOver(page) });
	await expect(tagen).toBeVisible();
	await sok(andra, '790407-9295', '19');
	await forvantaKund(andra, 'Lund, Anders', '19790407-9295');
	await expect.poll(async () => (await handelser(andra, id)).length).toBeGreaterThan(fore);
	const efter = (await handelser(andra, id)).length;
	await gaTillSov(page);
	await sok(page, '790407-9295', '19');
	await expect(tagen).toBeVisible();
	expect(await handelser(page, id)).toHaveLength(efter);

	// and back: the first tab reads what the second stored and goes on from there
	await taOver(page).click();
	await expect(tagen).toHaveCount(0);
	await expect(
		andra.getByRole('alert').filter({ hasText: 'tagits över', has: taOver(andra) })
	).toBeVisible();
	await sok(page, '790407-9295', '19');
	await expect.poll(async () => (await handelser(page, id)).length).toBeGreaterThan(efter);
	const seq = (await handelser(page, id)).map((h) => h.seq);
	expect(new Set(seq).size).toBe(seq.length);
	expect(sidfel).toEqual([]);
});

test('ett sparat försök med ett id två gånger öppnas med ett besked som namnger det', async ({
	page
}) => {
	await startaOvning(page, LEDSAGAR.title);
	const id = forsokId(page);
	const fil = JSON.parse(
		readFileSync('scenarios/ledsagarservice-ny-kund/attempts/pass-facit.json', 'utf8')
	);
	const akt = fil.handelser.find((h: { typ: string }) => h.typ === 'AktualiseringSparad');
	// what two tabs saving the same attempt stored before the lock: akt-1 twice
	await page.evaluate(
		({ id, akt }) =>
			new Promise<void>((klar, fel) => {
				const req = indexedDB.open('lss-ovning');
				req.onsuccess = () => {
					const db = req.result;
					const tx = db.transaction('handelser', 'readwrite');
					tx.objectStore('handelser').put({ ...akt, seq: 1000, forsokId: id });
					tx.objectStore('handelser').put({ ...akt, seq: 1001, forsokId: id });
					tx.oncomplete = () => (db.close(), klar());
					tx.onerror = () => fel(tx.error);
				};
			}),
		{ id, akt }
	);
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Övningen kunde inte öppnas' })).toBeVisible();
	await expect(page.getByRole('alert')).toContainText(
		'två med samma id: aktualiseringen akt-1 finns redan'
	);
});
