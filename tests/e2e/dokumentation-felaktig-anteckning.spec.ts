/**
 * Scenario dokumentation-felaktig-anteckning: a signed journal note has the wrong date, so it
 * is felmarkerad (right-click → Felmarkera → Ja: a red cross, the note kept, D5) and written
 * again; the utredningstext goes under Ansökan (with a Frastext and the Hjälpfrastexter hammer,
 * D6) and Nuvarande situation in the Utredningsdokument (D3); every note signed (D2).
 */
import {
	forvantaFel,
	forvantaIngaFel,
	forvantaResultat,
	lamnaIn,
	scenario,
	test
} from './fixtures';
import {
	felmarkera,
	oppnaDokumentation,
	signera,
	skrivJournalanteckning,
	skrivUnderRubrik,
	oppnaGren
} from './steg-arende';
import { forvantaFelmarkeradKvar, startaPaKund, visaHjalpfrastext } from './steg-arende-b';
import type { Page } from '@playwright/test';

const S = scenario('dokumentation-felaktig-anteckning');
const FEL_ANTECKNING = '250314 Hembesök 2025-03-12';
const RATT_HEMBESOK =
	'Hembesök 2025-03-14 hos Lars i hans lägenhet tillsammans med kontaktpersonen från ' +
	'boendestödet. Lars berättade om vilka aktiviteter han vill ha ledsagare till.';
const ANSOKAN =
	'Lars ansöker om ledsagarservice för att kunna gå på konserter och träffa vänner på kvällar ' +
	'och helger.';
const SITUATION =
	'Lars bor ensam i lägenhet med boendestöd två gånger i veckan. Han går inte ut på egen hand ' +
	'efter mörkrets inbrott.';

async function dokumentera(
	page: Page,
	o: { felmarkera?: boolean; signeraJournal?: boolean; axe?: boolean } = {}
): Promise<void> {
	await startaPaKund(page, S.title, S.forvantat.kund.pnr);
	await oppnaDokumentation(page, 'LSS Utredning 250303-', o);
	await oppnaGren(page, 'Utredningsjournal');
	if (o.felmarkera !== false) {
		await felmarkera(page, FEL_ANTECKNING, o);
		await forvantaFelmarkeradKvar(page, FEL_ANTECKNING, 'Hembesök 2025-03-12 hos Lars');
	}
	await skrivJournalanteckning(page, RATT_HEMBESOK, o);
	if (o.signeraJournal !== false) await signera(page);
	await skrivUnderRubrik(page, 'Ansökan', ANSOKAN, [], 'Ansökan har inkommit skriftligt.');
	await visaHjalpfrastext(page, 'Ange vad som söks, när ansökan kom in och vem som ansöker.');
	await signera(page);
	await skrivUnderRubrik(page, 'Nuvarande situation', SITUATION, ['Utredning']);
	await signera(page);
}

test('rätt väg: felmarkera, ny journalanteckning, text under rubrikerna, allt signerat ger Godkänt', async ({
	page
}) => {
	await dokumentera(page, { axe: true });
	await lamnaIn(page);
	await forvantaResultat(page, 'Godkänt');
	await forvantaIngaFel(page);
});

test('fel väg: journalanteckningen sparad men aldrig signerad ger Inte godkänt (D2)', async ({
	page
}) => {
	await dokumentera(page, { signeraJournal: false });
	await lamnaIn(page);
	await forvantaResultat(page, 'Inte godkänt');
	await forvantaFel(page, ['D2']);
});

test('fel väg: den felaktiga anteckningen står kvar utan felmarkering ger Inte godkänt (D5)', async ({
	page
}) => {
	await dokumentera(page, { felmarkera: false });
	await lamnaIn(page);
	await forvantaResultat(page, 'Inte godkänt');
	await forvantaFel(page, ['D5']);
});
