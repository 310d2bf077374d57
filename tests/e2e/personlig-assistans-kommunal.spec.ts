/**
 * Scenario personlig-assistans-kommunal: Bengt is granted personlig assistans with the
 * kommun's own assistans, so one beslut (hours per Månad, B7), one beställning to Enhetschef,
 * Personlig Assistans (O2) and no verkställighet of the trainee's own (V4).
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
import {
	bestall,
	fattaBeslut,
	oppnaKund,
	oppnaVerkstallighet,
	type BeslutBlad
} from './steg-arende';

const S = scenario('personlig-assistans-kommunal');
const BENGT = '196104032898';
const UTREDNING = 'LSS Utredning 250203-';
const BESLUT = 'LSS Personlig assistent Bifall 250410';
const BIFALL: BeslutBlad = {
	insatskategori: 'Personlig ass LSS',
	beslut: 'LSS Personlig assistent Bifall',
	beslutsdatum: '2025-04-10',
	fran: '2025-04-14',
	beslutsfattare: S.roll.namn,
	organisation: 'LSS Myndighet',
	period: 'Månad',
	timmar: '162.30'
};

test('rätt väg: Månad före timmarna, beställning till kommunens assistans ger Godkänt', async ({
	page
}) => {
	await startaOvning(page, S.title);
	await oppnaKund(page, BENGT);
	await fattaBeslut(page, UTREDNING, [BIFALL], { axe: true });
	await bestall(
		page,
		BESLUT,
		{
			insatskategori: 'Personlig ass LSS',
			utforare: 'Enhetschef, Personlig Assistans',
			insatser: ['Biträde av assistans'],
			period: 'Månad',
			kvantitet: '162.30',
			fran: '2025-04-14'
		},
		{ axe: true }
	);
	await lamnaIn(page);
	await forvantaResultat(page, 'Godkänt');
	await forvantaIngaFel(page);
});

test('fel väg: timmarna skrivna före perioden räknas om och ger Inte godkänt (B7)', async ({
	page
}) => {
	await startaOvning(page, S.title);
	await oppnaKund(page, BENGT);
	// The form starts on Vecka: 162.30 per Vecka is recalculated when Månad is chosen afterwards
	await fattaBeslut(page, UTREDNING, [{ ...BIFALL, timmarForePeriod: true }]);
	await bestall(page, BESLUT, {
		insatskategori: 'Personlig ass LSS',
		utforare: 'Enhetschef, Personlig Assistans',
		insatser: ['Biträde av assistans']
	});
	await lamnaIn(page);
	await forvantaResultat(page, 'Inte godkänt');
	await forvantaFel(page, ['B7']);
});

test('fel väg: Lss, Eget Val och en egen verkställighet ger Inte godkänt (O2, V4)', async ({
	page
}) => {
	await startaOvning(page, S.title);
	await oppnaKund(page, BENGT);
	await fattaBeslut(page, UTREDNING, [BIFALL]);
	await bestall(page, BESLUT, {
		insatskategori: 'Personlig ass LSS',
		utforare: 'Lss, Eget Val',
		insatser: ['Personlig assistans']
	});
	await oppnaVerkstallighet(page, {
		insatskategori: 'Personlig ass LSS',
		utforare: 'Lss, Eget Val',
		organisation: 'LSS Myndighet',
		fran: '2025-04-10'
	});
	await lamnaIn(page);
	await forvantaResultat(page, 'Inte godkänt');
	await forvantaFel(page, ['O2', 'V4']);
});
