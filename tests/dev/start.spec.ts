/**
 * The README's start command works: `npm run dev` serves the start page with every scenario,
 * and a scenario opens in the runner. A Vite error overlay, a page error, a console error or a
 * failed same-origin request fails the test at once, naming what went wrong, so a dev-only
 * break cannot hide behind it (the e2e suite runs against the built app, not the dev server).
 */
import { expect, test } from '@playwright/test';
import { lasAllaScenarier } from '../../src/lib/content/fs';

const OVERLAY = 'vite-error-overlay';

test('npm run dev: the start page lists the scenarios and the first one opens', async ({
	page,
	baseURL
}) => {
	const fel: string[] = [];
	let avbryt: (e: Error) => void = () => {};
	const forstaFelet = new Promise<never>((_, reject) => (avbryt = reject));
	// Awaited only through utanFel: without a handler, an error after the last step would be an
	// unhandled rejection instead of the assertion at the end that lists every error.
	forstaFelet.catch(() => {});
	const notera = (text: string) => {
		fel.push(text);
		avbryt(new Error(`Sidan fick fel: ${text}`));
	};
	/** The step, unless the page reports an error first: then that error, without the wait. */
	const utanFel = <T>(steg: Promise<T>) => Promise.race([steg, forstaFelet]);

	const egen = (url: string) => !!baseURL && new URL(url).origin === new URL(baseURL).origin;
	page.on('pageerror', (e) => notera(`Sidfel: ${e.message}`));
	page.on('console', (m) => {
		if (m.type() === 'error') notera(`Konsolfel: ${m.text()} (${m.location().url})`);
	});
	page.on('response', (r) => {
		if (r.status() >= 400 && egen(r.url())) notera(`HTTP ${r.status()}: ${r.url()}`);
	});
	page.on('requestfailed', (r) => {
		if (egen(r.url())) notera(`Misslyckad begäran: ${r.url()} (${r.failure()?.errorText})`);
	});
	// Vite shows a failed transform as an overlay element, sent over its socket at any moment:
	// report it as a console error the moment it is added, with the message it shows.
	await page.addInitScript((namn) => {
		new MutationObserver((andringar) => {
			for (const a of andringar)
				for (const n of a.addedNodes)
					if (n instanceof Element && n.localName === namn)
						console.error(`${namn}: ${n.shadowRoot?.querySelector('.message')?.textContent}`);
		}).observe(document, { childList: true, subtree: true });
	}, OVERLAY);

	const scenarier = lasAllaScenarier('scenarios');
	expect(scenarier.length).toBeGreaterThan(0);

	await utanFel(page.goto('/'));
	const starta = page.getByRole('button', { name: /^Öva: / });
	await utanFel(expect(starta.first()).toBeVisible({ timeout: 30_000 }));
	await utanFel(expect(starta).toHaveCount(scenarier.length));
	// every scenario on disk has its buttons (the page orders them as a course, by chapter)
	for (const s of scenarier)
		for (const lage of ['Visa', 'Guidad', 'Öva', 'Prov'])
			await utanFel(
				expect(page.getByRole('button', { name: `${lage}: ${s.title}`, exact: true })).toBeVisible()
			);

	await utanFel(starta.first().click());
	const minaSidor = page.getByRole('tab', { name: 'Mina sidor' });
	await utanFel(expect(minaSidor).toHaveAttribute('aria-selected', 'true', { timeout: 30_000 }));

	await expect(page.locator(OVERLAY)).toHaveCount(0);
	expect(fel, 'Sidan fick fel').toEqual([]);
});
