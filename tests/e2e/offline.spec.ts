/**
 * Offline after the first visit (src/service-worker/index.ts): the worker caches the whole app
 * when it installs, so an exercise never opened before starts, is done and is graded with the
 * network off, and a page reloaded offline comes back from the cache. Against the build as a
 * static host serves it (tests/statisk.ts): the cached shell is the real SPA fallback.
 */
import type { Browser } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { statiskServer } from '../statisk';
import { spelaFacit } from './facit/gang';
import { expect, fangaSidfel, lamnaIn, stubbaUtskrift, test } from './fixtures';

const IMMUTABLE = fileURLToPath(new URL('../../build/_app/immutable', import.meta.url));

/** Every file of the build's `_app/immutable`, as the address the app asks for it by. */
function byggdaFiler(): string[] {
	return readdirSync(IMMUTABLE, { recursive: true, withFileTypes: true })
		.filter((d) => d.isFile())
		.map(
			(d) =>
				`/_app/immutable/${relative(IMMUTABLE, join(d.parentPath, d.name)).split(sep).join('/')}`
		);
}

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
		// every file of the build is cached, each scenario's compiled chunks and the workers among
		// them: so every shipped scenario starts and is graded offline, not only the one played below
		const cachat = await page.evaluate(async () => {
			const adresser: string[] = [];
			for (const namn of await caches.keys())
				for (const r of await (await caches.open(namn)).keys())
					adresser.push(new URL(r.url).pathname);
			return adresser;
		});
		expect(byggdaFiler().filter((f) => !cachat.includes(f))).toEqual([]);
		// installable: the manifest as Chromium reads it, with no error (Chromium's own installability
		// check answers only "in-incognito" in a test's browser context, so it cannot be asked here)
		const cdp = await ctx.newCDPSession(page);
		const manifest = await cdp.send('Page.getAppManifest', {});
		expect(manifest.url).toMatch(/\/manifest\.webmanifest$/);
		expect(manifest.errors).toEqual([]);
		expect(JSON.parse(manifest.data ?? '{}')).toMatchObject({
			name: 'LSS-övning',
			display: 'standalone',
			start_url: './',
			icons: [expect.objectContaining({ src: 'favicon.svg' })]
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
