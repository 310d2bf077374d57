import { luhnOk, type Personnummer } from '../domain/personnummer';

/**
 * Reads Skatteverket's list (one 12-digit number a line) into unique numbers in file order.
 * The copy in this folder has two duplicated lines; a person must exist once.
 */
export function lasPnrLista(text: string): Personnummer[] {
	const sett = new Set<string>();
	for (const rad of text.split(/\r?\n/)) {
		const t = rad.trim();
		if (/^\d{12}$/.test(t)) sett.add(t);
	}
	return [...sett];
}

/** The year of birth, read from the number (the list only holds valid dates). */
export function fodelsear(pnr: Personnummer): number {
	return Number(pnr.slice(0, 4));
}

/** The second-to-last digit is odd for men and even for women, as in real personnummer. */
export function arMan(pnr: Personnummer): boolean {
	return Number(pnr[10]) % 2 === 1;
}

/** `YYMMDD`: what a six-digit search types, the same for people born a century apart. */
export function sexSiffror(pnr: Personnummer): string {
	return pnr.slice(2, 8);
}

/** True when every number is a 12-digit personnummer whose check digit is right. */
export function allaGiltiga(pnrs: readonly string[]): boolean {
	return pnrs.every(luhnOk);
}
