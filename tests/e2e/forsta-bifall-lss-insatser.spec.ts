/**
 * Scenario forsta-bifall-lss-insatser: Ida has no insatser, so after the bifall (with
 * personkrets and 12.30 hours per Månad) and the beställning, the handläggare opens LSS
 * Insatser herself (B6, V2); the utförare's verkställighet is the utförare's to open (V4).
 */
import {
	forvantaFel,
	forvantaIngaFel,
	forvantaResultat,
	lamnaIn,
	scenario,
	test
} from './fixtures';
import { bestall, fattaBeslut, oppnaVerkstallighet, type VerkstallighetFalt } from './steg-arende';
import { startaPaKund } from './steg-arende-b';
import type { Page } from '@playwright/test';

const S = scenario('forsta-bifall-lss-insatser');
const LSS_INSATSER: VerkstallighetFalt = {
	insatskategori: 'LSS Insatser',
	utforare: 'LSS-handläggare 3',
	organisation: 'LSS Myndighet',
	fran: '2025-04-25'
};

async function forstaBifall(
	page: Page,
	o: { timmar?: string; verkstallighet?: VerkstallighetFalt | null; axe?: boolean } = {}
): Promise<void> {
	const timmar = o.timmar ?? '12.30';
	await startaPaKund(page, S.title, S.forvantat.kund.pnr);
	await fattaBeslut(page, 'LSS Utredning 250210-', [
		{
			insatskategori: 'Rekrytering LSS-insatser',
			beslut: 'LSS Ledsagarservice Bifall',
			beslutsdatum: '2025-04-25',
			fran: '2025-05-01',
			till: '2026-04-30',
			beslutsfattare: 'Sandberg, Elin',
			organisation: 'LSS Myndighet',
			personkrets: 'Personkrets 1',
			period: 'Månad',
			timmar
		}
	]);
	await bestall(page, 'LSS Ledsagarservice Bifall 250425', {
		insatskategori: 'Rekrytering LSS-insatser',
		utforare: 'Lss, Rekryteringshandläggare',
		insatser: ['Ledsagarservice'],
		period: 'Månad',
		kvantitet: timmar
	});
	const v = o.verkstallighet === undefined ? LSS_INSATSER : o.verkstallighet;
	if (v) await oppnaVerkstallighet(page, v, o);
}

test('rätt väg: bifall, beställning och LSS Insatser med LSS-handläggare 3 ger Godkänt', async ({
	page
}) => {
	await forstaBifall(page, { axe: true });
	await lamnaIn(page);
	await forvantaResultat(page, 'Godkänt');
	await forvantaIngaFel(page);
});

test('fel väg: ingen LSS Insatser öppnad ger Inte godkänt (B6, V2)', async ({ page }) => {
	await forstaBifall(page, { verkstallighet: null });
	await lamnaIn(page);
	await forvantaResultat(page, 'Inte godkänt');
	await forvantaFel(page, ['B6', 'V2']);
});

test('fel väg: utförarens verkställighet öppnad i stället för LSS Insatser ger Inte godkänt (B6, V2, V4)', async ({
	page
}) => {
	await forstaBifall(page, {
		verkstallighet: {
			insatskategori: 'Rekrytering LSS-insatser',
			utforare: 'Lss, Rekryteringshandläggare',
			organisation: 'LSS Myndighet',
			fran: '2025-04-25'
		}
	});
	await lamnaIn(page);
	await forvantaResultat(page, 'Inte godkänt');
	await forvantaFel(page, ['B6', 'V2', 'V4']);
});

test('fel väg: tolv och en halv timme skrivet som 12.5 ger Inte godkänt (B7, O3)', async ({
	page
}) => {
	await forstaBifall(page, { timmar: '12.5' });
	await lamnaIn(page);
	await forvantaResultat(page, 'Inte godkänt');
	await forvantaFel(page, ['B7', 'O3']);
});
