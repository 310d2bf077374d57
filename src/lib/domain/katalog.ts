/**
 * The fixed lists of the mock: every option a trainee can pick, spelled as the manual spells it
 * (rules.md sections 1–4 and 7). Distractors sit among them on purpose: a real Procapita list
 * holds far more than the right answer. Names the manual does not give are marked `inferred`
 * in docs/glossary.md. The lists of section 7 are read from its table (insatstabell.ts).
 */
import { INSATSRADER, LSS_INSATSER, OVRIGA_BESLUT } from './insatstabell';
import { insatsnamn } from './insatstabell-uppslag';

export { LSS_INSATSER };

export const NYCKELKOD_EJ_SKRIVEN = '999999 – Ej skriven i Helsingborg';

/** Nyckelkoder: the manual names only 999999; the others are the area codes real customers carry. */
export const NYCKELKODER = [
	'128301 – Helsingborg Centrum',
	'128302 – Helsingborg Nord',
	'128303 – Helsingborg Syd',
	'128304 – Helsingborg Väst',
	'128305 – Helsingborg Öst',
	NYCKELKOD_EJ_SKRIVEN
] as const;

export const CIVILSTAND = [
	'Ogift',
	'Gift',
	'Registrerad partner',
	'Skild',
	'Änka/Änkling'
] as const;

export const ARHUNDRADEN = ['19', '20'] as const;
export type Arhundrade = (typeof ARHUNDRADEN)[number];

/** Typ av aktualisering: the sökt insats (A3), LSS Omprövning (A5), and SoL distractors. */
export const AKTUALISERINGSTYPER = [
	'LSS Personlig assistans',
	'LSS Personlig assistans tillfällig utökning',
	'LSS Ledsagarservice',
	'LSS Kontaktperson',
	'LSS Avlösarservice',
	'LSS Korttidsvistelse',
	'LSS Korttidstillsyn',
	'LSS Bostad barn och ungdom',
	'LSS Bostad vuxna',
	'LSS Daglig verksamhet',
	'LSS Råd och stöd',
	'LSS Omprövning',
	'LASS Assistansersättning',
	'SoL Hemtjänst',
	'SoL Särskilt boende',
	'SoL Dagverksamhet'
] as const;

export const FRAN_VEM = [
	'Den enskilde',
	'Vårdnadshavare',
	'God man/förvaltare',
	'Anhörig',
	'Egna myndigheten (VON)',
	'Annan myndighet',
	'Försäkringskassan',
	'Hälso- och sjukvården'
] as const;

/** Typ av utredning (U3). */
export const UTREDNINGSTYPER = [
	'LSS Utredning',
	'Ersättning assistansanordnare',
	'LSS skälig kostnad',
	'SoL Utredning'
] as const;

export const LSS_MYNDIGHET = 'LSS Myndighet';

/** A node of the organisation tree (A4). */
export interface OrgEnhet {
	namn: string;
	barn?: OrgEnhet[];
}

function omrade(namn: string): OrgEnhet {
	return {
		namn,
		barn: [
			{ namn: `${namn} hemtjänst 1` },
			{ namn: `${namn} hemtjänst 2` },
			{ namn: `${namn} särskilt boende` },
			{ namn: `${namn} korttidsboende` },
			{ namn: `${namn} biståndshandläggare` }
		]
	};
}

/**
 * The organisation tree as the manual describes it: under C1 VON the five hemvårdsområden come
 * before LSS Myndighet, each with sub-units that hide LSS Myndighet until collapsed.
 */
export const ORGANISATION: OrgEnhet = {
	namn: 'C1 VON',
	barn: [
		omrade('Centrum'),
		omrade('Nord'),
		omrade('Syd'),
		omrade('Väst'),
		omrade('Öst'),
		{ namn: LSS_MYNDIGHET },
		{
			namn: 'LSS Verksamheter',
			barn: [
				{ namn: 'LSS Personlig assistans' },
				{ namn: 'LSS Rekrytering' },
				{ namn: 'LSS Barn och ungdom' },
				{ namn: 'LSS Boende' },
				{ namn: 'LSS Daglig verksamhet' },
				{ namn: 'Privata utförare' }
			]
		}
	]
};

/**
 * The register of named utförare, in the order the Utförare lists show them, with the
 * organisation each one's beställning and verkställighet land on unless changed: the manual has
 * the trainee change Lss, Boendeteamet's to LSS Myndighet (section 7), so each utförare needs a
 * unit of its own to start from. Units are invented (docs/glossary.md). Every utförare section
 * 7's table names is here (insatstabell.spec.ts).
 */
export const UTFORARENS_ORGANISATION: Record<string, string> = {
	'Enhetschef, Personlig Assistans': 'LSS Personlig assistans',
	'Lss, Eget Val': 'Privata utförare',
	'Lss, Rekryteringshandläggare': 'LSS Rekrytering',
	'Lss, Barn/Ungdom 1': 'LSS Barn och ungdom',
	'Lss, Barn/Ungdom 2': 'LSS Barn och ungdom',
	'Lss, Boendeteamet': 'LSS Boende',
	'Lss, Resursförmedling': 'LSS Daglig verksamhet',
	'Privat, Utförare': 'Privata utförare'
};

/** Avslutsorsak when a verkställighet is closed (V5); optional, the names are inferred. */
export const AVSLUTSORSAKER = [
	'Beslutet har upphört',
	'Insatsen avslutad på egen begäran',
	'Flyttat från kommunen',
	'Avliden',
	'Byte av utförare'
] as const;

/** Every unit name in tree order, for validation and for the grader's explanations. */
export function allaEnheter(rot: OrgEnhet = ORGANISATION): string[] {
	return [rot.namn, ...(rot.barn ?? []).flatMap((b) => allaEnheter(b))];
}

/** The named handläggare of LSS Myndighet (Ansvarig handläggare, Beslutsfattare). */
export const HANDLAGGARE = [
	'Berg, Sara',
	'Holm, Johan',
	'Lindgren, Amira',
	'Nyström, Peter',
	'Sandberg, Elin',
	'Wikström, Omar',
	'Åkesson, Maria'
] as const;

/** Shared caseload slots LSS-handläggare 1–11 (V2, W1, W6). */
export const LSS_HANDLAGGARE_SLOTS = Array.from(
	{ length: 11 },
	(_, i) => `LSS-handläggare ${i + 1}`
);

const unika = (namn: readonly string[]): string[] => [...new Set(namn)];

/**
 * Insatskategorier: LSS Insatser (every avslag, V2), the bifall kategorier and the beställning
 * kategorier of section 7's table, then distractors from other parts of the förvaltning.
 */
export const INSATSKATEGORIER: readonly string[] = unika([
	LSS_INSATSER,
	...INSATSRADER.map((r) => r.insatskategori),
	...INSATSRADER.flatMap((r) => r.bestallning.insatskategori ?? []),
	'Hemtjänst SoL',
	'Särskilt boende SoL'
]);

/**
 * Beslut: every bifall and avslag of section 7's table, then the LASS-beslut (L4). The manual's
 * spellings are kept, `assistent` and `assistans` both.
 */
export const BESLUT: readonly string[] = [
	...INSATSRADER.flatMap((r) => [r.bifall, ...(r.avslag ? [r.avslag] : [])]),
	...OVRIGA_BESLUT.map((b) => b.namn)
];

/**
 * Utförare: the register of utförare with their units (section 7's table names six of them;
 * Lss, Barn/Ungdom 2 is a distractor, Privat, Utförare is section 9's), LSS Myndighet (L6) and the
 * LSS-handläggare slots (V2).
 */
export const UTFORARE: readonly string[] = [
	...Object.keys(UTFORARENS_ORGANISATION),
	LSS_MYNDIGHET,
	...LSS_HANDLAGGARE_SLOTS
];

/**
 * Insatser for the beställning's Insatser box: every insats of section 7's table, once. Names the
 * manual does not state are inferred (rules.md readings 8 and 9, docs/glossary.md).
 */
export const INSATSER: readonly string[] = unika(INSATSRADER.flatMap(insatsnamn));

/**
 * The Insatser box's groups: each insats under the insatskategori of the beslut it is ordered
 * for, in the table's order.
 */
export const INSATSGRUPPER: readonly { insatskategori: string; insatser: readonly string[] }[] =
	unika(INSATSRADER.map((r) => r.insatskategori)).map((insatskategori) => ({
		insatskategori,
		insatser: unika(
			INSATSRADER.filter((r) => r.insatskategori === insatskategori).flatMap(insatsnamn)
		)
	}));

/**
 * Types of contact under Kontaktuppgifter (N2). The manual names anhörig and god
 * man/företrädare; the rest are the kinds an LSS-handläggare meets and are inferred.
 */
export const KONTAKTTYPER = [
	'Anhörig',
	'God man/förvaltare',
	'Företrädare',
	'Vårdnadshavare',
	'Kontaktperson på boende',
	'Övrigt'
] as const;
