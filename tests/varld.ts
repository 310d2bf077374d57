import type { Page } from '@playwright/test';

/**
 * Waits until the page's world register is seeded (its entry in meta). The exercise does not
 * wait for the world, and a reload during the seeding would start it over: the budget test and
 * the benchmark (src/cli/bench/rutter.ts) both wait here before they reload.
 */
export async function varldenSeedad(page: Page): Promise<void> {
	await page.waitForFunction(
		() =>
			new Promise<boolean>((klar) => {
				const r = indexedDB.open('lss-ovning');
				r.onerror = () => klar(false);
				r.onsuccess = () => {
					const db = r.result;
					if (!db.objectStoreNames.contains('meta')) return (db.close(), klar(false));
					const g = db.transaction('meta').objectStore('meta').get('varld');
					g.onsuccess = () => (db.close(), klar(g.result !== undefined));
					g.onerror = () => (db.close(), klar(false));
				};
			}),
		null,
		{ timeout: 60_000, polling: 100 }
	);
}
