/**
 * Offline after the first visit (src/service-worker/index.ts): the worker caches the whole app
 * when it installs, so an exercise never opened before starts, is done and is graded with the
 * network off, and a page reloaded offline comes back from the cache. Against the build as a
 * static host serves it (tests/statisk.ts): the cached shell is the real SPA fallback.
 */
import type { Browser } from '@playwright/test';
import { statiskServer } from '../statisk';
import { spelaFacit } from './facit/gang';
import { expect, fangaSidfel, lamnaIn, stubbaUtskrift, test } from './fixtures';

async function utanNat(browser: Browser, url: string) {
	// every other spec blocks the worker (tests/chromium.ts); this one is about it
	const ctx = await browser.newContext({
		baseURL: url,
		serviceWorkers: 'allow',
		locale: 'sv-SE',
		timezoneId: 'Europe/Stockholm',
		viewport: { width: 1400, height: 900 }
	});
	await ctx.addInitScript(stubbaUtskrift);
	return ctx;
}

test('efter första besöket startar, görs och rättas en övning utan nätverk', async ({
	browser
}) => {
	const server = await statiskServer();
	const ctx = await utanNat(browser, server.url);
	const page = await ctx.newPage();
	const fel = fangaSidfel(page, server.url);
	try {
		await page.goto('/');
		await expect(page.getByRole('button', { name: /^Öva: / }).first()).toBeVisible();
		// installed (every file of this version cached) and active
		await page.evaluate(async () => {
			await navigator.serviceWorker.ready;
		});
		await ctx.setOffline(true);
		// a reload offline: the shell and its chunks from the cache
		await page.reload();
		await expect(page.getByRole('button', { name: /^Öva: / }).first()).toBeVisible();
		// an exercise never opened: its chunks, the register's seeding and the grader all offline
		await spelaFacit(page, 'kontaktperson-bifall');
		await lamnaIn(page);
		await expect(page.getByRole('heading', { name: 'Godkänt', exact: true })).toBeVisible();
		// and a route loaded directly, as a link or a reload of it would
		await page.reload();
		await expect(page.getByRole('heading', { name: 'Godkänt', exact: true })).toBeVisible();
		expect(fel, 'Sidan fick fel under testet').toEqual([]);
	} finally {
		await ctx.close();
		await server.stang();
	}
});
