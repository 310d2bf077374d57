import type { Fynd, Rapport } from './typer';

/** Section titles as the manual writes them; findings name these so a trainee can look them up. */
export const AVSNITT = {
	sokaFramKund: 'Söka fram kund',
	registrera: 'Registrera en ny kund',
	aktualiseraAnsokan: 'Aktualisera en ansökan',
	aktualiseraIPagaende: 'Aktualisera en ansökan i en pågående utredning',
	aktualiseraOmprovning: 'Aktualisera en omprövning',
	inledaUtredning: 'Inleda utredning'
} as const;

/**
 * Every section of the manual in the manual's order (its headings; the text has no table of
 * contents). A report lists findings in this order so it reads like the manual.
 */
export const MANUALENS_AVSNITT: readonly string[] = [
	'Mina sidor',
	AVSNITT.sokaFramKund,
	'Navigering vid kund',
	'Personuppgifter',
	'Utredningar',
	'Verkställigheter',
	'Aktualisera och inleda utredning',
	AVSNITT.registrera,
	AVSNITT.aktualiseraAnsokan,
	AVSNITT.aktualiseraIPagaende,
	AVSNITT.aktualiseraOmprovning,
	AVSNITT.inledaUtredning,
	'Dokumentation',
	'Utredningsjournal',
	'Utredningsdokument',
	'Anteckning i verkställighet',
	'Felmarkera i dokumentation',
	'Hjälpfrastexter och frastexter',
	'Beslut och beställning',
	'Beslut personlig assistans och tillfällig utökning',
	'Beställning personlig assistans och tillfällig utökning (endast vid bifall)',
	'Beslut ledsagarservice, kontaktperson och avlösarservice',
	'Beställning ledsagarservice, kontaktperson och avlösarservice (endast vid bifall)',
	'Beslut korttidstillsyn och korttidsvistelse/stödfamilj',
	'Beställning korttidstillsyn och korttidsvistelse/stödfamilj (endast vid bifall)',
	'Beslut bostad barn och ungdom',
	'Beställning bostad barn och ungdom (endast vid bifall)',
	'Beslut bostad vuxna',
	'Beställning bostad vuxna (endast vid bifall)',
	'Beslut daglig verksamhet',
	'Beställning daglig verksamhet (endast vid bifall)',
	'Bedömning daglig verksamhet (endast vid bifall)',
	'Utskrift, skanning och PDF',
	'Skapa en utredning och beslut till PDF-format',
	'Skanning av dokument',
	'Bevakningar',
	'Söka fram bevakningar',
	'Lägga ny bevakning från beslut',
	'Lägga ny bevakning från annan plats',
	'Ta bort en beställning',
	'Ny beställning vid avbrott av pågående insats',
	'Öppna en verkställighet',
	'Öppna en verkställighet vid bifall personlig assistans med utförare Lss, Eget val',
	'Öppna en verkställighet LSS Insatser',
	'Se en verkställighets organisation samt avsluta och öppna en avslutad verkställighet',
	'Se en verkställighets organisation',
	'Avsluta en verkställighet',
	'Öppna en avslutad verkställighet',
	'Bekräfta beställning utförare Lss, Eget Val och utförare Privat, Utförare',
	'Insatser som verkställs utanför kommunen (externa placeringar) med utförare Privat, Utförare',
	'LASS-beslut (beslut om assistansersättning från Försäkringskassan)',
	'Sökverktyget',
	'Kopiera en utredning till en ny utredning',
	'Tips',
	'Kundlista',
	'Ändra handläggare vid verkställigheten LSS Insatser',
	'Avsluta ärenden',
	'Lägga till medlemmar i hushållet'
];

/** One manual section's findings, system handling apart from documentation. */
export interface AvsnittsGrupp {
	avsnitt: string;
	system: Fynd[];
	dokumentation: Fynd[];
}

/**
 * Groups a report's findings by manual section, sections in the manual's order (any section
 * the list does not know comes last, in the order first met), rules in report order.
 */
export function grupperaPerAvsnitt(r: Rapport): AvsnittsGrupp[] {
	const grupper = new Map<string, AvsnittsGrupp>();
	for (const f of r.fynd) {
		let g = grupper.get(f.avsnitt);
		if (!g) {
			g = { avsnitt: f.avsnitt, system: [], dokumentation: [] };
			grupper.set(f.avsnitt, g);
		}
		g[f.kategori].push(f);
	}
	const plats = (avsnitt: string): number => {
		const i = MANUALENS_AVSNITT.indexOf(avsnitt);
		return i < 0 ? MANUALENS_AVSNITT.length : i;
	};
	// Array.prototype.sort is stable, so unknown sections keep their first-met order.
	return [...grupper.values()].sort((a, b) => plats(a.avsnitt) - plats(b.avsnitt));
}
