import { INSATSFAMILJER, INSATSTABELL, type Insatsfamilj, type Insatsrad } from './insatstabell';

// The manual's sentences each value of section 7's table is read from, for the grader and its
// tests only: the table itself (insatstabell.ts) loads on every exercise page, these with the
// grader. One entry per row of the table, keyed as the table is.

/**
 * The manual's sentences, verbatim, that a row's values are read from: the first nine from the
 * beslut's section, the rest from the beställning's (insatstabell.spec.ts finds each in its own
 * section of the manual). A sentence that lists several insatser is quoted for this row's only,
 * the others' lines left out with "…" (which the in-app manual's `hittaCitat` reads), so the rule
 * builders quote these as they stand and the in-app manual highlights them. Every section asks
 * for personkretstillhörighet for a new customer (B3).
 */
export interface Citat {
	/** Step 1 as the section writes it: the bifall's Insatskategori, and LSS Insatser at avslag. */
	insatskategori: string;
	bifall: string;
	avslag?: string;
	/** B2: Beslutsdatum and the dates the beslut applies (the steps differ by section). */
	datum: string;
	personkrets: string;
	niva?: string;
	timmar?: string;
	/** B7: that hours are written in timmar.minuter, where the section says it apart from `timmar`. */
	timmarMinuter?: string;
	perManad?: string;
	verkstaller?: string;
	bestallningBeslut: string;
	bestallningInsatskategori?: string;
	/** The utförare's step, naming both kinds where the manual decides by the kind. */
	utforare: string;
	utforarensOrganisation?: string;
	/** O3: the hours of the beställning, for a row with hours. */
	kvantitet?: string;
	insats?: string;
}

const PA_CITAT = {
	insatskategori:
		'1) När du ska du fatta ett beslut väljer du först Insatskategori: Vid bifall: Personlig ass ' +
		'LSS Vid avslag: välj LSS Insatser',
	datum:
		'4) Fyll i Beslutsdatum. 5) Fyll i Datum på när beslutet gäller från och eventuellt slutdatum.',
	personkrets: 'OBS: om kunden är ny ska du välja personkretstillhörighet.',
	timmarMinuter: '8) Vid bifall: fyll i antal timmar (det skrivs i timmar.minuter).',
	bestallningInsatskategori: 'Vid Insatskategori: välj Personlig ass LSS.',
	utforare:
		'4) Vid Utförare: Vid kommunal utförare: välj Enhetschef, Personlig Assistans Vid privat ' +
		'utförare: välj Lss, Eget Val',
	kvantitet: '6) Kontrollera att antalet timmar stämmer utifrån beslutet.',
	insats:
		'Vid kommunal utförare: välj Biträde av assistans Vid privat utförare välj rätt Insats: Personlig assistans Pers ass tillf utök'
};

const REKRYTERING_CITAT = {
	insatskategori:
		'1) När du ska du fatta ett beslut väljer du först Insatskategori: Vid beslut bifall: välj ' +
		'Rekrytering LSS-insatser Vid beslut avslag: välj LSS Insatser',
	datum:
		'2) Fyll i Beslutsdatum. 4) Fyll i Datum på när beslutet gäller från och eventuellt slutdatum.',
	personkrets: 'OBS: om kunden är ny ska du välja personkretstillhörighet.',
	timmar:
		'7) Vid bifall: fyll i antal timmar per månad (timmar ska inte fyllas i vid beslut om kontaktperson).',
	utforare: '3) Vid Utförare: välj Lss, Rekryteringshandläggare.',
	kvantitet:
		'5) Kontrollera att det är rätt antal timmar, annars fyll i (gäller inte vid beslut om kontaktperson).',
	insats: 'Välj rätt Insats för rätt beställning: Ledsagarservice Kontaktperson Avlösarservice'
};

/** The sentences of REKRYTERING's sections that list the three insatser, for one of them. */
const rekryteringensCitat = (forst: boolean, insats: string) => {
	const hopp = forst ? '' : '… ';
	return {
		...REKRYTERING_CITAT,
		bifall: `Vid bifall välj rätt Beslut: ${hopp}LSS ${insats} Bifall`,
		avslag: `Vid avslag välj rätt Beslut: ${hopp}LSS ${insats} Avslag`,
		bestallningBeslut: `2) Välj rätt Beslut utifrån beslutad insats: ${hopp}LSS ${insats} Bifall DATUM`
	};
};

/** The sentences of KORTTID's sections that list the three insatser, for one of them. */
const korttidensCitat = (forst: boolean, insats: string, insatskategori: string, avslag = true) => {
	const hopp = forst ? '' : '… ';
	return {
		insatskategori:
			'1) Nytt beslut fattas vid ny insats där du fyller i Insatskategori: Vid beslut bifall välj ' +
			`rätt Insatskategori: ${hopp}${insatskategori}` +
			(avslag ? ' … Vid beslut avslag: Välj LSS insatser' : ''),
		bifall: `2) Välj rätt Beslut: Vid bifall välj rätt Beslut: ${hopp}LSS ${insats} Bifall`,
		datum: '2) Fyll i Beslutsdatum och Datum på när beslutet gäller från och eventuellt slutdatum.',
		personkrets: 'OBS: om kunden är ny ska du välja personkretstillhörighet.',
		bestallningBeslut: `2) Välj rätt Beslut utifrån beslutad insats: ${hopp}LSS ${insats} Bifall DATUM`
	};
};

const KORTTID_NIVA =
	'OBS: vid bifall korttidsvistelse och bifall stödfamilj välj rätt beviljad Nivå: 1, 2 eller 3.';
const KORTTID_UTFORARE = 'Vid korttidstillsyn och korttidsvistelse: välj Lss, Barn/Ungdom 1';
const NIVA_SPEGLAS =
	'OBS: vald nivå i beslut för korttidsvistelse speglas i Insats med korttidsvistelse 1, 2 eller 3.';
const NY_KUND = 'OBS: om ny kund välj personkretstillhörighet.';
const BOENDE_INSATSKATEGORI =
	'1) Nytt beslut fattas vid ny insats där du fyller i Insatskategori: Vid beslut bifall: välj ' +
	'Boende-insatser LSS Vid beslut avslag: välj LSS insatser';
const DATUM_BOENDE_DAGLIG =
	'3) Fyll i Beslutsdatum och fyll i Datum på när beslutet gäller från och eventuellt slutdatum.';

/** Each row's sentences. */
export const INSATSCITAT: Record<Insatsfamilj, Citat> = {
	'personlig-assistans': {
		...PA_CITAT,
		bifall: '2) Vid bifall välj rätt Beslut: LSS Personlig assistent Bifall.',
		avslag: 'Vid avslag välj rätt Beslut: LSS Personlig assistent Avslag.',
		bestallningBeslut: '2) Välj rätt Beslut: LSS Personlig assistent Bifall',
		timmar:
			'Vid beslut om personlig assistans fylls antal timmar i per månad. Glöm inte ändra till ' +
			'månad innan timmar fylls i.'
	},
	'tillfallig-utokning': {
		...PA_CITAT,
		bifall: '2) Vid bifall välj rätt Beslut: … LSS Personlig assistent tillf. utökning Bifall.',
		avslag: 'Vid avslag välj rätt Beslut: … LSS Personlig assistans tillf. utökning Avslag.',
		bestallningBeslut: '2) Välj rätt Beslut: … LSS Personlig assistent tillf. utökning Bifall',
		timmar:
			'Vid beslut om tillfällig utökning fylls antal timmar i per år. Glöm inte ändra till år ' +
			'innan timmar fylls i.',
		perManad:
			'OBS: vid beslut om tillfällig utökning läggs ett beslut per månad utifrån beviljad period ' +
			'(exempelvis ett beslut för 230101-230131 och ett beslut för 230201-230228)'
	},
	ledsagarservice: rekryteringensCitat(true, 'Ledsagarservice'),
	kontaktperson: rekryteringensCitat(false, 'Kontaktperson'),
	avlosarservice: rekryteringensCitat(false, 'Avlösarservice'),
	korttidstillsyn: {
		...korttidensCitat(
			true,
			'Korttidstillsyn',
			'Tillsyn-insatser LSS (vid bifall korttidstillsyn)'
		),
		avslag: 'Vid avslag välj rätt Beslut: LSS Korttidstillsyn Avslag',
		utforare: KORTTID_UTFORARE,
		insats: 'Insats ska väljas till beställningen både för korttidstillsyn och korttidsvistelse.'
	},
	korttidsvistelse: {
		...korttidensCitat(
			false,
			'Korttidsvistelse',
			'Korttidsvistelse-insatser LSS (vid bifall korttidsvistelse)'
		),
		avslag: 'Vid avslag välj rätt Beslut: … LSS Korttidsvistelse Avslag',
		niva: KORTTID_NIVA,
		utforare: KORTTID_UTFORARE,
		insats: NIVA_SPEGLAS
	},
	stodfamilj: {
		...korttidensCitat(
			false,
			'Stödfamilj',
			'Rekrytering LSS-insatser (vid bifall korttidsvistelse i stödfamilj)',
			false
		),
		niva: KORTTID_NIVA,
		verkstaller:
			'OBS: vid korttidsvistelse som ska verkställas i stödfamilj skickas bara en beställning om ' +
			'stödfamilj till Lss, Rekryteringshandläggare. En beställning till Lss, Barn/Ungdom 1 ' +
			'skickas därför inte.',
		utforare: 'Vid stödfamilj: välj Lss, Rekryteringshandläggare',
		insats: '6) När du valt och pilat över rätt insats klicka på OK.'
	},
	'bostad-barn-och-ungdom': {
		insatskategori: BOENDE_INSATSKATEGORI,
		bifall: '2) Välj rätt Beslut: Vid bifall: välj LSS Bostad barn och ungdom Bifall',
		datum: DATUM_BOENDE_DAGLIG,
		avslag: 'Vid avslag: välj LSS Bostad barn och ungdom Avslag',
		personkrets: NY_KUND,
		bestallningBeslut: '2) Vid Beslut: välj LSS Bostad barn och ungdom Bifall DATUM',
		utforare: '3) Vid Utförare: välj Lss, Barn/Ungdom 1',
		insats: 'När du valt rätt insats och pilat över insatsen klickar du på OK.'
	},
	'bostad-vuxna': {
		insatskategori: BOENDE_INSATSKATEGORI,
		bifall: '2) Välj rätt Beslut: Vid bifall: välj LSS Bostad vuxna Bifall',
		datum: DATUM_BOENDE_DAGLIG,
		avslag: 'Vid avslag: välj LSS Bostad vuxna Avslag',
		personkrets: NY_KUND,
		bestallningBeslut: '2) Vid Beslut: välj <ingen>',
		bestallningInsatskategori: 'Vid Insatskategori: välj Planering LSS',
		utforare: '3) Vid Utförare: välj Lss, Boendeteamet',
		utforarensOrganisation: 'Ändra vid Utförarens organisation till LSS Myndighet.',
		insats: 'Välj Boende vuxna LSS i listan.'
	},
	'daglig-verksamhet': {
		insatskategori:
			'1) Nytt beslut fattas vid ny insats där du fyller i Insatskategori: Vid beslut bifall: ' +
			'välj Daglig verksamhet LSS Vid beslut avslag: välj LSS insatser',
		bifall: '2) Välj rätt Beslut: Vid bifall: välj LSS Daglig verksamhet Bifall',
		datum: DATUM_BOENDE_DAGLIG,
		avslag: 'Vid avslag: välj LSS Daglig verksamhet Avslag',
		personkrets: NY_KUND,
		bestallningBeslut: '2) Vid Beslut: välj <ingen>',
		bestallningInsatskategori: '3) Vid Insatskategori: välj Planering Daglig verksamhet',
		utforare: '4) Vid Utförare: välj Lss, Resursförmedling',
		insats: 'Välj insatsen Daglig verksamhet och pila över vald insats till vänstra spalten.'
	}
};

const PER_RAD = new Map<Insatsrad, Citat>(
	INSATSFAMILJER.map((f) => [INSATSTABELL[f], INSATSCITAT[f]])
);

/** The sentences of a row of the table (a row the grader found by its values). */
export function citatFor(rad: Insatsrad): Citat {
	const c = PER_RAD.get(rad);
	if (!c) throw new Error('Raden finns inte i avsnitt 7:s tabell.');
	return c;
}

/** The same, for a row that may not have been found. */
export const citatAv = (rad: Insatsrad | undefined): Citat | undefined => rad && citatFor(rad);
