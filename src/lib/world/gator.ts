/**
 * Helsingborg streets, each with the area its nyckelkod names and a postnummer series. The
 * names are real; the house numbers the generator gives are made up.
 */
export interface Gata {
	namn: string;
	/** Index into NYCKELKODER (0 Centrum … 4 Öst); never the 999999 code. */
	omrade: 0 | 1 | 2 | 3 | 4;
	/** The first four digits of its postnummer (`2522` → `252 2x`). */
	post: string;
}

export const GATOR: readonly Gata[] = [
	{ namn: 'Drottninggatan', omrade: 0, post: '2522' },
	{ namn: 'Kullagatan', omrade: 0, post: '2522' },
	{ namn: 'Södra Storgatan', omrade: 0, post: '2522' },
	{ namn: 'Norra Storgatan', omrade: 0, post: '2522' },
	{ namn: 'Bruksgatan', omrade: 0, post: '2522' },
	{ namn: 'Karlsgatan', omrade: 0, post: '2522' },
	{ namn: 'Kungsgatan', omrade: 0, post: '2522' },
	{ namn: 'Järnvägsgatan', omrade: 0, post: '2522' },
	{ namn: 'Pålsjövägen', omrade: 1, post: '2524' },
	{ namn: 'Gibraltargatan', omrade: 1, post: '2524' },
	{ namn: 'Ringstorpsvägen', omrade: 1, post: '2544' },
	{ namn: 'Larödsvägen', omrade: 1, post: '2545' },
	{ namn: 'Bergaliden', omrade: 1, post: '2522' },
	{ namn: 'Vikingagatan', omrade: 1, post: '2524' },
	{ namn: 'Rååvägen', omrade: 2, post: '2527' },
	{ namn: 'Ramlösavägen', omrade: 2, post: '2523' },
	{ namn: 'Hälsovägen', omrade: 2, post: '2523' },
	{ namn: 'Gustav Adolfs gata', omrade: 2, post: '2522' },
	{ namn: 'Södergatan', omrade: 2, post: '2522' },
	{ namn: 'Planteringsvägen', omrade: 2, post: '2523' },
	{ namn: 'Strandvägen', omrade: 3, post: '2522' },
	{ namn: 'Hamntorget', omrade: 3, post: '2522' },
	{ namn: 'Sundstorget', omrade: 3, post: '2522' },
	{ namn: 'Västra Sandgatan', omrade: 3, post: '2522' },
	{ namn: 'Kopparmöllegatan', omrade: 3, post: '2522' },
	{ namn: 'Furutorpsgatan', omrade: 4, post: '2523' },
	{ namn: 'Fågelsångsgatan', omrade: 4, post: '2523' },
	{ namn: 'Dalhemsvägen', omrade: 4, post: '2546' },
	{ namn: 'Drottninghögsvägen', omrade: 4, post: '2546' },
	{ namn: 'Rektorsgatan', omrade: 4, post: '2546' }
];

export const ORT = 'Helsingborg';
