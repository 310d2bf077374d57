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

/** A customer as stored in `kunder`: the whole person, looked up by personnummer only. */
export type KundRad = Person;
export type KirRad = KirPerson & SokNycklar;

/** What a row of the hit list shows (S3): all kundsök returns; the whole person is read on open. */
export type KundTraff = Pick<
	Person,
	'pnr' | 'efternamn' | 'fornamn' | 'adress' | 'postnummer' | 'ort'
>;

/**
 * A row of `sokrader`, the table kundsök's indexes are on. IndexedDB has no covering index: an
 * index answers with primary keys, and every row read is one more structured clone. So the
 * primary key `nyckel` carries the hit itself (traffNyckel): a search is `primaryKeys()` on an
 * index, and no row is read at all, however many hits there are. The row holds only what the
 * indexes are built from.
 */
export type SokRad = { nyckel: string; pnr: string } & Omit<SokNycklar, 'fornamnNorm'>;

/** The hit-list fields of a person or a search row. */
export function traff(p: KundTraff): KundTraff {
	const { pnr, efternamn, fornamn, adress, postnummer, ort } = p;
	return { pnr, efternamn, fornamn, adress, postnummer, ort };
}

// The unit separator: no name or address typed or generated holds it
const SKILJE = '\u001f';
const FALT = ['pnr', 'efternamn', 'fornamn', 'adress', 'postnummer', 'ort'] as const;

/**
 * A hit as a key: its place in the whole world's hit-list order, zero-padded so that keys sort
 * as the list does, then the hit's fields. Sorting a search's keys sorts its hits.
 */
export function traffNyckel(p: KundTraff, ordning: number): string {
	return [String(ordning).padStart(7, '0'), ...FALT.map((f) => p[f])].join(SKILJE);
}

/** The hit a traffNyckel carries. */
export function franNyckel(nyckel: string): KundTraff {
	const [, pnr, efternamn, fornamn, adress, postnummer, ort] = nyckel.split(SKILJE);
	return { pnr, efternamn, fornamn, adress, postnummer, ort };
}

/** The search rows of a world, their keys in hit-list order (`jamforPersoner`). */
export function sokRader(kunder: readonly Person[]): SokRad[] {
	return [...kunder].sort(jamforPersoner).map((p, ordning) => {
		const n: Partial<SokNycklar> = sokNycklar(p);
		delete n.fornamnNorm;
		return {
			nyckel: traffNyckel(p, ordning),
			pnr: p.pnr,
			...(n as Omit<SokNycklar, 'fornamnNorm'>)
		};
	});
}

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

/** A KIR person as stored, with its search keys. */
export function medNycklar<T extends KirPerson>(p: T): T & SokNycklar {
	return { ...p, ...sokNycklar(p) };
}

/** Drops the search keys again: screens and events only ever see the domain type. */
export function utanNycklar<T extends KirPerson>(rad: T & SokNycklar): T {
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
export function matchar(
	p: Pick<Person, 'pnr' | 'efternamn' | 'fornamn'>,
	fraga: SokFraga
): boolean {
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
export function jamforPersoner(a: KundTraff, b: KundTraff): number {
	return (
		kollator.compare(a.efternamn, b.efternamn) ||
		kollator.compare(a.fornamn, b.fornamn) ||
		a.pnr.localeCompare(b.pnr)
	);
}
