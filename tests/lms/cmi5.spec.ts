/**
 * cmi5 end to end: the package launched from the fake LMS in Chromium, an exercise done in Prov
 * and handed in, and the statements read back from the real LRS by registration: their order,
 * verbs, result, score, categories and session id, each valid. The second run hands in with
 * the LRS out of reach, sees the statements wait, goes offline and online again, and delivers
 * the same ones exactly once.
 *
 * Why the LRS is cut off at the hand-in, not the whole network: the package has no service
 * worker (docs/lms.md), and the report page's code is loaded at the hand-in, so with the whole
 * network off then the hand-in ends in SvelteKit's 500 page (reported to the app's side).
 */
import { expect, test, type Page } from '@playwright/test';
import { fangaSidfel } from '../e2e/fixtures';
import { lamnaIn, OVNING, spelaFacit } from './ovning';
import { adresser } from './portar';
import { felI, statementsFor, VERB, type Statement } from './xapi';

const ADR = adresser();
const AU = `https://lss-ovning.helsingborg.se/xapi/kurs/ovning/${OVNING}`;
const CMI5 = 'https://w3id.org/xapi/cmi5/context/';
const SESSION = `${CMI5}extensions/sessionid`;
const KATEGORI = {
	cmi5: `${CMI5}categories/cmi5`,
	moveon: `${CMI5}categories/moveon`
};
// offline, the outbox's sends fail: the browser logs them, expected in the second run only
const NATFEL = /Failed to load resource|net::ERR_INTERNET_DISCONNECTED|Failed to fetch/;
// the outbox sends its statements one by one (some thirty here): on a busy machine that takes
// longer than an assertion's default wait
const SANT = { timeout: 30_000 };

async function lansera(page: Page): Promise<string> {
	await page.goto(`/starta?ovning=${OVNING}&lage=Normal`);
	await expect(page.locator('.lage')).toHaveText('Prov', SANT);
	return new URL(page.url()).searchParams.get('registration') ?? '';
}

const kategorier = (s: Statement) =>
	(s.context?.contextActivities?.category ?? []).map((a) => a.id);

/** What every run must have stored: the cmi5 order and content of one passed hand-in. */
function kontrollera(lagrade: Statement[], registration: string): void {
	const verb = lagrade.map(VERB);
	const n = verb.filter((v) => v === 'answered').length;
	expect(n).toBeGreaterThan(3);
	expect(verb).toEqual([
		'launched',
		'initialized',
		...Array<string>(n).fill('answered'),
		'passed',
		'completed',
		'terminated'
	]);
	expect(new Set(lagrade.map((s) => s.id)).size).toBe(lagrade.length);
	for (const s of lagrade) {
		expect(felI(s), `${VERB(s)} ${s.id}`).toEqual([]);
		expect(s.context?.registration).toBe(registration);
	}
	// the session id is the LMS's (from the launch's contextTemplate) on every statement
	const session = lagrade[0].context?.extensions?.[SESSION];
	expect(session).toBeTruthy();
	for (const s of lagrade) expect(s.context?.extensions?.[SESSION]).toBe(session);
	const [, initialized, ...resten] = lagrade;
	const [passed, completed, terminated] = resten.slice(-3);
	for (const s of [initialized, passed, completed, terminated]) {
		expect(s.object.id).toBe(AU);
		expect(kategorier(s)).toContain(KATEGORI.cmi5);
	}
	expect(kategorier(initialized)).not.toContain(KATEGORI.moveon);
	expect(kategorier(passed)).toContain(KATEGORI.moveon);
	expect(kategorier(completed)).toContain(KATEGORI.moveon);
	expect(passed.result?.success).toBe(true);
	expect(passed.result?.score?.scaled).toBe(1);
	expect(passed.result?.duration).toMatch(/^PT/);
	expect(completed.result?.completion).toBe(true);
	expect(terminated.result?.duration).toMatch(/^PT/);
	for (const a of resten.slice(0, -3)) {
		expect(a.object.id.startsWith(`${AU}/beslut/`)).toBe(true);
		expect(a.object.definition?.type).toBe('http://adlnet.gov/expapi/activities/cmi.interaction');
		expect(['choice', 'sequencing', 'other']).toContain(a.object.definition?.interactionType);
		expect(a.result?.success).toBe(true);
		expect(kategorier(a)).not.toContain(KATEGORI.cmi5);
		expect(a.context?.contextActivities?.parent).toEqual([expect.objectContaining({ id: AU })]);
	}
	// one interaction per graded check: no id twice
	const ia = resten.slice(0, -3).map((a) => a.object.id);
	expect(new Set(ia).size).toBe(ia.length);
}

async function tillbaka(page: Page): Promise<void> {
	await page
		.getByRole('region', { name: 'Lärplattformen' })
		.getByRole('button', { name: 'Avsluta och gå tillbaka' })
		.click();
	await expect(page.getByRole('heading', { name: 'Tillbaka i LMS:et' })).toBeVisible();
}

test('a launched exercise in Prov reports its hand-in to the LRS in cmi5’s order', async ({
	page
}) => {
	const fel = fangaSidfel(page, ADR.innehall);
	const registration = await lansera(page);
	await spelaFacit(page);
	await lamnaIn(page);
	const rad = page.getByRole('region', { name: 'Lärplattformen' });
	await expect(rad).toContainText('Resultatet lämnades till lärplattformen: godkänt.', SANT);
	await expect(rad.getByText('väntar på att skickas')).toHaveCount(0, SANT);
	await tillbaka(page);
	kontrollera(await statementsFor(registration), registration);
	expect(fel).toEqual([]);
});

test('offline at the hand-in: the report is shown, the statements wait, then go once when back online', async ({
	page,
	context
}) => {
	const fel = fangaSidfel(page, ADR.innehall);
	const registration = await lansera(page);
	await spelaFacit(page);
	await expect
		.poll(async () => (await statementsFor(registration)).map(VERB))
		.toEqual(['launched', 'initialized']);
	// the whole network goes: the packaged copy has no service worker, so the report's code must
	// already be in the page (the launch preloads it)
	await context.setOffline(true);
	await expect.poll(() => page.evaluate(() => navigator.onLine)).toBe(false);
	await lamnaIn(page);
	const rad = page.getByRole('region', { name: 'Lärplattformen' });
	await expect(rad.getByRole('status').filter({ hasText: 'väntar på att skickas' })).toBeVisible();
	expect((await statementsFor(registration)).map(VERB)).toEqual(['launched', 'initialized']);
	// back online: the browser's `online` event sends what waits
	await context.setOffline(false);
	await expect(rad.getByText('väntar på att skickas')).toHaveCount(0, SANT);
	await tillbaka(page);
	kontrollera(await statementsFor(registration), registration);
	expect(fel.filter((f) => !NATFEL.test(f))).toEqual([]);
});
