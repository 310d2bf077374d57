/**
 * The start page as a course: the exercises under the manual's chapters in the manual's order,
 * each with the trainee's status, a suggested next exercise that moves on as they pass, the four
 * ways to take an exercise, local profiles, Släng försöket and Framsteg; all of it kept in
 * IndexedDB, so a reload or a new page shows the same.
 */
import type { Page } from '@playwright/test';
import { lasFacitFil } from '../../src/lib/content/fs';
import { KAPITEL } from '../../src/lib/domain/kurs';
import { LAGEN, LAGESTEXT } from '../../src/lib/domain/lage';
import { spelaFacit } from './facit/gang';
import { spelaSteg } from './facit/spela';
import { axe, expect, lamnaIn, scenario, test } from './fixtures';

const LEDSAGAR = scenario('ledsagarservice-ny-kund');

function ovningen(page: Page, titel: string) {
	return page
		.getByRole('listitem')
		.filter({ has: page.getByRole('heading', { level: 4, name: titel, exact: true }) });
}

/** Vem övar?: types a name and creates the profile. */
async function skapaProfil(page: Page, namn: string): Promise<void> {
	const vem = page.getByRole('region', { name: 'Vem övar?' });
	await vem.getByLabel('Ditt namn').fill(namn);
	await vem.getByRole('button', { name: 'Skapa profil', exact: true }).click();
}

async function bytProfil(page: Page, namn: string): Promise<void> {
	const vem = page.getByRole('region', { name: 'Vem övar?' });
	await vem.getByLabel('Välj profil').selectOption({ label: namn });
	await vem.getByRole('button', { name: 'Byt profil', exact: true }).click();
	await expect(vem).toContainText(`Du övar som ${namn}.`);
}

/** Start page → `<lage>: <title>` → the mock is ready; then back to the start page. */
async function startaOchTillbaka(page: Page, lage: string, titel: string): Promise<void> {
	await page.getByRole('button', { name: `${lage}: ${titel}`, exact: true }).click();
	await expect(page.getByRole('tab', { name: 'Mina sidor' })).toHaveAttribute(
		'aria-selected',
		'true'
	);
	await page.getByRole('link', { name: 'LSS-övning', exact: true }).click();
	await expect(
		page.getByRole('heading', { level: 1, name: 'Öva Procapita för LSS-handläggare' })
	).toBeVisible();
}

test('övningarna står under manualens kapitel, och en godkänd övning visar sitt resultat', async ({
	page
}) => {
	await page.goto('/');
	const kapitel = page.getByRole('region', { name: /^Kapitel: / });
	await expect(kapitel.first()).toHaveAccessibleName('Kapitel: Navigering vid kund');
	const rubriker = await kapitel.getByRole('heading', { level: 3 }).allTextContents();
	// the chapters with exercises, in the manual's order (KAPITEL), more as the manual's later
	// parts get exercises
	expect(rubriker).toEqual(KAPITEL.filter((k) => rubriker.includes(k)));
	expect(rubriker).toEqual(
		expect.arrayContaining([
			'Navigering vid kund',
			'Aktualisera och inleda utredning',
			'Dokumentation',
			'Beslut och beställning',
			'Utskrift, skanning och PDF',
			'Ta bort en beställning',
			'LASS-beslut (beslut om assistansersättning från Försäkringskassan)',
			'Bevakningar',
			'Sökverktyget',
			'Tips'
		])
	);
	// the chapter of the exercise passed below
	const forsta = page.getByRole('region', { name: 'Kapitel: Aktualisera och inleda utredning' });
	const antal = await forsta.getByRole('heading', { level: 4 }).count();
	await expect(forsta).toContainText(`0 av ${antal} godkända`);
	// grund before fördjupning: the suggested first exercise is the grundövning of the first chapter
	const forslag = page.getByRole('link', {
		name: 'Lägg till god man och anhörig under Kontaktuppgifter'
	});
	await expect(forslag).toBeVisible();
	const ovning = ovningen(page, LEDSAGAR.title);
	await expect(ovning).toContainText('Ej påbörjad');
	// the four ways, each explained once on the page and given to its button as its description
	for (const l of LAGEN)
		await expect(
			ovning.getByRole('button', { name: `${LAGESTEXT[l].namn}: ${LEDSAGAR.title}`, exact: true })
		).toHaveAccessibleDescription(LAGESTEXT[l].forklaring);
	await expect(page.getByRole('region', { name: 'Fyra sätt att ta en övning' })).toContainText(
		LAGESTEXT.guidad.forklaring
	);
	await axe(page, 'Startsidan som kurs');

	await spelaFacit(page, 'ledsagarservice-ny-kund');
	await lamnaIn(page);
	await page.getByRole('link', { name: 'Till övningarna' }).click();
	await expect(ovning).toContainText('Godkänd, bästa resultat 100 % rätt');
	await expect(forsta).toContainText(`1 av ${antal} godkända`);
	await expect(forslag).toBeVisible();
});

test('varje profil har sin kurs och sina försök, och det finns kvar efter omladdning och i en ny sida', async ({
	page,
	context
}) => {
	await page.goto('/');
	const vem = page.getByRole('region', { name: 'Vem övar?' });
	await expect(vem).toContainText('Du övar som Utan namn.');
	// an empty name and a taken one are refused, saying why
	await skapaProfil(page, '   ');
	await expect(vem.getByRole('alert')).toHaveText('Skriv ett namn för att skapa en profil.');
	await expect(vem.getByLabel('Ditt namn')).toHaveAttribute('aria-invalid', 'true');
	await skapaProfil(page, 'Anna Berg');
	await expect(vem).toContainText('Du övar som Anna Berg.');
	await expect(vem.getByRole('alert')).toHaveCount(0);
	await skapaProfil(page, 'anna berg');
	await expect(vem.getByRole('alert')).toContainText(
		'Det finns redan en profil som heter anna berg.'
	);
	await expect(vem).toContainText('Du övar som Anna Berg.');
	await axe(page, 'Startsidan med profiler och ett namnfel');

	// Anna's attempt is Anna's: Utan namn sees none of it
	await startaOchTillbaka(page, 'Öva', LEDSAGAR.title);
	const pagaende = page.getByRole('region', { name: 'Påbörjade försök' });
	await expect(pagaende.getByRole('link', { name: `Fortsätt: ${LEDSAGAR.title}` })).toBeVisible();
	await expect(pagaende).toContainText('Öva, påbörjat');
	await expect(ovningen(page, LEDSAGAR.title)).toContainText('Påbörjad');
	await bytProfil(page, 'Utan namn');
	await expect(pagaende).toHaveCount(0);
	await expect(ovningen(page, LEDSAGAR.title)).toContainText('Ej påbörjad');
	await bytProfil(page, 'Anna Berg');
	await expect(pagaende.getByRole('listitem')).toHaveCount(1);

	// kept in IndexedDB: a reload and a new page on the same storage show the same
	await page.reload();
	await expect(vem).toContainText('Du övar som Anna Berg.');
	await expect(pagaende.getByRole('listitem')).toHaveCount(1);
	const ny = await context.newPage();
	await ny.goto('/');
	await expect(ny.getByRole('region', { name: 'Vem övar?' })).toContainText(
		'Du övar som Anna Berg.'
	);
	await expect(
		ny.getByRole('region', { name: 'Påbörjade försök' }).getByRole('listitem')
	).toHaveCount(1);
	await expect(ovningen(ny, LEDSAGAR.title)).toContainText('Påbörjad');
	await ny.close();
});

test('Visa och Guidad räknas inte i kursen; ett påbörjat försök kan slängas efter en fråga', async ({
	page
}) => {
	await page.goto('/');
	const ovning = ovningen(page, LEDSAGAR.title);
	await startaOchTillbaka(page, 'Visa', LEDSAGAR.title);
	await expect(page.getByRole('region', { name: 'Påbörjade försök' })).toHaveCount(0);
	await startaOchTillbaka(page, 'Guidad', LEDSAGAR.title);
	const pagaende = page.getByRole('region', { name: 'Påbörjade försök' });
	await expect(pagaende).toContainText('Guidad, påbörjat');
	await expect(ovning).toContainText('Ej påbörjad');
	await startaOchTillbaka(page, 'Prov', LEDSAGAR.title);
	await expect(pagaende.getByRole('listitem')).toHaveCount(2);
	await expect(ovning).toContainText('Påbörjad');

	const prov = pagaende.getByRole('listitem').filter({ hasText: 'Prov, påbörjat' });
	await prov.getByRole('button', { name: `Släng försöket: ${LEDSAGAR.title}` }).click();
	const fraga = page.getByRole('dialog', { name: 'Släng försöket' });
	await expect(fraga).toContainText(`Vill du slänga försöket på ”${LEDSAGAR.title}”?`);
	await axe(page, 'Frågan Släng försöket');
	await fraga.getByRole('button', { name: 'Nej', exact: true }).click();
	await expect(fraga).toBeHidden();
	await expect(pagaende.getByRole('listitem')).toHaveCount(2);

	await prov.getByRole('button', { name: `Släng försöket: ${LEDSAGAR.title}` }).click();
	await fraga.getByRole('button', { name: 'Ja', exact: true }).click();
	await expect(pagaende.getByRole('listitem')).toHaveCount(1);
	await expect(pagaende).toContainText('Guidad, påbörjat');
	await expect(ovning).toContainText('Ej påbörjad');
	await page.reload();
	await expect(pagaende.getByRole('listitem')).toHaveCount(1);
});

test('Framsteg visar per avsnitt i manualen vilka regler senaste Prov fick rätt, och startsidan provresultatet', async ({
	page
}) => {
	await page.goto('/');
	await page.getByRole('link', { name: 'Framsteg', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Framsteg' })).toBeVisible();
	await expect(page.getByText('Du har inte lämnat in något Prov ännu.')).toBeVisible();
	await page.getByRole('link', { name: 'Till övningarna' }).click();

	// Prov: the facit played, handed in once
	await page.getByRole('button', { name: `Prov: ${LEDSAGAR.title}`, exact: true }).click();
	await expect(page.getByRole('tab', { name: 'Mina sidor' })).toHaveAttribute(
		'aria-selected',
		'true'
	);
	for (const st of lasFacitFil('scenarios/ledsagarservice-ny-kund').steg) await spelaSteg(page, st);
	await page.getByRole('button', { name: 'Lämna in', exact: true }).click();
	await page
		.getByRole('dialog', { name: 'Lämna in' })
		.getByRole('button', { name: 'Ja', exact: true })
		.click();
	await expect(page.getByRole('heading', { name: 'Godkänt', exact: true })).toBeVisible();

	await page.getByRole('link', { name: 'Till övningarna' }).click();
	const ovning = ovningen(page, LEDSAGAR.title);
	await expect(ovning).toContainText('Godkänd, bästa resultat 100 % rätt');
	await expect(ovning).toContainText('Prov: godkänt 100 %');

	await page.getByRole('link', { name: 'Framsteg', exact: true }).click();
	// the manual's order: Söka fram kund before Registrera en ny kund before Inleda utredning
	const avsnitt = page.getByRole('region', { name: /^Avsnitt: / });
	await expect(avsnitt.first()).toBeVisible();
	const rubriker = await avsnitt.getByRole('heading', { level: 2 }).allTextContents();
	expect(rubriker.indexOf('Söka fram kund')).toBeGreaterThanOrEqual(0);
	expect(rubriker.indexOf('Söka fram kund')).toBeLessThan(
		rubriker.indexOf('Registrera en ny kund')
	);
	expect(rubriker.indexOf('Registrera en ny kund')).toBeLessThan(
		rubriker.indexOf('Inleda utredning')
	);
	const sok = page.getByRole('region', { name: 'Avsnitt: Söka fram kund' });
	const rad = sok.getByRole('listitem').filter({ hasText: 'Rätt kund öppnades' });
	await expect(rad).toContainText('Rätt');
	await expect(rad).toContainText('Regel S2');
	await expect(sok).toContainText(/(\d+) av \1 rätt i senaste Prov/);
	await axe(page, 'Framsteg');

	// still there after a reload: it is IndexedDB
	await page.reload();
	await expect(rad).toContainText('Regel S2');
});
