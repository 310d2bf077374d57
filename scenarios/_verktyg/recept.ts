import type { Person } from '../../src/lib/domain/model';
import { NYCKELKOD_EJ_SKRIVEN } from '../../src/lib/domain/katalog';
import type { Korning } from './korning';
import { RECEPT_A } from './recept-a';
import { RECEPT_B } from './recept-b';

/**
 * One committed attempt: what the trainee does, and for a fail-* attempt which rule ids must
 * come out `fel` (written beside it as `<namn>.expect.json`, checked by scenarios.spec.ts).
 */
export interface Recept {
	/** Why this attempt exists: the mistake it stands for, in a sentence. */
	beskrivning: string;
	/** Rule ids (rules.md) that must be `fel`; empty for pass-*. */
	fel: string[];
	kor(k: Korning): void;
}

const VIKTOR: Person = {
	pnr: '198011169235',
	efternamn: 'Dahlberg',
	fornamn: 'Viktor',
	adress: 'Storgatan 5',
	postnummer: '263 31',
	ort: 'Höganäs',
	civilstand: 'Ogift',
	nyckelkod: NYCKELKOD_EJ_SKRIVEN,
	telefon: '070-174 06 42'
};

/** S5's Ny branch up to an opened customer; `person` lets a recipe get a field wrong. */
function registreraViktor(k: Korning, person: Person = VIKTOR, sokKir = true): void {
	k.sok('801116-9235', '19');
	if (sokKir) k.sokKir('801116-9235');
	k.registreraNy(person);
	k.oppna(person.pnr);
}

const LEDSAGAR = { typ: 'LSS Ledsagarservice', datum: '2025-03-03', franVem: 'Den enskilde' };

const ledsagarservice: Record<string, Recept> = {
	'pass-ny-kund': {
		beskrivning: 'Sök, Sök KIR, Ny, aktualisering och Inled utredning som manualen beskriver.',
		fel: [],
		kor(k) {
			registreraViktor(k);
			const ids = k.aktualisera(VIKTOR.pnr, [LEDSAGAR]);
			k.inled(VIKTOR.pnr, { inledningsdatum: '2025-03-03' }, ids);
		}
	},
	'fail-utan-kir-nyckelkod-omrade': {
		beskrivning:
			'Hoppar över Sök KIR, väljer nyckelkoden för ett område och gissar civilstånd Gift.',
		fel: ['S5', 'S6', 'U7'],
		kor(k) {
			registreraViktor(
				k,
				{ ...VIKTOR, nyckelkod: '128301 – Helsingborg Centrum', civilstand: 'Gift' },
				false
			);
			const ids = k.aktualisera(VIKTOR.pnr, [LEDSAGAR]);
			k.inled(VIKTOR.pnr, { inledningsdatum: '2025-03-03' }, ids);
		}
	},
	'fail-dagens-datum-hemvardsomrade': {
		beskrivning:
			'Skriver dagens datum i stället för ankomstdatum och väljer hemvårdsområdet Centrum som organisation.',
		fel: ['A3', 'A4', 'U2', 'U5'],
		kor(k) {
			registreraViktor(k);
			const ids = k.aktualisera(VIKTOR.pnr, [
				{ ...LEDSAGAR, datum: '2025-03-05', organisation: 'Centrum' }
			]);
			k.inled(VIKTOR.pnr, { inledningsdatum: '2025-03-05', organisation: 'Centrum' }, ids);
		}
	},
	'fail-namn-forst-fornamn-ingen-utredning': {
		beskrivning:
			'Skriver förnamnet i efternamnsfältet och tvärtom, och glömmer att inleda utredningen.',
		fel: ['S5', 'U1'],
		kor(k) {
			registreraViktor(k, { ...VIKTOR, efternamn: 'Viktor', fornamn: 'Dahlberg' });
			k.aktualisera(VIKTOR.pnr, [LEDSAGAR]);
		}
	}
};

const ELSA = '201002042388';
const KORTTID = [
	{ typ: 'LSS Korttidsvistelse', datum: '2025-02-27', franVem: 'Vårdnadshavare' },
	{ typ: 'LSS Korttidstillsyn', datum: '2025-02-27', franVem: 'Vårdnadshavare' }
];

/** Six digits in the right century, empty, Sök KIR, the hit selected and OK, opened. */
function elsaFranKir(k: Korning, arhundrade: '19' | '20' = '20'): void {
	k.sok('100204*', arhundrade);
	const [elsa] = k.sokKir('100204*');
	k.registreraFranKir(elsa);
	k.oppna(ELSA);
}

const korttid: Record<string, Recept> = {
	'pass-tva-aktualiseringar': {
		beskrivning:
			'Sexsiffrig sökning med århundrade 20, KIR-träffen tas in med OK, två aktualiseringar, båda kopplade.',
		fel: [],
		kor(k) {
			elsaFranKir(k);
			const ids = k.aktualisera(ELSA, KORTTID);
			k.inled(ELSA, { inledningsdatum: '2025-02-27' }, ids);
		}
	},
	'fail-en-aktualisering': {
		beskrivning: 'Gör en enda aktualisering (korttidsvistelse) för båda insatserna.',
		fel: ['A2', 'U6'],
		kor(k) {
			elsaFranKir(k);
			const ids = k.aktualisera(ELSA, [KORTTID[0]]);
			k.inled(ELSA, { inledningsdatum: '2025-02-27' }, ids);
		}
	},
	'fail-en-kopplad-fel-arhundrade': {
		beskrivning:
			'Söker med århundrade 19 (ingen träff), och bockar bara i den första aktualiseringen under Ej behandlade aktualiseringar.',
		fel: ['S5', 'U6', 'U7'],
		kor(k) {
			elsaFranKir(k, '19');
			const ids = k.aktualisera(ELSA, KORTTID);
			k.inled(ELSA, { inledningsdatum: '2025-02-27' }, ids.slice(0, 1));
		}
	}
};

const SANNA_KIR = '198311209285';
const SANNA: Person = {
	pnr: SANNA_KIR,
	efternamn: 'Holmqvist',
	fornamn: 'Sanna',
	adress: 'Norra Långgatan 7',
	postnummer: '261 31',
	ort: 'Landskrona',
	civilstand: 'Ogift',
	nyckelkod: NYCKELKOD_EJ_SKRIVEN,
	telefon: '070-174 06 88'
};
const KONTAKTPERSON = { typ: 'LSS Kontaktperson', datum: '2025-03-10', franVem: 'Den enskilde' };

const obs: Record<string, Recept> = {
	'pass-ny-trots-kir': {
		beskrivning: 'KIR visar Sanna, men brevet säger Landskrona: registreras med Ny.',
		fel: [],
		kor(k) {
			k.sok('198311209285', '19');
			k.sokKir('198311209285');
			k.registreraNy(SANNA);
			k.oppna(SANNA.pnr);
			const ids = k.aktualisera(SANNA.pnr, [KONTAKTPERSON]);
			k.inled(SANNA.pnr, { inledningsdatum: '2025-03-10' }, ids);
		}
	},
	'fail-kir-ok': {
		beskrivning: 'Markerar KIR-träffen och klickar OK fast personen bor i Landskrona.',
		fel: ['S5'],
		kor(k) {
			k.sok('198311209285', '19');
			const [sanna] = k.sokKir('198311209285');
			k.registreraFranKir(sanna);
			k.oppna(SANNA.pnr);
			const ids = k.aktualisera(SANNA.pnr, [KONTAKTPERSON]);
			k.inled(SANNA.pnr, { inledningsdatum: '2025-03-10' }, ids);
		}
	},
	'fail-nyckelkod-fran-kir-adress': {
		beskrivning:
			'Klickar Ny men skriver in den gamla adressen från KIR och väljer nyckelkoden för Helsingborg Syd.',
		fel: ['S6'],
		kor(k) {
			k.sok('198311209285', '19');
			const [gammal] = k.sokKir('198311209285');
			k.registreraNy({
				...SANNA,
				adress: gammal.adress,
				postnummer: gammal.postnummer,
				ort: gammal.ort,
				nyckelkod: '128303 – Helsingborg Syd'
			});
			k.oppna(SANNA.pnr);
			const ids = k.aktualisera(SANNA.pnr, [KONTAKTPERSON]);
			k.inled(SANNA.pnr, { inledningsdatum: '2025-03-10' }, ids);
		}
	}
};

const ALVA = '201007052382';
const AVLOSAR = { typ: 'LSS Avlösarservice', datum: '2025-03-06', franVem: 'Vårdnadshavare' };

const pagaende: Record<string, Recept> = {
	'pass-i-pagaende-utredning': {
		beskrivning: 'Aktualiserar avlösarservice i den pågående utredningen; ingen ny utredning.',
		fel: [],
		kor(k) {
			k.sok('20100705-2382', '20');
			k.oppna(ALVA);
			k.aktualisera(ALVA, [AVLOSAR], 'utr-start-2');
		}
	},
	'fail-ny-utredning': {
		beskrivning:
			'Aktualiserar under rubriken LSS utredning o verkställighet och inleder en ny utredning.',
		fel: ['A1', 'U1'],
		kor(k) {
			k.sok('20100705-2382', '20');
			k.oppna(ALVA);
			const ids = k.aktualisera(ALVA, [AVLOSAR]);
			k.inled(ALVA, { inledningsdatum: '2025-03-06' }, ids);
		}
	},
	'fail-fel-insats-fran-vem': {
		beskrivning:
			'Rätt utredning, men väljer korttidstillsyn (det som redan utreds) och Från vem Den enskilde.',
		fel: ['A2'],
		kor(k) {
			k.sok('20100705-2382', '20');
			k.oppna(ALVA);
			k.aktualisera(
				ALVA,
				[{ ...AVLOSAR, typ: 'LSS Korttidstillsyn', franVem: 'Den enskilde' }],
				'utr-start-2'
			);
		}
	}
};

const ANDERS = '197904079295';
const OMPROVNING = {
	typ: 'LSS Omprövning',
	datum: '2025-03-10',
	franVem: 'Egna myndigheten (VON)'
};

const omprovning: Record<string, Recept> = {
	'pass-omprovning': {
		beskrivning: 'LSS Omprövning från Egna myndigheten (VON), sedan Inled utredning samma dag.',
		fel: [],
		kor(k) {
			k.sok('lund anders', '19');
			k.oppna(ANDERS);
			const ids = k.aktualisera(ANDERS, [OMPROVNING]);
			k.inled(ANDERS, { inledningsdatum: '2025-03-10' }, ids);
		}
	},
	'fail-som-ny-ansokan': {
		beskrivning:
			'Aktualiserar som en ny ansökan om daglig verksamhet från den enskilde, daterad när mejlet kom.',
		fel: ['A5', 'U2', 'U6'],
		kor(k) {
			k.sok('790407-9295', '19');
			k.oppna(ANDERS);
			const ids = k.aktualisera(ANDERS, [
				{ typ: 'LSS Daglig verksamhet', datum: '2025-03-07', franVem: 'Den enskilde' }
			]);
			k.inled(ANDERS, { inledningsdatum: '2025-03-07' }, ids);
		}
	},
	'fail-ingen-utredning': {
		beskrivning: 'Sparar omprövningen men stannar där: ingen utredning inleds.',
		fel: ['U1'],
		kor(k) {
			k.sok('790407-9295', '19');
			k.oppna(ANDERS);
			k.aktualisera(ANDERS, [OMPROVNING]);
		}
	}
};

/** Every committed attempt, per scenario id. */
const RECEPT_1_4: Record<string, Record<string, Recept>> = {
	'ledsagarservice-ny-kund': ledsagarservice,
	'korttid-tva-insatser-kir': korttid,
	'kir-obs-annan-kommun': obs,
	'ansokan-pagaende-utredning': pagaende,
	'omprovning-daglig-verksamhet': omprovning
};

/** Every scenario's recipes, by scenario id. */
export const RECEPT: Record<string, Record<string, Recept>> = {
	...RECEPT_1_4,
	...RECEPT_A,
	...RECEPT_B
};
