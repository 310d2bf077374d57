import type { Arhundrade } from '../katalog';
import { tolkaSokning } from '../kundsok';
import type { KirPerson, Person } from '../model';

/**
 * The box Spara i personregister (S5, S6) as Procapita proposes it: filled from a KIR hit, or
 * empty from Ny with the personnummer the trainee searched for.
 */

/** A person being registered, and where the box was opened from: a KIR hit or Ny. */
export type RegistreringUtkast = Person & { kalla: 'KIR' | 'Ny' };

/**
 * Spara i personregister after OK on a KIR hit (S5): KIR's name, address and civilstånd, and
 * Nyckelkod empty, since KIR has none and choosing it is what S6 grades.
 */
export function openRegistrering(p: KirPerson): RegistreringUtkast {
	return {
		pnr: p.pnr,
		efternamn: p.efternamn,
		fornamn: p.fornamn,
		adress: p.adress,
		postnummer: p.postnummer,
		ort: p.ort,
		civilstand: p.civilstand,
		nyckelkod: '',
		kalla: 'KIR'
	};
}

/**
 * Spara i personregister after Ny (S5): empty, but for the personnummer of the search box when
 * the trainee searched on a whole personnummer; any other search leaves it empty too.
 */
export function proposeRegistrering(fraga: string, arhundrade: Arhundrade): RegistreringUtkast {
	const t = tolkaSokning(fraga, arhundrade);
	return {
		pnr: t.ok && t.fraga.form === 'personnummer' ? t.fraga.pnr : '',
		efternamn: '',
		fornamn: '',
		adress: '',
		postnummer: '',
		ort: '',
		civilstand: '',
		nyckelkod: '',
		kalla: 'Ny'
	};
}
