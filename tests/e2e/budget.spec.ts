/**
 * The start page's budget: at most 90 KB of JS and CSS, gzipped, on a first visit. Bytes, not
 * time, so the test does not depend on how busy the machine is (speed is `npm run bench`).
 */
import { gzipSync } from 'node:zlib';
import { expect, test } from './fixtures';

const BUDGET = 90 * 1024;

test('startsidan laddar högst 90 KB JS och CSS (gzip)', async ({ page }) => {
	const filer = new Map<string, Promise<number>>();
	page.on('response', (r) => {
		if (/\.(js|css)(\?|$)/.test(r.url()))
			filer.set(
				r.url(),
				r.body().then((b) => gzipSync(b).length)
			);
	});
	await page.goto('/');
	await expect(page.getByRole('button', { name: /^Öva: / }).first()).toBeVisible();
	await page.waitForLoadState('networkidle');
	const storlekar = await Promise.all(filer.values());
	const summa = storlekar.reduce((a, b) => a + b, 0);
	console.log(`startsidan: ${filer.size} filer, ${(summa / 1024).toFixed(1)} KB gzip`);
	expect(summa, `${[...filer.keys()].join('\n')}`).toBeLessThanOrEqual(BUDGET);
});
