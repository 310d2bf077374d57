/**
 * Kundsök and seeding in real Chromium IndexedDB: the page code (webblasare-kundsok.ts) is
 * bundled with esbuild and served by `page.route` on the built app's own origin, so it opens
 * the same IndexedDB the app would, without the app's CSP (which allows no inline or foreign
 * script) standing in the way.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Page } from '@playwright/test';
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

export async function matIChromium(
	pnrs: string[],
	fragor: { form: SokForm; fragor: SokFraga[] }[],
	o: { varv: number; skanningar: number; seedningar: number }
): Promise<ChromiumMatning> {
	const kod = await bunta();
	return medWebblasare(async ({ bas, browser }) => {
		const context = await browser.newContext();
		try {
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

			const tider: number[] = [];
			for (let i = 0; i < o.seedningar; i++) tider.push(await anropa(page, 'seeda', `seed-${i}`));
			const seedning = statistik(tider);

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
			return { seedning, kundsok, antal };
		} finally {
			await context.close();
		}
	});
}
