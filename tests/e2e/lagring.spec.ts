/**
 * Storage that fails (issue 11, part 6): a browser without IndexedDB, one whose IndexedDB refuses
 * to open, and one that refuses persistent storage. The start page says in Swedish what to do,
 * never Dexie's English (with its tinyurl link), and stays accessible.
 */
import { VARLD_PNR } from '../../src/lib/world/varld-pnr';
import { axe, expect, gaTillSov, scenario, sok, startaOvning, test } from './fixtures';

const SAKNAS =
	'Webbläsaren låter inte LSS-övning spara något (IndexedDB saknas eller är avstängd). Öppna ' +
	'appen i ett vanligt fönster, eller tillåt lagring för webbplatsen i webbläsarens inställningar.';
const NOTIS =
	'Webbläsaren kan rensa dina resultat om utrymmet tar slut. Spara dem med Exportera alla försök.';

test('utan IndexedDB säger startsidan vad man gör, på svenska', async ({ page }) => {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'indexedDB', { configurable: true, get: () => undefined });
	});
	await page.goto('/');
	await expect(page.getByRole('alert').filter({ hasText: 'IndexedDB' }).first()).toHaveText(SAKNAS);
	await expect(page.getByText(/tinyurl|IndexedDB API missing/)).toHaveCount(0);
	await axe(page, 'startsidan utan IndexedDB');
});

test('en IndexedDB som vägrar öppna ger ett svenskt besked', async ({ page }) => {
	await page.addInitScript(() => {
		IDBFactory.prototype.open = function () {
			throw new DOMException('The operation is insecure.', 'SecurityError');
		};
	});
	await page.goto('/');
	const besked = page.getByRole('alert').filter({ hasText: 'lagring' }).first();
	await expect(besked).toContainText('Webbläsaren kunde inte öppna LSS-övnings lagring');
	await expect(besked).toContainText('tillåt lagring för webbplatsen');
	await expect(page.getByText(/insecure|OpenFailedError|SecurityError/)).toHaveCount(0);
	await axe(page, 'startsidan när IndexedDB vägrar');
});

test('en öppning som misslyckas i onerror ger samma besked', async ({ page }) => {
	await page.addInitScript(() => {
		IDBFactory.prototype.open = function () {
			const req = {} as IDBOpenDBRequest & { error: DOMException };
			Object.defineProperty(req, 'error', {
				value: new DOMException('Internal error opening backing store', 'UnknownError')
			});
			setTimeout(() => {
				const ev = new Event('error');
				Object.defineProperty(ev, 'target', { value: req });
				req.onerror?.call(req, ev);
			}, 0);
			return req;
		};
	});
	await page.goto('/');
	await expect(page.getByRole('alert').filter({ hasText: 'lagring' }).first()).toContainText(
		'Webbläsaren kunde inte öppna LSS-övnings lagring'
	);
	await expect(page.getByText(/backing store|UnknownError/)).toHaveCount(0);
});

test('nekad beständig lagring: frågas en gång, och startsidan säger det lugnt', async ({
	page
}) => {
	await page.addInitScript(() => {
		const w = window as unknown as { persistFragor: number };
		w.persistFragor = 0;
		navigator.storage.persisted = () => Promise.resolve(false);
		navigator.storage.persist = () => {
			w.persistFragor++;
			return Promise.resolve(false);
		};
	});
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page.getByText(NOTIS)).toHaveCount(0);
	await page
		.getByRole('button', { name: /^Öva: / })
		.first()
		.click();
	await expect(page.getByRole('tab', { name: 'Mina sidor' })).toBeVisible();
	expect(
		await page.evaluate(() => (window as unknown as { persistFragor: number }).persistFragor)
	).toBe(1);
	await page.goto('/');
	const notis = page.getByRole('status').filter({ hasText: NOTIS });
	await expect(notis).toHaveText(NOTIS);
	await axe(page, 'startsidan med nekad beständig lagring');
	await page
		.getByRole('button', { name: /^Öva: / })
		.first()
		.click();
	await expect(page.getByRole('tab', { name: 'Mina sidor' })).toBeVisible();
	// the answer is remembered per page load in meta; a new page load's counter starts at 0
	expect(
		await page.evaluate(() => (window as unknown as { persistFragor: number }).persistFragor)
	).toBe(0);
});

test('en full disk när personregistret förbereds: sökningen säger varför, Försök igen hjälper', async ({
	page
}) => {
	// No worker: the seeding falls back to this thread, where the disk can be made full
	await page.route('**/workers/**', (r) => r.abort());
	await page.addInitScript(() => {
		const put = IDBObjectStore.prototype.put;
		IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...a: [unknown, IDBValidKey?]) {
			if (this.name === 'sokrader' && !(window as { diskLedig?: boolean }).diskLedig)
				throw new DOMException('Kvoten är slut', 'QuotaExceededError');
			return put.apply(this, a);
		};
	});
	await startaOvning(page, scenario('ledsagarservice-ny-kund').title);
	const besked = page
		.getByRole('alert')
		.filter({ has: page.getByRole('button', { name: 'Försök igen', exact: true }) });
	await expect(besked).toContainText(
		'Personregistret kunde inte förberedas. Webbläsarens lagring är full.'
	);
	await gaTillSov(page);
	await sok(page, 'a*', '19');
	// no search is recorded: "no hits" for people who exist would mislead the trainee
	await expect(
		page.getByText('Personregistret kunde inte förberedas, så det går inte att söka än.')
	).toBeVisible();
	await expect(page.getByRole('dialog', { name: 'Sökresultat' })).toBeHidden();
	await axe(page, 'övningen när personregistret inte kunde förberedas');

	await page.evaluate(() => ((window as { diskLedig?: boolean }).diskLedig = true));
	await besked.getByRole('button', { name: 'Försök igen', exact: true }).click();
	await expect(besked).toBeHidden();
	await sok(page, 'a*', '19');
	await expect(page.getByRole('dialog', { name: 'Sökresultat' })).toBeVisible();
});

test('medan personregistret förbereds säger en statusrad det, och övningen går att använda', async ({
	page
}) => {
	// The seeding on this thread (no worker), held while the shipped numbers' chunk is on its way
	await page.route('**/workers/**', (r) => r.abort());
	let slapp = () => {};
	const haller = new Promise<void>((klar) => (slapp = klar));
	await page.route('**/_app/immutable/chunks/*.js', async (route) => {
		const svar = await route.fetch();
		const text = await svar.text();
		if (text.includes(VARLD_PNR[0])) await haller;
		await route.fulfill({ response: svar, body: text });
	});
	await startaOvning(page, scenario('ledsagarservice-ny-kund').title);
	const status = page.getByRole('status').filter({ hasText: 'Personregistret förbereds' });
	await expect(status).toContainText('En sökning väntar tills det är klart.');
	await expect(
		status.getByRole('progressbar', { name: 'Personregistret förbereds' })
	).toBeVisible();
	await axe(page, 'övningen medan personregistret förbereds');
	slapp();
	await expect(status).toBeHidden();
});
