/**
 * Scenario kontaktperson-bifall: kontaktperson is given without hours (B7), tills vidare, and
 * ordered as Kontaktperson from Lss, Rekryteringshandläggare (O2).
 */
import {
	forvantaFel,
	forvantaIngaFel,
	forvantaResultat,
	lamnaIn,
	scenario,
	startaOvning,
	test
} from './fixtures';
import { bestall, fattaBeslut, oppnaKund } from './steg-arende';
import type { Page } from '@playwright/test';

const S = scenario('kontaktperson-bifall');
const JULIA = '199308022384';
const REKRYTERING = 'Rekrytering LSS-insatser';

/** Beslut and beställning; `timmar` (per Månad) or another insats let an attempt go wrong. */
async function kontaktperson(
	page: Page,
	o: { timmar?: string; insats?: string; axe?: boolean } = {}
): Promise<void> {
	const timmar = o.timmar ? { period: 'Månad', timmar: o.timmar } : {};
	await startaOvning(page, S.title);
	await oppnaKund(page, JULIA);
	await fattaBeslut(
		page,
		'LSS Utredning 250331-',
		[
			{
				insatskategori: REKRYTERING,
				beslut: 'LSS Kontaktperson Bifall',
				beslutsdatum: '2025-04-24',
				fran: '2025-05-01',
				beslutsfattare: S.roll.namn,
				organisation: 'LSS Myndighet',
				...timmar
			}
		],
		{ axe: o.axe }
	);
	await bestall(
		page,
		'LSS Kontaktperson Bifall 250424',
		{
			insatskategori: REKRYTERING,
			utforare: 'Lss, Rekryteringshandläggare',
			insatser: [o.insats ?? 'Kontaktperson'],
			fran: '2025-05-01'
		},
		{ axe: o.axe }
	);
}

test('rätt väg: bifall utan timmar och beställning av Kontaktperson ger Godkänt', async ({
	page
}) => {
	await kontaktperson(page, { axe: true });
	await lamnaIn(page);
	await forvantaResultat(page, 'Godkänt');
	await forvantaIngaFel(page);
});

test('fel väg: träffarna skrivna som timmar på beslutet, och så i beställningen, ger Inte godkänt (B7, O3)', async ({
	page
}) => {
	await kontaktperson(page, { timmar: '8.00' });
	await lamnaIn(page);
	await forvantaResultat(page, 'Inte godkänt');
	await forvantaFel(page, ['B7', 'O3']);
});

test('fel väg: Ledsagarservice pilad över i stället för Kontaktperson ger Inte godkänt (O2)', async ({
	page
}) => {
	await kontaktperson(page, { insats: 'Ledsagarservice' });
	await lamnaIn(page);
	await forvantaResultat(page, 'Inte godkänt');
	await forvantaFel(page, ['O2']);
});
