import type { Period } from './timmar';

/**
 * The table of rules.md section 7, read from the manual's chapter Beslut och beställning: per
 * insats the beslut's Insatskategori and Beslut, and the beställning's Beslut, Insatskategori,
 * Utförare and Insats. The manual's own sentences each value is read from are the grader's, in
 * insatstabell-citat.ts under the same keys (this table loads on every exercise page, the grader
 * later). The catalogs (katalog.ts), the scenario schema's defaults and checks, and the rule
 * builders all read it: a new insats is one row here and its sentences one entry there. Names the manual does not state are left out, not
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
}

const PA_UTFORARE: Utforarval = { kommunal: KOMMUNAL_PA, privat: EGET_VAL };

const PA = {
	beslutAvsnitt: 'Beslut personlig assistans och tillfällig utökning',
	bestallningAvsnitt: 'Beställning personlig assistans och tillfällig utökning (endast vid bifall)',
	insatskategori: 'Personlig ass LSS',
	niva: false
};

const REKRYTERING = {
	beslutAvsnitt: 'Beslut ledsagarservice, kontaktperson och avlösarservice',
	bestallningAvsnitt:
		'Beställning ledsagarservice, kontaktperson och avlösarservice (endast vid bifall)',
	insatskategori: 'Rekrytering LSS-insatser',
	niva: false,
	perManad: false
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
		}
	},
	ledsagarservice: {
		...REKRYTERING,
		bifall: 'LSS Ledsagarservice Bifall',
		avslag: 'LSS Ledsagarservice Avslag',
		timmar: 'Månad',
		bestallning: rekrytering('Ledsagarservice')
	},
	kontaktperson: {
		...REKRYTERING,
		bifall: 'LSS Kontaktperson Bifall',
		avslag: 'LSS Kontaktperson Avslag',
		timmar: 'inga',
		bestallning: rekrytering('Kontaktperson')
	},
	avlosarservice: {
		...REKRYTERING,
		bifall: 'LSS Avlösarservice Bifall',
		avslag: 'LSS Avlösarservice Avslag',
		timmar: 'Månad',
		bestallning: rekrytering('Avlösarservice')
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
