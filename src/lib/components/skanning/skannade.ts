/**
 * The folder of scanned documents (E7, "skannade dokument"): fictitious, the same for every
 * customer, naming no real person. What a handläggare would have scanned in for an utredning.
 */
export interface SkannatDokument {
	id: string;
	namn: string;
	datum: string;
	text: string;
}

export const SKANNADE_DOKUMENT: readonly SkannatDokument[] = [
	{
		id: 'skannat-1',
		namn: 'Läkarintyg',
		datum: '2025-08-28',
		text:
			'Läkarintyg från barn- och ungdomshabiliteringen. Den sökande har en måttlig intellektuell ' +
			'funktionsnedsättning och epilepsi. Behov av tillsyn under hela dygnet. Intyget är utfärdat ' +
			'på begäran av vårdnadshavaren.'
	},
	{
		id: 'skannat-2',
		namn: 'Yttrande från skolan',
		datum: '2025-09-02',
		text:
			'Yttrande från elevhälsan. Eleven går i anpassad grundskola och har elevassistent hela ' +
			'skoldagen. Skolan ser ett behov av avlastning för familjen under lov.'
	},
	{
		id: 'skannat-3',
		namn: 'Fullmakt',
		datum: '2025-09-05',
		text:
			'Fullmakt. Undertecknad ger LSS Myndighet rätt att inhämta uppgifter från hälso- och ' +
			'sjukvården och skolan i ärendet.'
	},
	{
		id: 'skannat-4',
		namn: 'Kvitto, hjälpmedel',
		datum: '2025-09-10',
		text: 'Kvitto på inköpt hjälpmedel. Hör inte till ansökan om insats enligt LSS.'
	}
];
