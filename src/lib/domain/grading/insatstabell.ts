import type { Period } from '../timmar';

/**
 * The insats families of rules.md section 7, as keys a scenario names in `forvantat.beslut`.
 * Stödfamilj is its own key: with korttidsvistelse it makes the O6 pair.
 */
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

/** Insatskategori of every avslag (B1); the manual also writes "LSS insatser". */
export const AVSLAG_INSATSKATEGORI = 'LSS Insatser';

export const KOMMUNAL_PA = 'Enhetschef, Personlig Assistans';
export const EGET_VAL = 'Lss, Eget Val';

/** What section 7's table says about one family's beställning; absent = the manual is silent. */
export interface TabellBestallning {
	/** `bifall`: the Beslut list names the bifall beslut; `<ingen>`: bostad vuxna, daglig verksamhet. */
	beslut: 'bifall' | '<ingen>';
	insatskategori?: string;
	utforare?: string;
	utforarensOrganisation?: string;
	/** The insats, when the manual names it (by utförare for personlig assistans, by nivå for korttid). */
	insatser?: (utforare: string, niva: string | undefined) => string[] | undefined;
}

/** One row of rules.md section 7 (with the manual's section titles). */
export interface Tabellrad {
	beslutAvsnitt: string;
	bestallningAvsnitt: string;
	insatskategori: string;
	bifall: string;
	/** Stödfamilj has no avslag in the manual. */
	avslag?: string;
	/** The period hours are written per at bifall (B7); `inga`: no hours (kontaktperson). */
	timmar?: Period | 'inga';
	/** Nivå 1–3 is chosen on the bifall beslut. */
	niva: boolean;
	bestallning: TabellBestallning;
}

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
	niva: false
};
const KORTTID = {
	beslutAvsnitt: 'Beslut korttidstillsyn och korttidsvistelse/stödfamilj',
	bestallningAvsnitt:
		'Beställning korttidstillsyn och korttidsvistelse/stödfamilj (endast vid bifall)'
};

const paInsats =
	(privat: string) =>
	(utforare: string): string[] | undefined =>
		utforare === KOMMUNAL_PA
			? ['Biträde av assistans']
			: utforare === EGET_VAL
				? [privat]
				: undefined;

const rekrytering = (insats: string): TabellBestallning => ({
	beslut: 'bifall',
	utforare: 'Lss, Rekryteringshandläggare',
	insatser: () => [insats]
});

/** Section 7's table, row by row. Names the manual does not state are left out, not guessed. */
export const TABELL: Record<Insatsfamilj, Tabellrad> = {
	'personlig-assistans': {
		...PA,
		bifall: 'LSS Personlig assistent Bifall',
		avslag: 'LSS Personlig assistent Avslag',
		timmar: 'Månad',
		bestallning: {
			beslut: 'bifall',
			insatskategori: 'Personlig ass LSS',
			insatser: paInsats('Personlig assistans')
		}
	},
	'tillfallig-utokning': {
		...PA,
		bifall: 'LSS Personlig assistent tillf. utökning Bifall',
		avslag: 'LSS Personlig assistans tillf. utökning Avslag',
		timmar: 'År',
		bestallning: {
			beslut: 'bifall',
			insatskategori: 'Personlig ass LSS',
			insatser: paInsats('Pers ass tillf utök')
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
		bestallning: { beslut: 'bifall', utforare: 'Lss, Barn/Ungdom 1' }
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
			// "vald nivå i beslut för korttidsvistelse speglas i Insats med korttidsvistelse 1, 2 eller 3"
			insatser: (_u, niva) => (niva ? [`Korttidsvistelse ${niva}`] : undefined)
		}
	},
	stodfamilj: {
		...KORTTID,
		insatskategori: 'Rekrytering LSS-insatser',
		bifall: 'LSS Stödfamilj Bifall',
		niva: true,
		bestallning: {
			beslut: 'bifall',
			utforare: 'Lss, Rekryteringshandläggare',
			// reading 8: the trainee picks the insats, and it must match the nivå
			insatser: (_u, niva) => (niva ? [`Stödfamilj ${niva}`] : undefined)
		}
	},
	'bostad-barn-och-ungdom': {
		beslutAvsnitt: 'Beslut bostad barn och ungdom',
		bestallningAvsnitt: 'Beställning bostad barn och ungdom (endast vid bifall)',
		insatskategori: 'Boende-insatser LSS',
		bifall: 'LSS Bostad barn och ungdom Bifall',
		avslag: 'LSS Bostad barn och ungdom Avslag',
		niva: false,
		bestallning: { beslut: 'bifall', utforare: 'Lss, Barn/Ungdom 1' }
	},
	'bostad-vuxna': {
		beslutAvsnitt: 'Beslut bostad vuxna',
		bestallningAvsnitt: 'Beställning bostad vuxna (endast vid bifall)',
		insatskategori: 'Boende-insatser LSS',
		bifall: 'LSS Bostad vuxna Bifall',
		avslag: 'LSS Bostad vuxna Avslag',
		niva: false,
		bestallning: {
			beslut: '<ingen>',
			insatskategori: 'Planering LSS',
			utforare: 'Lss, Boendeteamet',
			utforarensOrganisation: 'LSS Myndighet',
			insatser: () => ['Boende vuxna LSS']
		}
	},
	'daglig-verksamhet': {
		beslutAvsnitt: 'Beslut daglig verksamhet',
		bestallningAvsnitt: 'Beställning daglig verksamhet (endast vid bifall)',
		insatskategori: 'Daglig verksamhet LSS',
		bifall: 'LSS Daglig verksamhet Bifall',
		avslag: 'LSS Daglig verksamhet Avslag',
		niva: false,
		bestallning: {
			beslut: '<ingen>',
			insatskategori: 'Planering Daglig verksamhet',
			utforare: 'Lss, Resursförmedling',
			insatser: () => ['Daglig verksamhet']
		}
	}
};
