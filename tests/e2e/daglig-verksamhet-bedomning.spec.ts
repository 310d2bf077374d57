/**
 * Scenario daglig-verksamhet-bedomning: Elias is new to LSS, so the bifall needs a
 * personkretstillhörighet (B3); LSS Insatser is opened (V2) before the Bedömning, whose box in
 * front of LSS Insatser is ticked (O9); the beställning goes with Beslut <ingen>, Planering
 * Daglig verksamhet, to Lss, Resursförmedling.
 */
import {
	forvantaFel,
	forvantaIngaFel,
	forvantaResultat,
	lamnaIn,
	scenario,
	test
} from './fixtures';
import { bestall, fattaBeslut, gorBedomning, oppnaVerkstallighet } from './steg-arende';
import { startaPaKund } from './steg-arende-b';
import type { Page } from '@playwright/test';

const S = scenario('daglig-verksamhet-bedomning');

async function dagligVerksamhet(
	page: Page,
	o: { personkrets?: string; kryssa?: boolean; axe?: boolean } = {}
): Promise<void> {
	await startaPaKund(page, S.title, S.forvantat.kund.pnr);
	await fattaBeslut(page, 'LSS Utredning 250203-', [
		{
			insatskategori: 'Daglig verksamhet LSS',
			beslut: 'LSS Daglig verksamhet Bifall',
			beslutsdatum: '2025-04-23',
			fran: '2025-05-05',
			beslutsfattare: 'Åkesson, Maria',
			organisation: 'LSS Myndighet',
			personkrets: o.personkrets
		}
	]);
	await oppnaVerkstallighet(
		page,
		{
			insatskategori: 'LSS Insatser',
			utforare: 'LSS-handläggare 9',
			organisation: 'LSS Myndighet',
			fran: '2025-04-23'
		},
		o
	);
	await gorBedomning(
		page,
		{
			metod: 'D. Bedömning Daglig verksamhet',
			datum: '2025-04-23',
			nivaer: {
				Kommunikation: '1',
				Förflyttning: '1',
				'Personlig vård': '0',
				'Struktur och planering': '2',
				'Socialt samspel': '2',
				Arbetsförmåga: '1'
			},
			kommentar: 'Behöver tydlig struktur och stöd i samspel med andra.',
			lssInsatser: o.kryssa !== false
		},
		o
	);
	await bestall(page, 'LSS Daglig verksamhet Bifall 250423', {
		beslut: '<ingen>',
		insatskategori: 'Planering Daglig verksamhet',
		utforare: 'Lss, Resursförmedling',
		insatser: ['Daglig verksamhet'],
		fran: '2025-05-05'
	});
}

test('rätt väg: personkrets, LSS Insatser, bedömningen med LSS Insatser ikryssad, beställning <ingen> ger Godkänt', async ({
	page
}) => {
	await dagligVerksamhet(page, { personkrets: 'Personkrets 1', axe: true });
	await lamnaIn(page);
	await forvantaResultat(page, 'Godkänt');
	await forvantaIngaFel(page);
});

test('fel väg: rutan framför LSS Insatser inte ikryssad ger Inte godkänt (O9)', async ({
	page
}) => {
	await dagligVerksamhet(page, { personkrets: 'Personkrets 1', kryssa: false });
	await lamnaIn(page);
	await forvantaResultat(page, 'Inte godkänt');
	await forvantaFel(page, ['O9']);
});

test('fel väg: ingen personkretstillhörighet för en ny LSS-kund ger Inte godkänt (B3)', async ({
	page
}) => {
	await dagligVerksamhet(page);
	await lamnaIn(page);
	await forvantaResultat(page, 'Inte godkänt');
	await forvantaFel(page, ['B3']);
});
