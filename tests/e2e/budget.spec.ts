/**
 * The budgets of the pages a trainee opens first, in JS and CSS bytes gzipped: the start page
 * at most 90 KB on a first visit, and an exercise at most 122 KB when opened directly with an
 * empty cache (a link, a reload), in every mode: Prov; Öva, which loads the grader only when
 * help is first asked for; Visa, with its first step highlighted; Guidad, which loads the
 * grader when the first storing step is due. Bytes, not time, so the tests do not depend on how
 * busy the machine is (speed is `npm run bench`).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { varldenSeedad } from '../varld';
import { expect, scenario, test } from './fixtures';

const START = 90 * 1024;
/**
 * 120 KB until issues 9 and 10 (December 2026): the launch check of a learning platform (every
 * page), a trainer's own scenarios in the runner and the recorder's hook cost about 2 KB on each
 * exercise's first load, mostly as small chunks of their own. 122 KB holds them; the way back
 * below 120 is fewer, larger chunks (docs/speed.md).
 */
const OVNING = 122 * 1024;

const BUILD = fileURLToPath(new URL('../../build', import.meta.url));

/** The build's file behind a URL of the preview server. */
function fil(url: string): Promise<Buffer> {
	return readFile(join(BUILD, decodeURIComponent(new URL(url).pathname)));
}

/**
 * Every .js and .css file the page is sent from now on, by URL, with its size gzipped at level 9.
 * The size is read from the build on disk, not from the response: a response of the document a
 * reload leaves has no body left to read (Chromium drops it), which made this test fail now and
 * then. A URL with no file behind it fails the test by name.
 */
function raknaFiler(
	page: Page,
	{ efterNavigering = false } = {}
): () => Promise<{ summa: number; filer: string[] }> {
	const filer = new Set<string>();
	// Before a reload, counting starts when the new document commits: what the old one still
	// fetches on its way out is not what a trainee who follows a link is sent
	let raknar = !efterNavigering;
	page.on('framenavigated', (f) => {
		if (f === page.mainFrame()) raknar = true;
	});
	page.on('response', (r) => {
		// the seeding worker loads once per browser, on the first exercise: outside the budget
		if (raknar && /\.(js|css)(\?|$)/.test(r.url()) && !r.url().includes('/workers/'))
			filer.add(r.url());
	});
	return async () => {
		const storlekar = await Promise.all(
			[...filer].map(async (url) => {
				return gzipSync(await fil(url), { level: 9 }).length;
			})
		);
		return { summa: storlekar.reduce((a, b) => a + b, 0), filer: [...filer] };
	};
}

/** Whether any .js file the page is sent from now on holds CodeMirror (its editor's class names). */
function laddarCodeMirror(page: Page): () => Promise<boolean> {
	const filer = new Set<string>();
	page.on('response', (r) => {
		if (/\.js(\?|$)/.test(r.url())) filer.add(r.url());
	});
	return async () =>
		(
			await Promise.all(
				[...filer].map(async (url) => (await fil(url)).includes('cm-gutterElement'))
			)
		).some(Boolean);
}

test('startsidan laddar högst 90 KB JS och CSS (gzip)', async ({ page }) => {
	const matt = raknaFiler(page);
	const codemirror = laddarCodeMirror(page);
	await page.goto('/');
	await expect(page.getByRole('button', { name: /^Öva: / }).first()).toBeVisible();
	await page.waitForLoadState('networkidle');
	const { summa, filer } = await matt();
	console.log(`startsidan: ${filer.length} filer, ${(summa / 1024).toFixed(1)} KB gzip`);
	expect(summa, filer.join('\n')).toBeLessThanOrEqual(START);
	expect(await codemirror(), 'startsidan laddar CodeMirror').toBe(false);
});

// The editor's route is for trainers and may be big: CodeMirror, yaml, zod, marked, DOMPurify and
// Skatteverket's list. Measured so a change is seen; no budget but that it loads only there.
test('Scenarioverkstad laddar CodeMirror, bara där', async ({ page }) => {
	await page.goto('/verkstad');
	await page.getByRole('textbox', { name: 'Id (mappnamn)' }).fill('budget');
	const matt = raknaFiler(page);
	const codemirror = laddarCodeMirror(page);
	await page.getByRole('button', { name: 'Nytt scenario', exact: true }).click();
	await expect(page.getByRole('textbox', { name: 'Innehåll i index.md' })).toBeVisible();
	await page.waitForLoadState('networkidle');
	const { summa, filer } = await matt();
	console.log(`Scenarioverkstad: ${filer.length} filer, ${(summa / 1024).toFixed(1)} KB gzip`);
	expect(await codemirror()).toBe(true);
});

const AVLOSAR = scenario('avlosarservice-avslag');
/**
 * What the static host answers for /ovning/<id>: the SPA fallback page. `vite preview` renders a
 * shell of its own instead, linking the CSS of every chunk the route may load later (the
 * customer's work area, say), which no trainee's browser is sent.
 */
const FALLBACK = fileURLToPath(new URL('../../build/index.html', import.meta.url));

for (const lage of ['Prov', 'Öva', 'Visa', 'Guidad'] as const)
	test(`en övning i ${lage} öppnad direkt med tom cache laddar högst 122 KB JS och CSS (gzip)`, async ({
		page
	}) => {
		await page.goto('/');
		await page.getByRole('button', { name: `${lage}: ${AVLOSAR.title}`, exact: true }).click();
		await expect(page.getByRole('tab', { name: 'Mina sidor' })).toHaveAttribute(
			'aria-selected',
			'true'
		);
		await page.waitForLoadState('networkidle');
		await varldenSeedad(page);
		// As a trainee who follows a link to the attempt: nothing of the start page is cached
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('Network.enable');
		await cdp.send('Network.clearBrowserCache');
		await page.route(/\/ovning\//, (r) =>
			r.request().resourceType() === 'document'
				? r.fulfill({ path: FALLBACK, contentType: 'text/html' })
				: r.fallback()
		);
		const matt = raknaFiler(page, { efterNavigering: true });
		await page.reload();
		await expect(page.getByRole('tab', { name: 'Mina sidor' })).toHaveAttribute(
			'aria-selected',
			'true'
		);
		if (lage === 'Öva')
			await expect(page.getByRole('button', { name: 'Ledtråd', exact: true })).toBeVisible();
		if (lage === 'Visa') await expect(page.locator('[data-visa-markerad]')).toHaveCount(1);
		if (lage === 'Guidad')
			await expect(
				page.getByRole('region', { name: 'Guidad: steg för steg' }).getByRole('button', {
					name: 'Visa mig',
					exact: true
				})
			).toBeVisible();
		await page.waitForLoadState('networkidle');
		const { summa, filer } = await matt();
		console.log(
			`${lage}: ${filer.length} filer, ${(summa / 1024).toFixed(1)} KB gzip\n${filer.join('\n')}`
		);
		expect(summa, filer.join('\n')).toBeLessThanOrEqual(OVNING);
	});
