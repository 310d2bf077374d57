/**
 * A variant's name in facit.yaml and its attempt's file name: `fail-…` a wrong path, `pass-…`
 * another right one; `pass-facit` the facit's own. Apart from facit.ts (zod) so the editor's and the recorder's pages can test a
 * name typed without loading the schema.
 */
/** The committed attempt the facit itself records to: `attempts/pass-facit.json`. */
export const FACIT_FORSOK = 'pass-facit';

export const VARIANTNAMN = /^(pass|fail)-[a-z0-9-]+$/;

/** Why `namn` is no variant name, in Swedish, or null when it is one. */
export function variantnamnFel(namn: string): string | null {
	return VARIANTNAMN.test(namn)
		? null
		: `"${namn}" är inget variantnamn; skriv fail-… (ett fel) eller pass-… (en annan rätt väg) med a–z, 0–9 och bindestreck.`;
}
