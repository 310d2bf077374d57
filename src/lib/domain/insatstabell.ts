import type { Period } from './timmar';

/**
 * The table of rules.md section 7, read from the manual's chapter Beslut och beställning: per
 * insats the beslut's Insatskategori and Beslut, and the beställning's Beslut, Insatskategori,
 * Utförare and Insats, with the manual's own sentences (`citat`) each value is read from. The
 * catalogs (katalog.ts), the scenario schema's defaults and checks, and the rule builders all
 * read it: a new insats is one row here. Names the manual does not state are left out, not
 * guessed; insats names it does not state are inferred (rules.md readings 8 and 9).
 */

/** Insatskategori of every avslag (B1) and of the verkställighet LSS Insatser (V2). */
export const LSS_INSATSER = 'LSS Insatser';

/** The `<ingen>` choice in the beställning's Beslut list (bostad vuxna, daglig verksamhet). */
export const INGEN_BESLUT = '<ingen>';

/** The two utförare of personlig assistans, as the manual names them. */
export const KOMMUNAL_PA = 'Enhetschef, Personlig Assistans';
export const EGET_VAL = 'Lss, Eget Val';

/** The rows' keys: the insats a scenario names in `forvantat.beslut`. */
export const INSATSFAMILJER = [
	'personlig-assistans',
	'tillfallig-utokning',
	'ledsagarservice',
	'kontaktperson',
	'avlosarservice',
	'korttidstillsyn',
	'korttidsvistelse',
	'stodfamilj',
	'bostad-barn-och-ungdom',
	'bostad-vuxna',
	'daglig-verksamhet'
] as const;
export type Insatsfamilj = (typeof INSATSFAMILJER)[number];

export type Beslutsutfall = 'bifall' | 'avslag';

/** A choice the manual makes by the kind of utförare (personlig assistans). */
export interface Utforarval {
	kommunal: string;
	privat: string;
}

/** The insats a beställning holds (O2), as the manual decides it. */
export type Insatsval =
	/** always this one */
	| { typ: 'fast'; insats: string }
	/** by the utförare chosen: kommunal or privat */
	| { typ: 'utforare'; insatser: Utforarval }
	/** by the nivå of the beslut: `Korttidsvistelse 2` for nivå 2 */
	| { typ: 'niva'; insatser: readonly [string, string, string] }
	/**
	 * the manual names none: the Insatser box lists these, the trainee picks one, and the grader
	 * asks only that one is picked, unless the scenario names it in its brief and in
	 * `forvantat.bestallningar[].insatser` (rules.md: a reading is graded only where the brief
	 * makes it explicit)
	 */
	| { typ: 'valfri'; insatser: readonly string[] };

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

/** One row of section 7's table. */
export interface Insatsrad {
	/** The manual's section titles for the beslut and the beställning. */
	beslutAvsnitt: string;
	bestallningAvsnitt: string;
	/** B1: the Insatskategori of a bifall beslut (an avslag takes LSS Insatser). */
	insatskategori: string;
	bifall: string;
	/** Stödfamilj has no avslag in the manual. */
	avslag?: string;
	/** B7: the period the hours of a bifall are written per; `inga`: no hours (kontaktperson). */
	timmar?: Period | 'inga';
	/** Nivå 1, 2 or 3 is chosen on the bifall beslut. */
	niva: boolean;
	/** O8: one beslut per month of the granted period. */
	perManad: boolean;
	/**
	 * O6: this insats verkställer that one (korttidsvistelse in a stödfamilj): both are granted,
	 * and only this one's beställning is sent.
	 */
	verkstaller?: Insatsfamilj;
	/** The beställning of a bifall (O1–O3). */
	bestallning: {
		/** `bifall`: the Beslut list names the bifall beslut; `<ingen>`: none. */
		beslut: 'bifall' | typeof INGEN_BESLUT;
		insatskategori?: string;
		utforare: string | Utforarval;
		/** What Utförarens organisation is changed to, when the manual says so. */
		utforarensOrganisation?: string;
		insats: Insatsval;
	};
	citat: Citat;
}

const PA_UTFORARE: Utforarval = { kommunal: KOMMUNAL_PA, privat: EGET_VAL };

const PA = {
	beslutAvsnitt: 'Beslut personlig assistans och tillfällig utökning',
	bestallningAvsnitt: 'Beställning personlig assistans och tillfällig utökning (endast vid bifall)',
	insatskategori: 'Personlig ass LSS',
	niva: false,
	citat: {
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
	}
};

const REKRYTERING = {
	beslutAvsnitt: 'Beslut ledsagarservice, kontaktperson och avlösarservice',
	bestallningAvsnitt:
		'Beställning ledsagarservice, kontaktperson och avlösarservice (endast vid bifall)',
	insatskategori: 'Rekrytering LSS-insatser',
	niva: false,
	perManad: false,
	citat: {
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
	}
};

/** The sentences of REKRYTERING's sections that list the three insatser, for one of them. */
const rekryteringensCitat = (forst: boolean, insats: string) => {
	const hopp = forst ? '' : '… ';
	return {
		...REKRYTERING.citat,
		bifall: `Vid bifall välj rätt Beslut: ${hopp}LSS ${insats} Bifall`,
		avslag: `Vid avslag välj rätt Beslut: ${hopp}LSS ${insats} Avslag`,
		bestallningBeslut: `2) Välj rätt Beslut utifrån beslutad insats: ${hopp}LSS ${insats} Bifall DATUM`
	};
};

const rekrytering = (insats: string) => ({
	beslut: 'bifall' as const,
	utforare: 'Lss, Rekryteringshandläggare',
	insats: { typ: 'fast' as const, insats }
});

const KORTTID = {
	beslutAvsnitt: 'Beslut korttidstillsyn och korttidsvistelse/stödfamilj',
	bestallningAvsnitt:
		'Beställning korttidstillsyn och korttidsvistelse/stödfamilj (endast vid bifall)',
	perManad: false
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

/** Section 7's table, row by row, in the manual's order. */
export const INSATSTABELL: Record<Insatsfamilj, Insatsrad> = {
	'personlig-assistans': {
		...PA,
		bifall: 'LSS Personlig assistent Bifall',
		avslag: 'LSS Personlig assistent Avslag',
		timmar: 'Månad',
		perManad: false,
		bestallning: {
			beslut: 'bifall',
			insatskategori: 'Personlig ass LSS',
			utforare: PA_UTFORARE,
			insats: {
				typ: 'utforare',
				insatser: { kommunal: 'Biträde av assistans', privat: 'Personlig assistans' }
			}
		},
		citat: {
			...PA.citat,
			bifall: '2) Vid bifall välj rätt Beslut: LSS Personlig assistent Bifall.',
			avslag: 'Vid avslag välj rätt Beslut: LSS Personlig assistent Avslag.',
			bestallningBeslut: '2) Välj rätt Beslut: LSS Personlig assistent Bifall',
			timmar:
				'Vid beslut om personlig assistans fylls antal timmar i per månad. Glöm inte ändra till ' +
				'månad innan timmar fylls i.'
		}
	},
	'tillfallig-utokning': {
		...PA,
		bifall: 'LSS Personlig assistent tillf. utökning Bifall',
		avslag: 'LSS Personlig assistans tillf. utökning Avslag',
		timmar: 'År',
		perManad: true,
		bestallning: {
			beslut: 'bifall',
			insatskategori: 'Personlig ass LSS',
			utforare: PA_UTFORARE,
			insats: {
				typ: 'utforare',
				insatser: { kommunal: 'Biträde av assistans', privat: 'Pers ass tillf utök' }
			}
		},
		citat: {
			...PA.citat,
			bifall: '2) Vid bifall välj rätt Beslut: … LSS Personlig assistent tillf. utökning Bifall.',
			avslag: 'Vid avslag välj rätt Beslut: … LSS Personlig assistans tillf. utökning Avslag.',
			bestallningBeslut: '2) Välj rätt Beslut: … LSS Personlig assistent tillf. utökning Bifall',
			timmar:
				'Vid beslut om tillfällig utökning fylls antal timmar i per år. Glöm inte ändra till år ' +
				'innan timmar fylls i.',
			perManad:
				'OBS: vid beslut om tillfällig utökning läggs ett beslut per månad utifrån beviljad period ' +
				'(exempelvis ett beslut för 230101-230131 och ett beslut för 230201-230228)'
		}
	},
	ledsagarservice: {
		...REKRYTERING,
		bifall: 'LSS Ledsagarservice Bifall',
		avslag: 'LSS Ledsagarservice Avslag',
		timmar: 'Månad',
		bestallning: rekrytering('Ledsagarservice'),
		citat: rekryteringensCitat(true, 'Ledsagarservice')
	},
	kontaktperson: {
		...REKRYTERING,
		bifall: 'LSS Kontaktperson Bifall',
		avslag: 'LSS Kontaktperson Avslag',
		timmar: 'inga',
		bestallning: rekrytering('Kontaktperson'),
		citat: rekryteringensCitat(false, 'Kontaktperson')
	},
	avlosarservice: {
		...REKRYTERING,
		bifall: 'LSS Avlösarservice Bifall',
		avslag: 'LSS Avlösarservice Avslag',
		timmar: 'Månad',
		bestallning: rekrytering('Avlösarservice'),
		citat: rekryteringensCitat(false, 'Avlösarservice')
	},
	korttidstillsyn: {
		...KORTTID,
		insatskategori: 'Tillsyn-insatser LSS',
		bifall: 'LSS Korttidstillsyn Bifall',
		avslag: 'LSS Korttidstillsyn Avslag',
		niva: false,
		bestallning: {
			beslut: 'bifall',
			utforare: 'Lss, Barn/Ungdom 1',
			insats: { typ: 'valfri', insatser: ['Korttidstillsyn'] }
		},
		citat: {
			...korttidensCitat(
				true,
				'Korttidstillsyn',
				'Tillsyn-insatser LSS (vid bifall korttidstillsyn)'
			),
			avslag: 'Vid avslag välj rätt Beslut: LSS Korttidstillsyn Avslag',
			utforare: KORTTID_UTFORARE,
			insats: 'Insats ska väljas till beställningen både för korttidstillsyn och korttidsvistelse.'
		}
	},
	korttidsvistelse: {
		...KORTTID,
		insatskategori: 'Korttidsvistelse-insatser LSS',
		bifall: 'LSS Korttidsvistelse Bifall',
		avslag: 'LSS Korttidsvistelse Avslag',
		niva: true,
		bestallning: {
			beslut: 'bifall',
			utforare: 'Lss, Barn/Ungdom 1',
			insats: {
				typ: 'niva',
				insatser: ['Korttidsvistelse 1', 'Korttidsvistelse 2', 'Korttidsvistelse 3']
			}
		},
		citat: {
			...korttidensCitat(
				false,
				'Korttidsvistelse',
				'Korttidsvistelse-insatser LSS (vid bifall korttidsvistelse)'
			),
			avslag: 'Vid avslag välj rätt Beslut: … LSS Korttidsvistelse Avslag',
			niva: KORTTID_NIVA,
			utforare: KORTTID_UTFORARE,
			insats: NIVA_SPEGLAS
		}
	},
	stodfamilj: {
		...KORTTID,
		insatskategori: 'Rekrytering LSS-insatser',
		bifall: 'LSS Stödfamilj Bifall',
		niva: true,
		verkstaller: 'korttidsvistelse',
		bestallning: {
			beslut: 'bifall',
			utforare: 'Lss, Rekryteringshandläggare',
			// reading 8: the manual names no insats for stödfamilj (its "speglas i Insats" is about
			// korttidsvistelse), so the names are inferred and graded only where the brief names one
			insats: { typ: 'valfri', insatser: ['Stödfamilj 1', 'Stödfamilj 2', 'Stödfamilj 3'] }
		},
		citat: {
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
		}
	},
	'bostad-barn-och-ungdom': {
		beslutAvsnitt: 'Beslut bostad barn och ungdom',
		bestallningAvsnitt: 'Beställning bostad barn och ungdom (endast vid bifall)',
		insatskategori: 'Boende-insatser LSS',
		bifall: 'LSS Bostad barn och ungdom Bifall',
		avslag: 'LSS Bostad barn och ungdom Avslag',
		niva: false,
		perManad: false,
		bestallning: {
			beslut: 'bifall',
			utforare: 'Lss, Barn/Ungdom 1',
			insats: { typ: 'valfri', insatser: ['Bostad barn och ungdom'] }
		},
		citat: {
			insatskategori: BOENDE_INSATSKATEGORI,
			bifall: '2) Välj rätt Beslut: Vid bifall: välj LSS Bostad barn och ungdom Bifall',
			datum: DATUM_BOENDE_DAGLIG,
			avslag: 'Vid avslag: välj LSS Bostad barn och ungdom Avslag',
			personkrets: NY_KUND,
			bestallningBeslut: '2) Vid Beslut: välj LSS Bostad barn och ungdom Bifall DATUM',
			utforare: '3) Vid Utförare: välj Lss, Barn/Ungdom 1',
			insats: 'När du valt rätt insats och pilat över insatsen klickar du på OK.'
		}
	},
	'bostad-vuxna': {
		beslutAvsnitt: 'Beslut bostad vuxna',
		bestallningAvsnitt: 'Beställning bostad vuxna (endast vid bifall)',
		insatskategori: 'Boende-insatser LSS',
		bifall: 'LSS Bostad vuxna Bifall',
		avslag: 'LSS Bostad vuxna Avslag',
		niva: false,
		perManad: false,
		bestallning: {
			beslut: INGEN_BESLUT,
			insatskategori: 'Planering LSS',
			utforare: 'Lss, Boendeteamet',
			utforarensOrganisation: 'LSS Myndighet',
			insats: { typ: 'fast', insats: 'Boende vuxna LSS' }
		},
		citat: {
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
		}
	},
	'daglig-verksamhet': {
		beslutAvsnitt: 'Beslut daglig verksamhet',
		bestallningAvsnitt: 'Beställning daglig verksamhet (endast vid bifall)',
		insatskategori: 'Daglig verksamhet LSS',
		bifall: 'LSS Daglig verksamhet Bifall',
		avslag: 'LSS Daglig verksamhet Avslag',
		niva: false,
		perManad: false,
		bestallning: {
			beslut: INGEN_BESLUT,
			insatskategori: 'Planering Daglig verksamhet',
			utforare: 'Lss, Resursförmedling',
			insats: { typ: 'fast', insats: 'Daglig verksamhet' }
		},
		citat: {
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
	}
};

/** Every row, in the table's order. */
export const INSATSRADER: readonly Insatsrad[] = INSATSFAMILJER.map((i) => INSATSTABELL[i]);

/** The manual's section of the LASS-beslut (rules.md section 11). */
export const LASS_AVSNITT = 'LASS-beslut (beslut om assistansersättning från Försäkringskassan)';

/**
 * The LASS-beslut's row (rules.md L1–L6): a beslut that is an administrative record of
 * Försäkringskassan's, with no beställning (L5), so it has a shape of its own beside section 7's
 * rows. Its values live here once: the catalogs, the projection (N3), the scenario schema and the
 * rule set `lass` read them. The sentences each is read from are the rule set's
 * (grading/regelverk/lass-citat.ts): this table loads on every exercise page, the grader later.
 */
export interface Lassrad {
	avsnitt: string;
	insatskategori: string;
	beslut: string;
	utfall: Beslutsutfall;
	/** L4: hours per Vecka, the unit changed first. */
	timmar: Period;
	/** L6 (rules.md reading 5): LSS Insatser's Utförare in the LASS case. */
	lssInsatserUtforare: string;
	/** L5: no beställning is sent. */
	bestallning: null;
	/** L4: "3) Vid Beslut: välj Assistanskostnader utöver LASS." */
	citat: string;
}

export const LASS: Lassrad = {
	avsnitt: LASS_AVSNITT,
	insatskategori: LSS_INSATSER,
	beslut: 'Assistanskostnader utöver LASS',
	// "en kund har beviljats assistansersättning": the beslut grants
	utfall: 'bifall',
	timmar: 'Vecka',
	lssInsatserUtforare: 'LSS Myndighet',
	bestallning: null,
	citat: '3) Vid Beslut: välj Assistanskostnader utöver LASS.'
};

/** A beslut in the Beslut list that is no row of section 7: the LASS-beslut (rules.md L4). */
export interface OvrigtBeslut {
	namn: string;
	utfall: Beslutsutfall;
	avsnitt: string;
	citat: string;
}

export const OVRIGA_BESLUT: readonly OvrigtBeslut[] = [
	{ namn: LASS.beslut, utfall: LASS.utfall, avsnitt: LASS.avsnitt, citat: LASS.citat }
];
