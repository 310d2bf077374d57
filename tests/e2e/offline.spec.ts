/**
 * Offline after the first visit (src/service-worker/index.ts): the worker caches the whole app when it
 * installs, so an exercise never opened before starts, is done and is graded with the network
 * off, and a page reloaded offline comes back from the cache.
 */
import { spelaFacit } from './facit/gang';
import { expect, lamnaIn, test } from './fixtures';

// every other spec blocks the worker (tests/chromium.ts); this one is about it
test.use({ serviceWorkers: 'allow' });

test('efter första besöket startar, görs och rättas en övning utan nätverk', async ({
	page,
	context
}) => {
	await page.goto('/');
	await expect(page.getByRole('button', { name: /^Öva: / }).first()).toBeVisible();
	// installed (every file of this version cached) and active
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await context.setOffline(true);
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
});
