/**
 * How a person shows as a row of the pick lists (S3, S4, S5): `Efternamn, Förnamn`, the
 * personnummer as Procapita prints it, and the address on one line.
 */
import { visningsnamn, type Person } from '$lib/domain/model';
import { visaPersonnummer } from '$lib/domain/personnummer';
import type { ValRad } from './vallista';

type Personuppgifter = Pick<
	Person,
	'pnr' | 'efternamn' | 'fornamn' | 'adress' | 'postnummer' | 'ort'
>;

/** Column headings that go with {@link personrad}. */
export const PERSONKOLUMNER = ['Namn', 'Personnummer', 'Adress'];

/** Column widths that go with {@link personrad}. */
export const PERSONBREDDER = ['14rem', '8.5rem', 'minmax(12rem, 1fr)'];

/** The one-line address `Gata 1, 252 20 Helsingborg`, leaving out parts that are empty. */
export function adressrad(p: Pick<Person, 'adress' | 'postnummer' | 'ort'>): string {
	return [p.adress, [p.postnummer, p.ort].filter(Boolean).join(' ')].filter(Boolean).join(', ');
}

/** A person as a pick-list row, keyed by personnummer. */
export function personrad(p: Personuppgifter): ValRad {
	return { id: p.pnr, celler: [visningsnamn(p), visaPersonnummer(p.pnr), adressrad(p)] };
}

/** A person already named (`Efternamn, Förnamn`) as a row, with one more column of its own. */
export function namnrad(pnr: string, namn: string, tredje: string): ValRad {
	return { id: pnr, celler: [namn, visaPersonnummer(pnr), tredje] };
}
