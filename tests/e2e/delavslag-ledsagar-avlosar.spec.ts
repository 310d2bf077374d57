/**
 * Scenario delavslag-ledsagar-avlosar: a bifall and an avslag in one utredning, filled on two
 * sheets (Ny) and saved with one Spara, Utredning avslutas only on the last (B4), and one
 * beställning, for the bifall only (O1).
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

const S = scenario('delavslag-ledsagar-avlosar');
const ELLA = '200805162385';
const REKRYTERING = 'Rekrytering LSS-insatser';
const RATT = { insatskategori: REKRYTERING, utforare: 'Lss, Rekryteringshandläggare' };

/** Both beslut with one Spara, then the bifall's beställning. */
async function delavslag(
	page: Page,
	avslutas: [boolean, boolean],
	o: { axe?: boolean } = {}
): Promise<void> {
	await startaOvning(page, S.title);
	await oppnaKund(page, ELLA);
	const gemensamt = { beslutsdatum: '2025-05-06', beslutsfattare: S.roll.namn };
	await fattaBeslut(
		page,
		'LSS Utredning 250317-',
		[
			{
				...gemensamt,
				insatskategori: REKRYTERING,
				beslut: 'LSS Ledsagarservice Bifall',
				fran: '2025-05-12',
				till: '2026-05-11',
				organisation: 'LSS Myndighet',
				period: 'Månad',
				timmar: '8.30',
				utredningAvslutas: avslutas[0]
			},
			{
				...gemensamt,
				insatskategori: 'LSS Insatser',
				beslut: 'LSS Avlösarservice Avslag',
				fran: '2025-05-06',
				organisation: 'LSS Myndighet',
				utredningAvslutas: avslutas[1]
			}
		],
		o
	);
	await bestall(
		page,
		'LSS Ledsagarservice Bifall 250506',
		{
			...RATT,
			insatser: ['Ledsagarservice'],
			period: 'Månad',
			kvantitet: '8.30',
			fran: '2025-05-12',
			till: '2026-05-11'
		},
		o
	);
}

test('rätt väg: bifall och avslag med en Spara, beställning bara för bifallet ger Godkänt', async ({
	page
}) => {
	await delavslag(page, [false, true], { axe: true });
	await lamnaIn(page);
	await forvantaResultat(page, 'Godkänt');
	await forvantaIngaFel(page);
});

test('fel väg: en beställning även för avslaget ger Inte godkänt (O1)', async ({ page }) => {
	await delavslag(page, [false, true]);
	await bestall(page, 'LSS Avlösarservice Avslag 250506', {
		...RATT,
		insatser: ['Avlösarservice'],
		fran: '2025-05-06'
	});
	await lamnaIn(page);
	await forvantaResultat(page, 'Inte godkänt');
	await forvantaFel(page, ['O1']);
});

test('fel väg: Utredning avslutas ikryssad på båda besluten ger Inte godkänt (B4)', async ({
	page
}) => {
	await delavslag(page, [true, true]);
	await lamnaIn(page);
	await forvantaResultat(page, 'Inte godkänt');
	await forvantaFel(page, ['B4']);
});
