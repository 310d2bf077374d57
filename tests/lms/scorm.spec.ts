/**
 * SCORM 2004 end to end: the LMS's page (the fake LMS's host page) gives scorm-again's
 * Scorm2004API as window.API_1484_11 and opens the packaged SCO in a frame; an exercise is done
 * there and handed in, and what scorm-again stored is read from the LMS's side: completion and
 * success apart, the score, one interaction per graded check, a small resume state.
 */
import { expect, test } from '@playwright/test';
import { fangaSidfel } from '../e2e/fixtures';
import { lamnaIn, OVNING, spelaFacit } from './ovning';
import { adresser } from './portar';

const ADR = adresser();

interface Lagrat {
	completion: string;
	success: string;
	scaled: string;
	antal: number;
	interaktioner: { id: string; type: string; result: string }[];
	suspend: string;
	commits: number;
}

test('a SCO in the LMS’s frame reports completion, success, score and its interactions', async ({
	page
}) => {
	const fel = fangaSidfel(page, ADR.innehall);
	await page.goto(`/scorm?ovning=${OVNING}`);
	const ram = page.frame({ url: /\/paket\/scorm\/index\.html/ });
	if (!ram) throw new Error('SCO:n öppnades inte i ramen');
	// the launch seeds the world register before Prov shows: slow on a busy machine
	await expect(ram.locator('.lage')).toHaveText('Prov', { timeout: 30_000 });
	await spelaFacit(ram);
	await lamnaIn(ram);
	await expect
		.poll(() => page.evaluate(() => (window as unknown as { __commits: number }).__commits))
		.toBeGreaterThan(0);
	const lagrat = await page.evaluate((): Lagrat => {
		const api = (window as unknown as { API_1484_11: { GetValue(e: string): string } }).API_1484_11;
		const antal = Number(api.GetValue('cmi.interactions._count'));
		return {
			completion: api.GetValue('cmi.completion_status'),
			success: api.GetValue('cmi.success_status'),
			scaled: api.GetValue('cmi.score.scaled'),
			antal,
			interaktioner: Array.from({ length: antal }, (_, i) => ({
				id: api.GetValue(`cmi.interactions.${i}.id`),
				type: api.GetValue(`cmi.interactions.${i}.type`),
				result: api.GetValue(`cmi.interactions.${i}.result`)
			})),
			suspend: api.GetValue('cmi.suspend_data'),
			commits: (window as unknown as { __commits: number }).__commits
		};
	});
	expect(lagrat.completion).toBe('completed');
	expect(lagrat.success).toBe('passed');
	expect(Number(lagrat.scaled)).toBe(1);
	expect(lagrat.antal).toBeGreaterThan(3);
	for (const ia of lagrat.interaktioner) {
		expect(ia.id).toMatch(new RegExp(`^urn:lss-ovning:${OVNING}:[A-Za-z0-9]+-\\d+$`));
		expect(['choice', 'sequencing', 'other']).toContain(ia.type);
		expect(ia.result).toBe('correct');
	}
	expect(new Set(lagrat.interaktioner.map((i) => i.id)).size).toBe(lagrat.antal);
	expect(lagrat.suspend.length).toBeLessThan(100);
	expect(fel).toEqual([]);
});
