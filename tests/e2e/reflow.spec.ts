/**
 * WCAG 1.4.10 Reflow and 1.4.4 Resize text, on every screen of the mock (skarm.ts): at 1024 × 768
 * and at 200 % zoom of a 1280-wide window (640 CSS px, device scale 2) the page never scrolls
 * sideways, no control of the mock is covered by another element, and no field is clipped by a
 * box around it. The brief goes below the mock there.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { gaTillSkarm, SKARMAR } from './skarm';

/** What is wrong with the mock's controls as laid out now: one line per control. */
async function layoutfel(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const fel: string[] = [];
		const mock = document.querySelector('main.mock');
		if (!mock) return ['ingen main.mock'];
		const namn = (el: Element) =>
			`${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''} "${(
				el.getAttribute('aria-label') ??
				(el as HTMLElement).innerText ??
				''
			)
				.trim()
				.slice(0, 40)}"`;
		const kontroller = [
			...mock.querySelectorAll<HTMLElement>(
				'button, select, input:not([type=hidden]), textarea, [role=tab], [role=treeitem], [role=separator]'
			)
		].filter((el) => {
			const r = el.getBoundingClientRect();
			return r.width > 2 && r.height > 2 && getComputedStyle(el).visibility !== 'hidden';
		});
		for (const el of kontroller) {
			el.scrollIntoView({ block: 'center', inline: 'center' });
			const r = el.getBoundingClientRect();
			const x = r.left + r.width / 2;
			const y = r.top + Math.min(r.height / 2, 8);
			const traff = document.elementFromPoint(x, y);
			if (!traff || !(el === traff || el.contains(traff)))
				fel.push(`${namn(el)} täcks av ${traff ? namn(traff) : 'inget'}`);
			if (!['SELECT', 'INPUT', 'TEXTAREA'].includes(el.tagName)) continue;
			for (let f = el.parentElement; f && f !== document.body; f = f.parentElement) {
				const s = getComputedStyle(f);
				if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
				const k = f.getBoundingClientRect();
				if (r.left < k.left - 1 || r.right > k.right + 1)
					fel.push(`${namn(el)} klipps av ${namn(f)}`);
			}
		}
		return fel;
	});
}

for (const [storlek, use] of [
	['1024 × 768', { viewport: { width: 1024, height: 768 } }],
	[
		'200 % zoom (640 × 400, skala 2)',
		{ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 }
	]
] as const) {
	test.describe(storlek, () => {
		test.use(use);
		for (const s of SKARMAR) {
			test(`${s.namn}: ingen sidledes rullning, inget täckt eller klippt`, async ({ page }) => {
				await gaTillSkarm(page, s);
				await expect(page.getByRole('main', { name: 'Procapita' })).toBeVisible();
				const bredd = await page.evaluate(() => ({
					scroll: document.documentElement.scrollWidth,
					client: document.documentElement.clientWidth
				}));
				expect(bredd.scroll, 'sidan rullar i sidled').toBeLessThanOrEqual(bredd.client);
				expect(await layoutfel(page)).toEqual([]);
			});
		}
	});
}
