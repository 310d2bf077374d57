/**
 * Kundsök and seeding in real Chromium IndexedDB: the page code (webblasare-kundsok.ts) is
 * bundled with esbuild and served by `page.route` on the built app's own origin, so it opens
 * the same IndexedDB the app would, without the app's CSP (which allows no inline or foreign
 * script) standing in the way.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Browser, Page } from '@playwright/test';
import type { SokFraga, SokForm } from '../../lib/domain/kundsok';
import { statistik, type Matning } from './figur';
import type { KundsokSida } from './webblasare-kundsok';
import { medWebblasare } from './webblasare';

const HAR = dirname(fileURLToPath(import.meta.url));
const SIDA = '/__bench/kundsok.html';
const SKRIPT = '/__bench/kundsok.js';

async function bunta(): Promise<string> {
	const ut = await build({
		entryPoints: [join(HAR, 'webblasare-kundsok.ts')],
		bundle: true,
		write: false,
		format: 'esm',
		platform: 'browser',
		target: 'es2022',
		alias: { $lib: join(HAR, '../../lib') },
		logLevel: 'error'
	});
	return ut.outputFiles[0].text;
}

export interface ChromiumMatning {
	seedning: Matning;
	/** From the click on Öva on the start page to the mock shown, with an empty database. */
	forstaBesok: Matning;
	/** From the same click to the first search's hits shown: the world must be in by then. */
	forstaSokning: Matning;
	kundsok: { form: SokForm; index: Matning; skanning: Matning }[];
	antal: number;
}

/** Calls one of the page's functions; the arguments go as JSON. */
function anropa<K extends keyof KundsokSida>(
	page: Page,
	namn: K,
	...args: Parameters<KundsokSida[K]>
): Promise<Awaited<ReturnType<KundsokSida[K]>>> {
	return page.evaluate(
		([n, a]) => {
			const s = (globalThis as unknown as { bench: Record<string, (...x: unknown[]) => unknown> })
				.bench;
			return s[n](...a);
		},
		[namn, args] as const
	) as Promise<Awaited<ReturnType<KundsokSida[K]>>>;
}

/** A page of the bench on the app's origin, in a context (and IndexedDB) of its own. */
async function benchSida(browser: Browser, bas: string, kod: string) {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.route(`${bas}${SIDA}`, (r) =>
		r.fulfill({
			contentType: 'text/html; charset=utf-8',
			body: `<!doctype html><meta charset="utf-8"><title>bench</title><script type="module" src="${SKRIPT}"></script>`
		})
	);
	await page.route(`${bas}${SKRIPT}`, (r) =>
		r.fulfill({ contentType: 'text/javascript; charset=utf-8', body: kod })
	);
	await page.goto(`${bas}${SIDA}`);
	await page.waitForFunction(() => 'bench' in globalThis);
	return { context, page };
}

/**
 * Notes in the page when the click came and the first frame after the mock and the hit list were
 * put in. A string, not a function: tsx's transform would give a function helpers the page lacks.
 */
const TIDTAGNING = `
	const t = (globalThis.tider = {});
	document.addEventListener('click', () => (t.klick ??= performance.now()), true);
	const nar = (namn, sel) => {
		if (t[namn] || !document.querySelector(sel)) return;
		t[namn] = -1;
		requestAnimationFrame(() => (t[namn] = performance.now()));
	};
	new MutationObserver(() => {
		nar('mock', 'main[aria-label="Procapita"]');
		nar('traffar', '[role="listbox"][aria-label="Träffar"]');
	}).observe(document, { subtree: true, childList: true });
`;

/**
 * A trainee's first visit: the start page, a click on the first Öva, the exercise page with
 * its mock, then a search (`a*`), timed in the page (TIDTAGNING).
 */
async function forstaBesok(browser: Browser, bas: string): Promise<[number, number]> {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		await page.addInitScript({ content: TIDTAGNING });
		await page.goto(`${bas}/`);
		const ova = page.getByRole('button', { name: /^Öva: / }).first();
		await ova.waitFor();
		await page.waitForLoadState('networkidle');
		await ova.click();
		await page.getByRole('tab', { name: 'Social och vård dokumentation' }).click();
		const ruta = page.getByLabel('Sök kund');
		await ruta.fill('a*');
		await ruta.press('Enter');
		await page.getByRole('listbox', { name: 'Träffar' }).waitFor();
		await page.waitForFunction(() => {
			const t = (globalThis as unknown as { tider: Record<string, number> }).tider;
			return t.mock > 0 && t.traffar > 0;
		});
		const t = await page.evaluate(
			() => (globalThis as unknown as { tider: Record<string, number> }).tider
		);
		return [t.mock - t.klick, t.traffar - t.klick];
	} finally {
		await context.close();
	}
}

export async function matIChromium(
	pnrs: string[],
	fragor: { form: SokForm; fragor: SokFraga[] }[],
	o: { varv: number; skanningar: number; seedningar: number }
): Promise<ChromiumMatning> {
	const kod = await bunta();
	return medWebblasare(async ({ bas, browser }) => {
		const besok: [number, number][] = [];
		for (let i = 0; i < o.seedningar; i++) besok.push(await forstaBesok(browser, bas));

		// each seeding in a page of its own: a first visit's code is cold, not warmed by the last
		const tider: number[] = [];
		for (let i = 0; i < o.seedningar; i++) {
			const { context, page } = await benchSida(browser, bas, kod);
			tider.push(await anropa(page, 'seeda', 'seed'));
			await context.close();
		}

		const { context, page } = await benchSida(browser, bas, kod);
		try {
			const antal = await anropa(page, 'forbered', 'sok', pnrs);
			const kundsok: ChromiumMatning['kundsok'] = [];
			for (const { form, fragor: f } of fragor) {
				const [index, skanning] = await anropa(page, 'jamfor', 'sok', f[0]);
				if (index.join() !== skanning.join())
					throw new Error(`kundsök ${form} i Chromium: indexet och genomsökningen skiljer sig`);
				kundsok.push({
					form,
					index: await anropa(page, 'mat', 'sok', f, 'index', o.varv),
					skanning: await anropa(page, 'mat', 'sok', f, 'skanning', o.skanningar)
				});
			}
			await anropa(page, 'stang', 'sok');
			return {
				seedning: statistik(tider),
				forstaBesok: statistik(besok.map((b) => b[0])),
				forstaSokning: statistik(besok.map((b) => b[1])),
				kundsok,
				antal
			};
		} finally {
			await context.close();
		}
	});
}
