/**
 * Utskrift's catalogs (E5): what may be printed, the CDS templates per kind and the printers.
 * Apart from the commands, so only the print boxes, the schemas and the grader load them.
 */
/** What the printer in the menu bar prints (E5): "Oavsett om du ska skriva ut beslut eller anteckning". */
export const UTSKRIFTSSLAG = ['Utredning', 'Beslut', 'Anteckning'] as const;
export type Utskriftsslag = (typeof UTSKRIFTSSLAG)[number];

/**
 * The CDS templates per kind. `LSS utredningsdokument1` is the manual's; the beslut and note
 * templates are not named there and are the product's (docs/glossary.md, inferred).
 */
export const UTSKRIFTSMALLAR: Record<Utskriftsslag, readonly string[]> = {
	Utredning: ['LSS utredningsdokument1'],
	Beslut: ['LSS beslutsmeddelande1'],
	Anteckning: ['LSS journalanteckning1']
};

/** The printers of the Välj skrivare box: the PDF printer is the manual's, the other inferred. */
export const PDF_SKRIVARE = 'Microsoft Print to PDF';
export const SKRIVARE = ['Smartutskrift', PDF_SKRIVARE] as const;

/** One document printed: its id in the case and its label as the preview showed it. */
export interface UtskrivetDokument {
	id: string;
	etikett: string;
}
