import type { SokFraga } from '../domain/kundsok';
import { normaliseraNamn } from '../domain/kundsok';
import type { KirPerson, Person } from '../domain/model';
import { fodelsedatum } from '../domain/personnummer';

/** The normalised keys kundsök looks people up by: one per S1 form that is not the pnr. */
export interface SokNycklar {
	/** `ÅÅÅÅMMDD`: the six-digit form with the century control in front. */
	fodelsedatum: string;
	efternamnNorm: string;
	fornamnNorm: string;
	/** Each first name alone and all of them together: `*förnamn` matches any one of them. */
	fornamnDelar: string[];
	/**
	 * `efternamn|förnamn` for each entry of fornamnDelar. A multiEntry index on this stands in
	 * for a compound [efternamn+förnamn] index, which IndexedDB cannot combine with multiEntry.
	 */
	namnNycklar: string[];
}

export type KundRad = Person & SokNycklar;
export type KirRad = KirPerson & SokNycklar;

/** The search keys of a person, computed the same way for the table and the overlay. */
export function sokNycklar(p: Pick<Person, 'pnr' | 'efternamn' | 'fornamn'>): SokNycklar {
	const efternamnNorm = normaliseraNamn(p.efternamn);
	const fornamnNorm = normaliseraNamn(p.fornamn);
	const fornamnDelar = [...new Set([...fornamnNorm.split(' '), fornamnNorm])].filter(Boolean);
	return {
		fodelsedatum: fodelsedatum(p.pnr),
		efternamnNorm,
		fornamnNorm,
		fornamnDelar,
		namnNycklar: fornamnDelar.map((f) => `${efternamnNorm}|${f}`)
	};
}

/** A person as stored, with its search keys. */
export function medNycklar<T extends Person | KirPerson>(p: T): T & SokNycklar {
	return { ...p, ...sokNycklar(p) };
}

/** Drops the search keys again: screens and events only ever see the domain type. */
export function utanNycklar<T extends Person | KirPerson>(rad: T & SokNycklar): T {
	const kopia: Partial<SokNycklar> & T = { ...rad };
	delete kopia.fodelsedatum;
	delete kopia.efternamnNorm;
	delete kopia.fornamnNorm;
	delete kopia.fornamnDelar;
	delete kopia.namnNycklar;
	return kopia;
}

/**
 * The namnNycklar a whole-name search may mean. `andersson berg anna` could be the surname
 * `Andersson Berg` or the first names `Berg Anna`: every split of the words is tried, so a
 * double surname is found with or without the comma.
 */
export function helaNamnetNycklar(efternamn: string, fornamn: string): string[] {
	const ord = normaliseraNamn(`${efternamn} ${fornamn}`).split(' ');
	const ut: string[] = [];
	for (let i = 1; i < ord.length; i++) {
		ut.push(`${ord.slice(0, i).join(' ')}|${ord.slice(i).join(' ')}`);
	}
	return ut;
}

/** The same question the index answers, asked of one person in memory (the overlay). */
export function matchar(p: Person, fraga: SokFraga): boolean {
	const n = sokNycklar(p);
	switch (fraga.form) {
		case 'personnummer':
			return p.pnr === fraga.pnr;
		case 'sexSiffror':
			return n.fodelsedatum === fraga.fodelsedatum;
		case 'helaNamnet': {
			const nycklar = helaNamnetNycklar(fraga.efternamn, fraga.fornamn);
			return n.namnNycklar.some((k) => nycklar.includes(k));
		}
		case 'fornamn':
			return n.fornamnDelar.includes(normaliseraNamn(fraga.fornamn));
		case 'efternamn':
			return n.efternamnNorm.startsWith(normaliseraNamn(fraga.efternamnPrefix));
	}
}

const kollator = new Intl.Collator('sv-SE');

/** Hit-list order: efternamn, förnamn, then personnummer (Swedish alphabet: å ä ö last). */
export function jamforPersoner(a: Person, b: Person): number {
	return (
		kollator.compare(a.efternamn, b.efternamn) ||
		kollator.compare(a.fornamn, b.fornamn) ||
		a.pnr.localeCompare(b.pnr)
	);
}
