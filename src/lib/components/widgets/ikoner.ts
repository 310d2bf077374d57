/** The toolbar icons of the mock; each is drawn in IconKnapp.svelte. */
export const IKONER = [
	'spara',
	'ny',
	'tabort',
	'tillbaka',
	'sok',
	'skrivut',
	'bevakning',
	'kundlista',
	'hammare',
	'lilapil',
	'installningar',
	'byt'
] as const;

export type Ikon = (typeof IKONER)[number];

/** One button of a Verktygsfalt. */
export interface Verktygsknapp {
	namn: string;
	ikon: Ikon;
	onclick: () => void;
	inaktiv?: boolean;
}
