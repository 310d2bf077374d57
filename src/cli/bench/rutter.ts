/**
 * The three routes a trainee passes (start page → exercise → report) in headless Chromium on the
 * built app: the JS and CSS each loads (gzip -9 per file, summed), and LCP and time to
 * interactive on a first visit (empty cache; for the exercise also an empty register, so the
 * world is seeded during the load) and on a repeat visit (a reload: cache and register warm).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from '@playwright/test';
import type { BenchAlternativ } from './alternativ';
import { hogst, statistik, type Figur, type Matning } from './figur';
import { varldenSeedad } from '../../../tests/varld';
import { medWebblasare } from './webblasare';

type Rutt = 'start' | 'ovning' | 'rapport';
type Matbar = Rutt | 'tom';

const NAMN: Record<Rutt, string> = {
	start: 'startsidan',
	ovning: 'övningen (Prov)',
	rapport: 'rapporten'
};

/** Byte goals per route on a first visit (the budgets); the report has none. */
const BUDGET: Partial<Record<Rutt, number>> = { start: 90, ovning: 120 };

/**
 * Installed before any of the app's scripts: records the last LCP candidate and the first frame
 * at which the route counts as interactive (its first control a trainee uses is on screen: a
 * start button, the mock, the verdict), both in ms since navigation start. Injected through the
 * DevTools protocol, so the app's CSP does not apply to it (but would to an eval: no eval).
 */
const MATARE = `(() => {
	const klar = {
		start: () => document.querySelector('button[aria-label^="Öva: "]'),
		ovning: () => document.querySelector('main[aria-label="Procapita"]') && !document.querySelector('[aria-busy="true"]'),
		rapport: () => [...document.querySelectorAll('h1, h2')].some((h) => /^(Godkänt|Inte godkänt)$/.test(h.textContent.trim())),
		tom: () => document.querySelector('h1')
	}[sessionStorage.getItem('__rutt')];
	window.__lcp = 0;
	new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lcp = e.startTime; })
		.observe({ type: 'largest-contentful-paint', buffered: true });
	const titta = () => { if (klar && klar()) window.__tti = performance.now(); else requestAnimationFrame(titta); };
	if (klar) requestAnimationFrame(titta);
})();`;

/** The floor: a page with one heading and no script, from the same origin. */
const TOM = '/__bench/tom.html';

/** Every JS and CSS file of the build, gzip -9, in KB: what an app without code splitting loads. */
function helaBygget(): number {
	const rot = join(dirname(fileURLToPath(import.meta.url)), '../../../build/_app/immutable');
	return (
		(readdirSync(rot, { recursive: true, encoding: 'utf8' }) as string[])
			.filter((f) => /\.(js|css)$/.test(f))
			.reduce((s, f) => s + gzipSync(readFileSync(join(rot, f)), { level: 9 }).length, 0) / 1024
	);
}

interface Laddning {
	lcp: number;
	tti: number;
}

/** Loads `url` (or reloads) and waits for the route to be interactive; returns LCP and TTI. */
async function ladda(page: Page, rutt: Matbar, url: string | null): Promise<Laddning> {
	await page.evaluate((r) => sessionStorage.setItem('__rutt', r), rutt);
	if (url) await page.goto(url);
	else await page.reload();
	await page.waitForFunction(
		() => (window as unknown as { __tti?: number }).__tti !== undefined,
		null,
		{
			timeout: 60_000
		}
	);
	// LCP candidates stop at the first input; none comes, so let late paints land first
	await page.waitForTimeout(200);
	return page.evaluate(() => {
		const w = window as unknown as { __lcp: number; __tti: number };
		return { lcp: w.__lcp, tti: w.__tti };
	});
}

/** JS and CSS, gzip -9 per file, in KB: the page's, and its seeding worker's (once per browser). */
interface Bytes {
	sida: number;
	arbetare: number;
}

/** Counts the JS and CSS the page (and its workers) load while `gor` runs. */
async function bytes(page: Page, gor: () => Promise<unknown>): Promise<Bytes> {
	const filer = new Map<string, Promise<number>>();
	const lyss = (r: import('@playwright/test').Response) => {
		if (/\.(js|css)(\?|$)/.test(r.url()) && !filer.has(r.url()))
			filer.set(
				r.url(),
				r
					.body()
					.then((b) => gzipSync(b, { level: 9 }).length)
					.catch(() => 0)
			);
	};
	page.on('response', lyss);
	await gor();
	await page.waitForLoadState('networkidle');
	page.off('response', lyss);
	const ut = { sida: 0, arbetare: 0 };
	for (const [url, storlek] of filer)
		ut[url.includes('/workers/') ? 'arbetare' : 'sida'] += await storlek;
	return { sida: ut.sida / 1024, arbetare: ut.arbetare / 1024 };
}

async function tomCache(context: BrowserContext, page: Page): Promise<void> {
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.clearBrowserCache');
	await cdp.detach();
}

/** Empties the world register so the next load of the exercise seeds it again. */
async function tomVarld(page: Page): Promise<void> {
	await page.evaluate(
		() =>
			new Promise<void>((klar, fel) => {
				const r = indexedDB.open('lss-ovning');
				r.onerror = () => fel(r.error);
				r.onsuccess = () => {
					const db = r.result;
					const tabeller = ['kunder', 'sokrader', 'kir', 'meta'].filter((t) =>
						db.objectStoreNames.contains(t)
					);
					const tx = db.transaction(tabeller, 'readwrite');
					for (const t of tabeller) {
						if (t === 'meta') tx.objectStore(t).delete('varld');
						else tx.objectStore(t).clear();
					}
					tx.oncomplete = () => (db.close(), klar());
					tx.onerror = () => fel(tx.error);
				};
			})
	);
}

/** A trainee's way through the routes once, in a fresh context: start → Prov → Lämna in → report. */
async function vag(context: BrowserContext, bas: string) {
	const page = await context.newPage();
	await page.addInitScript(MATARE);
	const kb = { start: 0, ovning: 0, rapport: 0 };
	const varm = { start: 0, ovning: 0, rapport: 0 };
	const start = await bytes(page, async () => {
		await page.goto(`${bas}/`);
		await page
			.getByRole('button', { name: /^Prov: / })
			.first()
			.waitFor();
	});
	varm.start = kb.start = start.sida;
	const forstaOvning = await bytes(page, async () => {
		await page
			.getByRole('button', { name: /^Prov: / })
			.first()
			.click();
		await page.getByRole('main', { name: 'Procapita' }).waitFor();
		await varldenSeedad(page);
	});
	varm.ovning = forstaOvning.sida;
	const seedning = forstaOvning.arbetare;
	const ovning = page.url();
	await tomCache(context, page);
	kb.ovning = (
		await bytes(page, async () => {
			await page.reload();
			await page.getByRole('main', { name: 'Procapita' }).waitFor();
		})
	).sida;
	varm.rapport = (
		await bytes(page, async () => {
			await page.getByRole('button', { name: 'Lämna in', exact: true }).click();
			await page
				.getByRole('dialog', { name: 'Lämna in' })
				.getByRole('button', { name: 'Ja', exact: true })
				.click();
			await page.getByRole('heading', { name: /^(Godkänt|Inte godkänt)$/ }).waitFor();
		})
	).sida;
	const rapport = page.url();
	await tomCache(context, page);
	kb.rapport = (
		await bytes(page, async () => {
			await page.reload();
			await page.getByRole('heading', { name: /^(Godkänt|Inte godkänt)$/ }).waitFor();
		})
	).sida;
	return { page, kb, varm, seedning, url: { start: `${bas}/`, ovning, rapport } };
}

export async function matRutter(o: BenchAlternativ): Promise<Figur[]> {
	return medWebblasare(async ({ bas, browser }) => {
		const context = await browser.newContext({
			locale: 'sv-SE',
			viewport: { width: 1400, height: 900 }
		});
		const { page, kb, varm, seedning, url } = await vag(context, bas);
		// An attempt not handed in, for the exercise's loads (the handed-in one opens its report)
		await page.goto(`${bas}/`);
		await page
			.getByRole('button', { name: /^Prov: / })
			.first()
			.click();
		await page.getByRole('main', { name: 'Procapita' }).waitFor();
		url.ovning = page.url();

		await page.route(`**${TOM}`, (r) =>
			r.fulfill({
				contentType: 'text/html; charset=utf-8',
				body: '<!doctype html><html lang="sv"><title>Tom</title><h1>Tom sida</h1></html>'
			})
		);
		const tom: Laddning[] = [];
		for (let i = 0; i < o.sidladdningar; i++) tom.push(await ladda(page, 'tom', `${bas}${TOM}`));
		const forsta: Record<Rutt, Laddning[]> = { start: [], ovning: [], rapport: [] };
		const igen: Record<Rutt, Laddning[]> = { start: [], ovning: [], rapport: [] };
		for (let i = 0; i < o.sidladdningar; i++) {
			for (const rutt of ['start', 'ovning', 'rapport'] as const) {
				await page.goto(url[rutt]);
				await page.getByRole('main').first().waitFor();
				if (rutt === 'ovning') await tomVarld(page);
				await tomCache(context, page);
				forsta[rutt].push(await ladda(page, rutt, url[rutt]));
				// the page does not wait for the world; the repeat visit must not seed it again
				if (rutt === 'ovning') await varldenSeedad(page);
				igen[rutt].push(await ladda(page, rutt, null));
			}
		}
		await context.close();

		const hela = { namn: 'hela byggets JS+CSS', varde: helaBygget() };
		const golv = (k: keyof Laddning) => ({
			namn: 'tom sida utan skript (golvet)',
			varde: statistik(tom.map((l) => l[k]))
		});
		const figurer: Figur[] = [];
		for (const rutt of ['start', 'ovning', 'rapport'] as const) {
			const budget = BUDGET[rutt];
			figurer.push({
				id: `${rutt}_js_css_kall_kb`,
				namn: `${NAMN[rutt]}, JS+CSS gzip, första besöket`,
				enhet: 'KB',
				varde: kb[rutt],
				baslinje: hela,
				...(budget ? { mal: hogst(kb[rutt], budget, 'KB') } : {}),
				not: 'tom cache, sidan öppnad direkt'
			});
			figurer.push({
				id: `${rutt}_js_css_varm_kb`,
				namn: `${NAMN[rutt]}, JS+CSS gzip, från föregående sida`,
				enhet: 'KB',
				varde: varm[rutt],
				baslinje: hela,
				not:
					rutt === 'start'
						? 'inget laddat före'
						: `utöver det ${rutt === 'ovning' ? 'startsidan' : 'övningen'} redan laddat`
			});
		}
		figurer.push({
			id: 'seedning_js_kb',
			namn: 'personregistrets seedning, JS gzip (arbetaren)',
			enhet: 'KB',
			varde: seedning,
			not: 'en gång per webbläsare, första övningen; utanför sidans budget'
		});
		for (const rutt of ['start', 'ovning', 'rapport'] as const) {
			const m = (v: Laddning[], k: keyof Laddning): Matning => statistik(v.map((l) => l[k]));
			const forstaNot =
				rutt === 'ovning' ? 'tom cache och tomt personregister: världen seedas' : 'tom cache';
			figurer.push(
				{
					id: `${rutt}_lcp_forsta_ms`,
					namn: `${NAMN[rutt]}, LCP, första besöket`,
					enhet: 'ms',
					varde: m(forsta[rutt], 'lcp'),
					baslinje: golv('lcp'),
					mal: hogst(m(forsta[rutt], 'lcp'), 1000, 'ms'),
					not: forstaNot
				},
				{
					id: `${rutt}_tti_forsta_ms`,
					namn: `${NAMN[rutt]}, interaktiv, första besöket`,
					enhet: 'ms',
					varde: m(forsta[rutt], 'tti'),
					baslinje: golv('tti'),
					not: forstaNot
				},
				{
					id: `${rutt}_lcp_igen_ms`,
					namn: `${NAMN[rutt]}, LCP, återbesök`,
					enhet: 'ms',
					varde: m(igen[rutt], 'lcp'),
					baslinje: golv('lcp'),
					mal: hogst(m(igen[rutt], 'lcp'), 500, 'ms'),
					not: 'omladdning, cache och register varma'
				},
				{
					id: `${rutt}_tti_igen_ms`,
					namn: `${NAMN[rutt]}, interaktiv, återbesök`,
					enhet: 'ms',
					varde: m(igen[rutt], 'tti'),
					baslinje: golv('tti'),
					not: 'omladdning'
				}
			);
		}
		return figurer;
	});
}
