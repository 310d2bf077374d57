/**
 * The fixture of the facit walks: one browser context per worker, so the world register is
 * generated and seeded once per worker instead of once per walk. Each walk starts its own
 * attempt (Starta always makes a new one, and every attempt is a sandbox over the world), so
 * walks do not see each other's work. Any page error, console error or failed same-origin
 * response fails the walk, as in fixtures.ts.
 *
 * Measured here before choosing this: saving the seeded IndexedDB in `storageState` and
 * restoring it in each test took 1.8 s, longer than seeding anew (1.4 s).
 */
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { fangaSidfel, stubbaUtskrift } from '../fixtures';

export { expect };

export const test = base.extend<{ sida: Page }, { delad: BrowserContext }>({
	delad: [
		async ({ browser }, use, workerInfo) => {
			const o = workerInfo.project.use;
			const ctx = await browser.newContext({
				baseURL: o.baseURL,
				locale: o.locale,
				timezoneId: o.timezoneId,
				viewport: o.viewport,
				serviceWorkers: o.serviceWorkers,
				acceptDownloads: true
			});
			// Utskrift (E5) ends in the browser's own print dialog: counted, never opened
			await ctx.addInitScript(stubbaUtskrift);
			await use(ctx);
			await ctx.close();
		},
		{ scope: 'worker' }
	],
	sida: async ({ delad, baseURL }, use) => {
		const page = await delad.newPage();
		const fel = fangaSidfel(page, baseURL);
		await use(page);
		await page.close();
		expect(fel, 'Sidan fick fel under testet').toEqual([]);
	}
});
