/**
 * Guidad, Öva and Prov on every shipped scenario, through the UI as a trainee takes them:
 * - Guidad: before each facit step the caption names that step; the trainee (here the facit's
 *   own step) does it; at the end Klart, and the attempt hands in Godkänt.
 * - Öva: the hint ladder's four rungs, word for word as the domain gives them, and the
 *   checklist; the hints are events of the attempt.
 * - Prov: no help at all, one Lämna in, Godkänt, on a scenario from each part of the manual
 *   (PROV_PA): what Prov changes (no help, the hand-in's question) does not depend on the
 *   scenario, and facit.spec.ts already walks every scenario's facit through the UI to Godkänt.
 * Visa has its own spec (visa.spec.ts).
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { lasFacitFil, lasScenarioFil } from '../../src/lib/content/fs';
import { scenarioMappar } from '../../src/lib/content/kontroll';
import { beskrivSteg } from '../../src/lib/domain/facit/beskrivning';
import { grade } from '../../src/lib/domain/grading/motor';
import { LAGESTEXT, type Lage } from '../../src/lib/domain/lage';
import { kravensSteg, nastaKrav } from '../../src/lib/domain/ledtrad/kravordning';
import { ledtrad, STEGEN } from '../../src/lib/domain/ledtrad/stege';
import { handelserUr, lasForsok } from '../../src/lib/schemas/forsok';
import { expect, test } from './facit/fixture';
import { spelaSteg } from './facit/spela';
import { axe, lamnaIn } from './fixtures';

const ROT = fileURLToPath(new URL('../../scenarios', import.meta.url));

async function starta(page: Page, titel: string, lage: Lage): Promise<void> {
	await page.goto('/');
	await page
		.getByRole('button', { name: `${LAGESTEXT[lage].namn}: ${titel}`, exact: true })
		.click();
	await expect(page.getByRole('tab', { name: 'Mina sidor' })).toHaveAttribute(
		'aria-selected',
		'true'
	);
}

function las(mapp: string) {
	const s = lasScenarioFil(join(mapp, 'index.md'));
	const { steg } = lasFacitFil(mapp);
	const json = (f: string) => readFileSync(join(mapp, 'attempts', f), 'utf8');
	const handelser = handelserUr(lasForsok(json('pass-facit.json'), 'pass-facit.json'));
	const granser = (JSON.parse(json('pass-facit.steg.json')) as { granser: number[] }).granser;
	return { s, steg, handelser, granser, k: kravensSteg(s, { handelser, granser }) };
}

const AXE_PA = 'ledsagarservice-ny-kund';
/** Where Öva goes on to the end and the report's account of the hints is checked. */
const MED_RAPPORT = [AXE_PA, 'korttidsvistelse-i-stodfamilj', 'ansokan-pagaende-utredning'];
/** Prov's scenarios: documentation and beslut, bekräfta beställning, LASS, bevakningar. */
const PROV_PA = new Set([
	AXE_PA,
	'bekrafta-personlig-assistans-eget-val',
	'lass-beslut-fran-beslutsmeddelande',
	'hantera-bevakning'
]);

for (const mapp of scenarioMappar(ROT)) {
	const id = basename(mapp);
	test.describe(id, () => {
		test('Guidad: varje steg visas innan det görs, och försöket blir godkänt', async ({
			sida: page
		}) => {
			const { s, steg } = las(mapp);
			await starta(page, s.title, 'guidad');
			let iRutaSedd = false;
			const panel = page.getByRole('region', { name: 'Guidad: steg för steg' });
			for (const [i, st] of steg.entries()) {
				await expect(panel, `steg ${i + 1}`).toContainText(`Steg ${i + 1} av ${steg.length}`);
				await expect(panel).toContainText(beskrivSteg(st));
				if (i === 0 && id === AXE_PA) {
					await panel.getByRole('button', { name: 'Visa mig', exact: true }).click();
					await expect(page.locator('[data-visa-markerad]')).toHaveCount(1);
					await axe(page, 'Guidad');
				}
				// Inside a modal ruta the page behind is inert: the ruta shows the caption itself
				const ruta = st.i?.[0]?.roll === 'dialog' ? st.i[0].namn : undefined;
				if (ruta && !iRutaSedd) {
					iRutaSedd = true;
					await expect(
						page.getByRole('dialog', { name: ruta }).getByRole('region')
					).toHaveAccessibleName('Guidad: steg för steg');
					if (id === 'kontaktperson-bifall') await axe(page, 'Guidad i en ruta');
				}
				await spelaSteg(page, st);
			}
			await expect(panel.getByRole('status')).toContainText('Klart, alla steg är gjorda');
			await lamnaIn(page);
			await expect(page.getByRole('heading', { name: 'Godkänt', exact: true })).toBeVisible();
		});

		test('Öva: ledtrådarnas fyra steg och checklistan', async ({ sida: page }) => {
			const d = las(mapp);
			await starta(page, d.s.title, 'ova');
			const hjalp = page.getByRole('region', { name: 'Hjälp' });
			const r = grade(d.s, []);
			const i = nastaKrav(r, d.k)!;
			const ratt = STEGEN.map((p) => ledtrad(p, r.fynd[i], d.k[i], d.steg, d.granser));
			await hjalp.getByRole('button', { name: 'Ledtråd', exact: true }).click();
			const lista = hjalp.getByRole('list', { name: 'Ledtrådar' });
			for (const l of ratt) {
				if (l.pinne > 1) await hjalp.getByRole('button', { name: 'Nästa ledtråd' }).click();
				const rung = lista.getByRole('listitem').filter({
					has: page.getByRole('heading', { name: `${l.pinne}. ${l.rubrik}`, exact: true })
				});
				await expect(rung).toContainText(l.text);
				for (const t of l.steg ?? []) await expect(rung).toContainText(t);
			}
			await expect(hjalp.getByRole('button', { name: 'Nästa ledtråd' })).toBeDisabled();
			await expect(hjalp).toContainText('Du har tagit 4.');
			await hjalp.getByRole('button', { name: 'Visa checklistan' }).click();
			const check = hjalp.getByRole('region', { name: 'Checklista' });
			await expect(check.getByRole('listitem').first()).toBeVisible();
			await expect(check).toContainText('Inte än');
			if (id === AXE_PA) await axe(page, 'Öva med ledtrådar och checklista');
			// A reload keeps the hints: they are events of the attempt
			await page.reload();
			await hjalp.getByRole('button', { name: 'Ledtråd', exact: true }).click();
			await expect(hjalp.getByRole('heading', { name: '4. Svaret' })).toBeVisible();
			await expect(hjalp).toContainText('Du har tagit 4.');
			if (!MED_RAPPORT.includes(id)) return;
			// The whole exercise: the checklist fills in, and the report counts the hints
			for (const st of d.steg) await spelaSteg(page, st);
			await hjalp.getByRole('button', { name: 'Visa checklistan' }).click();
			await expect(check).not.toContainText('Inte än');
			// the ladder is still open: it says there is nothing left to hint at
			await expect(hjalp.getByRole('status')).toContainText('Allt övningen frågar efter är gjort');
			await lamnaIn(page);
			const resultat = page.getByRole('region', { name: /^(Godkänt|Inte godkänt)$/ });
			await expect(resultat).toContainText(
				'Du tog 4 ledtrådar. Varje ledtråd kostar 1 poäng: 4 poäng drogs av.'
			);
			await expect(
				resultat.getByRole('list', { name: 'Ledtrådar du tog' }).getByRole('listitem')
			).toHaveText(
				ratt.map((l) => `${r.fynd[i].vad}: ledtråd ${l.pinne}, ${l.rubrik.toLowerCase()}`)
			);
		});

		if (PROV_PA.has(id))
			test('Prov: ingen hjälp, en inlämning, godkänt', async ({ sida: page }) => {
				const { s, steg } = las(mapp);
				await starta(page, s.title, 'prov');
				await expect(page.getByRole('region', { name: 'Hjälp' })).toHaveCount(0);
				await expect(page.getByRole('button', { name: 'Ledtråd' })).toHaveCount(0);
				await expect(page.getByRole('banner')).toContainText('Prov');
				for (const st of steg) await spelaSteg(page, st);
				await page.getByRole('button', { name: 'Lämna in', exact: true }).click();
				const fraga = page.getByRole('dialog', { name: 'Lämna in' });
				await expect(fraga).toContainText('provresultat');
				if (id === AXE_PA) await axe(page, 'Prov: frågan vid Lämna in');
				await fraga.getByRole('button', { name: 'Ja', exact: true }).click();
				await expect(page.getByRole('heading', { name: 'Godkänt', exact: true })).toBeVisible();
			});
	});
}

test('Guidad och Öva på ett smalt fönster: hjälpen står ovanför Procapita, utan sidledes rullning', async ({
	sida: page
}) => {
	const { s } = las(join(ROT, AXE_PA));
	for (const [lage, namn] of [
		['guidad', 'Guidad: steg för steg'],
		['ova', 'Hjälp']
	] as const) {
		for (const storlek of [
			{ width: 1024, height: 768 },
			{ width: 640, height: 400 }
		]) {
			await page.setViewportSize(storlek);
			await starta(page, s.title, lage);
			const panel = page.getByRole('region', { name: namn });
			await expect(panel).toBeInViewport();
			const [p, m] = await Promise.all([
				panel.boundingBox(),
				page.getByRole('main', { name: 'Procapita' }).boundingBox()
			]);
			expect(p!.y + p!.height, `${lage} ${storlek.width}`).toBeLessThanOrEqual(m!.y + 1);
			const bredd = await page.evaluate(() => [
				document.documentElement.scrollWidth,
				document.documentElement.clientWidth
			]);
			expect(bredd[0], `${lage} ${storlek.width}: sidledes rullning`).toBeLessThanOrEqual(bredd[1]);
		}
	}
	await page.setViewportSize({ width: 1400, height: 900 });
});
