/**
 * Issue 9's "Done means", whole: a trainer on a clean browser, with no checkout, writes a new
 * scenario in Scenarioverkstad, records its facit and two wrong variants by doing them in the
 * mock, tries it in Guidad and exports it as a pack; the pack, dropped into scenarios/ of a clean
 * clone, passes `npm run scenario -- check`: it grades every recorded attempt (the facit's and
 * both variants') against what facit.yaml says, then walks the facit in Chromium (facit.spec.ts)
 * on a build of that clone (a variant is walked there only when it has no recording).
 *
 * The trainer's hands in the mock are the facit player (facit/spela.ts): every control found by
 * its role and accessible name, as a trainer finds it.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { unzipSync, strFromU8 } from 'fflate';
import { lasFacit } from '../../src/lib/content/facit';
import { axe, expect, test } from './fixtures';
import { spela } from './facit/spela';

const ID = 'ny-kund-utan-kir';
const ROT = fileURLToPath(new URL('../..', import.meta.url));

/** The scenario as the trainer writes it, for the customer the editor's template chose. */
function indexMd(pnr: string): string {
	return `---
id: ${ID}
version: 1
title: Registrera en ny kund som inte finns i KIR
level: grund
manualSections: [Söka fram kund, Registrera en ny kund]
idag: 2025-01-15
roll: { namn: 'Berg, Sara', lssHandlaggare: LSS-handläggare 3 }
forvantat:
  kund: { pnr: '${pnr}' }
  registrering: { via: Ny, efternamn: Ek, fornamn: Maja, civilstand: Ogift }
regelverk: [sokning, registrering]
---

# Telefonsamtal

Maja Ek, personnummer ${pnr.slice(0, 8)}-${pnr.slice(8)}, ringer och vill ansöka om en insats
enligt LSS. Hon bor på Kullagatan 3, 263 35 Höganäs, och är ogift.

Sök fram henne och registrera henne som ny kund.
`;
}

/** The path the trainer takes, as steps; `person` the fields of Spara i personregister. */
function vagen(pnr: string, person: Record<string, string>) {
	const falt = Object.entries(person)
		.map(([k, v]) => `      ${k}: ${v}`)
		.join('\n');
	return lasFacit(
		`steg:
  - klicka: { flik: Social och vård dokumentation }
  - fyll: { Sök kund: '${pnr.slice(2, 8)}-${pnr.slice(8)}', Århundrade: '${pnr.slice(0, 2)}' }
  - klicka: { knapp: Sök }
  - klicka: { knapp: Sök KIR }
    i: { dialog: Sökresultat }
  - klicka: { knapp: Ny }
    i: { dialog: KIR }
  - fyll:
${falt}
    i: { dialog: Spara i personregister }
  - klicka: { knapp: Spara }
    i: { dialog: Spara i personregister }
  - klicka: { knapp: Sök }
`,
		'testets väg'
	).steg;
}

const RATT = {
	Efternamn: 'Ek',
	Förnamn: 'Maja',
	Adress: 'Kullagatan 3',
	Postnummer: '263 35',
	Ort: 'Höganäs',
	Civilstånd: 'Ogift',
	Nyckelkod: '999999 – Ej skriven i Helsingborg'
};
const VARIANTER = {
	'fail-nyckelkod-centrum': {
		falt: { ...RATT, Nyckelkod: '128301 – Helsingborg Centrum' },
		beskrivning: 'Väljer ett områdes nyckelkod fast personen inte bor i Helsingborg.'
	},
	'fail-namnen-bytta': {
		falt: { ...RATT, Efternamn: 'Maja', Förnamn: 'Ek' },
		beskrivning: 'Skriver förnamnet som efternamn och tvärtom.'
	}
};

const inspelning = (page: Page) => page.getByRole('region', { name: /^Spelar in/ });

/** From the editor: record a path, stop, write it, put it into the scenario, back to the editor. */
async function spelaIn(page: Page, steg: ReturnType<typeof vagen>, variant?: string) {
	const spelaIn = page.getByRole('region', { name: 'Spela in' });
	if (variant) {
		await spelaIn.getByRole('textbox', { name: 'Variantens namn' }).fill(variant);
		await spelaIn.getByRole('button', { name: 'Spela in felvariant', exact: true }).click();
	} else await spelaIn.getByRole('button', { name: 'Spela in facit', exact: true }).click();
	await expect(
		inspelning(page).getByRole('status').filter({ hasText: 'Gör stegen i Procapita' })
	).toBeVisible({ timeout: 20_000 });
	await spela(page, steg, variant ?? 'facit');
	await inspelning(page).getByRole('button', { name: 'Stoppa inspelningen' }).click();
	if (variant) {
		await expect(inspelning(page)).toContainText('Inte godkänt: fel');
		await inspelning(page)
			.getByRole('textbox', { name: 'Beskrivning' })
			.fill(VARIANTER[variant as keyof typeof VARIANTER].beskrivning);
		await inspelning(page).getByRole('button', { name: 'Skriv felvarianten' }).click();
	} else await expect(inspelning(page)).toContainText('Godkänt.');
	// the files written, with nothing said against them
	await expect(
		inspelning(page).getByRole('textbox', { name: 'facit.yaml', exact: true })
	).toBeVisible();
	await expect(inspelning(page).getByRole('alert')).toHaveCount(0);
	await inspelning(page).getByRole('button', { name: 'Spara i scenariot' }).click();
	await expect(
		inspelning(page).getByRole('status').filter({ hasText: 'Sparat i scenariot' })
	).toBeVisible();
	if (!variant) await axe(page, 'Inspelningen sparad i scenariot');
	await inspelning(page).getByRole('link', { name: 'Tillbaka till Scenarioverkstad' }).click();
	await expect(page.getByRole('heading', { name: `Scenarioverkstad: ${ID}` })).toBeVisible();
}

/** The environment of a run of its own: none of this run's Playwright variables. */
function egenMiljo(port: number): NodeJS.ProcessEnv {
	const env = Object.fromEntries(
		Object.entries(process.env).filter(([k]) => !/^(PLAYWRIGHT|PW_|TEST_)/.test(k))
	);
	return { ...env, CI: '1', E2E_PORT: String(port) };
}

test('en utbildare skriver, spelar in, provar och exporterar ett scenario; paketet går igenom check i en ren klon', async ({
	page
}) => {
	test.setTimeout(420_000);
	await page.goto('/verkstad');
	await page.getByRole('textbox', { name: 'Id (mappnamn)' }).fill(ID);
	await page.getByRole('button', { name: 'Nytt scenario', exact: true }).click();
	const index = page.getByRole('textbox', { name: 'Innehåll i index.md' });
	await expect(index).toContainText('version: 1');
	// the template's customer is a reserved person no scenario uses yet: the trainer keeps it
	const pnr = /pnr: '(\d{12})'/.exec((await index.textContent()) ?? '')?.[1];
	expect(pnr, 'mallens personnummer').toBeTruthy();
	if (!pnr) return;

	// Written as a trainer pastes a text: the check finds nothing, the brief shows
	await index.click();
	await page.keyboard.press('Control+A');
	await page.keyboard.insertText(indexMd(pnr));
	const problem = page.getByRole('region', { name: 'Problem' });
	await expect(problem.getByRole('status')).toHaveText('Inga problem.');
	await expect(
		page.getByRole('region', { name: 'Förhandsvisning av briefen' }).getByRole('heading', {
			name: 'Telefonsamtal'
		})
	).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: 'Allt är sparat' })).toBeVisible();

	// A variant before the facit, and a name that is no variant's, are refused with what to do
	const spelaInDel = page.getByRole('region', { name: 'Spela in' });
	await spelaInDel.getByRole('button', { name: 'Spela in felvariant' }).click();
	await expect(spelaInDel.getByRole('alert')).toContainText('"fail-" är inget variantnamn');
	await spelaInDel.getByRole('textbox', { name: 'Variantens namn' }).fill('fail-nyckelkod-centrum');
	await spelaInDel.getByRole('button', { name: 'Spela in felvariant' }).click();
	await expect(spelaInDel.getByRole('alert')).toContainText('spela in facit först');

	await spelaIn(page, vagen(pnr, RATT));
	await expect(page.getByRole('region', { name: 'Spela in' })).toContainText('Inspelat: facit.');
	for (const [namn, v] of Object.entries(VARIANTER)) await spelaIn(page, vagen(pnr, v.falt), namn);
	await expect(page.getByRole('region', { name: 'Spela in' })).toContainText(
		'Inspelat: facit, fail-nyckelkod-centrum, fail-namnen-bytta.'
	);
	await page.getByRole('button', { name: 'Kontrollera', exact: true }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Kontrollen hittade' })).toHaveText(
		'Kontrollen hittade inga problem.'
	);
	await axe(page, 'Scenarioverkstad med inspelat facit och varianter');

	// Tried at once in Guidad: its first step is the facit's
	await page.getByRole('button', { name: 'Prova i Guidad', exact: true }).click();
	const guidad = page.getByRole('region', { name: 'Guidad: steg för steg' });
	await expect(guidad.getByRole('button', { name: 'Visa mig', exact: true })).toBeVisible();
	await expect(guidad).toContainText('Social och vård dokumentation');
	await page.goBack();
	await expect(page.getByRole('heading', { name: `Scenarioverkstad: ${ID}` })).toBeVisible();

	// Exported as a pack: the repository's folder layout
	const nedladdning = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Exportera paket', exact: true }).click();
	const zip = await nedladdning;
	expect(zip.suggestedFilename()).toBe(`${ID}.zip`);
	const filer = unzipSync(new Uint8Array(readFileSync(await zip.path())));
	expect(Object.keys(filer).sort()).toEqual(
		[
			'facit.yaml',
			'index.md',
			'attempts/pass-facit.json',
			'attempts/pass-facit.steg.json',
			'attempts/inspelning.json',
			'attempts/fail-nyckelkod-centrum.json',
			'attempts/fail-namnen-bytta.json'
		]
			.map((f) => `${ID}/${f}`)
			.sort()
	);
	expect(strFromU8(filer[`${ID}/index.md`])).toBe(indexMd(pnr));

	// Shared now: an edit that grades this version differently asks for a higher version
	const andrad = indexMd(pnr).replace('civilstand: Ogift', 'civilstand: Gift');
	await index.click();
	await page.keyboard.press('Control+A');
	await page.keyboard.insertText(andrad);
	await expect(problem).toContainText(
		`scenarios/${ID}/index.md: version: forvantat har ändrats sedan den delades som paket men versionen är fortfarande 1. Höj version till 2`
	);
	await page.keyboard.press('Control+A');
	await page.keyboard.insertText(andrad.replace('version: 1', 'version: 2'));
	await expect(problem.getByRole('status')).toHaveText('Inga problem.');

	// Dropped into scenarios/ of a clean clone: the check, and the facit walk on its own build
	const tmp = mkdtempSync(join(tmpdir(), 'lss-paket-'));
	try {
		const klon = join(tmp, 'klon');
		const git = spawnSync('git', ['clone', '-q', ROT, klon], { encoding: 'utf8' });
		expect(git.status, git.stderr).toBe(0);
		// the clone's own install would be the same packages: the checkout's are linked
		symlinkSync(join(ROT, 'node_modules'), join(klon, 'node_modules'));
		for (const [vag, data] of Object.entries(filer)) {
			const ut = join(klon, 'scenarios', vag);
			mkdirSync(dirname(ut), { recursive: true });
			writeFileSync(ut, data);
		}
		const port = (Number(process.env.E2E_PORT) || 4173) + 30;
		const check = spawnSync('npx', ['tsx', 'src/cli/scenario.ts', 'check', ID], {
			cwd: klon,
			env: egenMiljo(port),
			encoding: 'utf8',
			timeout: 360_000
		});
		const utskrift = `${check.stdout}\n${check.stderr}`;
		// what the check said, in this run's log
		console.log(
			check.stdout
				.split('\n')
				.filter((l) => /: ok|passed|✓/.test(l))
				.join('\n')
		);
		expect(check.status, utskrift).toBe(0);
		// every attempt recorded from today's steps, so graded, none left to walk unproven
		expect(check.stdout).toMatch(new RegExp(`^${ID}: ok$`, 'm'));
		// and the facit walked in Chromium on the clone's build
		expect(check.stdout).toContain(`${ID} › pass-facit`);
		expect(check.stdout).toMatch(/\b1 passed\b/);
		expect(check.stdout).not.toMatch(/skipped|failed/);
	} finally {
		rmSync(tmp, { recursive: true, force: true });
	}
});
