import type { Arhundrade } from './katalog';
import { normaliseraPersonnummer, type Personnummer } from './personnummer';

/** The five search forms of S1. */
export type SokForm = 'personnummer' | 'sexSiffror' | 'helaNamnet' | 'fornamn' | 'efternamn';

/** A search string read as one S1 form: the query the register answers by index. */
export type SokFraga =
	| { form: 'personnummer'; pnr: Personnummer }
	| { form: 'sexSiffror'; fodelsedatum: string }
	| { form: 'helaNamnet'; efternamn: string; fornamn: string }
	| { form: 'fornamn'; fornamn: string }
	| { form: 'efternamn'; efternamnPrefix: string };

/** The message a trainee gets for a string in none of the forms: it lists what works. */
export const SOKFORMER_HJALP =
	'Sökningen känns inte igen. Sök på något av dessa sätt: hela personnumret (ÅÅMMDD-NNNN), ' +
	'de sex första siffrorna med en stjärna efter (010101*), hela namnet med efternamnet först ' +
	'(efternamn förnamn), förnamn med en stjärna före (*förnamn) eller efternamn med en stjärna ' +
	'efter (efternamn*). Glöm inte att välja rätt århundrade.';

export type SokTolkning = { ok: true; fraga: SokFraga } | { ok: false; fel: string };

/** Names are compared case-insensitively; å, ä and ö stay letters of their own, as in Swedish sorting. */
export function normaliseraNamn(s: string): string {
	return s.trim().toLocaleLowerCase('sv-SE').replace(/\s+/g, ' ');
}

const NAMN = /^[\p{L}][\p{L}' -]*$/u;

/**
 * Reads a search string as one of the five S1 forms. The century control applies to the
 * personnummer and six-digit forms (S2). Pure: the index lookup happens in the db layer.
 */
export function tolkaSokning(text: string, arhundrade: Arhundrade): SokTolkning {
	const t = text.trim();
	if (!t) return { ok: false, fel: SOKFORMER_HJALP };
	const sex = /^(\d{6})\*$/.exec(t);
	if (sex) return { ok: true, fraga: { form: 'sexSiffror', fodelsedatum: arhundrade + sex[1] } };
	const pnr = normaliseraPersonnummer(t, arhundrade);
	if (pnr && /^[\d\s-+]+$/.test(t)) return { ok: true, fraga: { form: 'personnummer', pnr } };
	if (t.startsWith('*') && !t.endsWith('*')) {
		const f = t.slice(1).trim();
		if (NAMN.test(f)) return { ok: true, fraga: { form: 'fornamn', fornamn: normaliseraNamn(f) } };
	}
	if (t.endsWith('*') && !t.startsWith('*')) {
		const e = t.slice(0, -1).trim();
		if (NAMN.test(e))
			return { ok: true, fraga: { form: 'efternamn', efternamnPrefix: normaliseraNamn(e) } };
	}
	// Reading 2 of rules.md: `efternamn förnamn` and `Efternamn, Förnamn` both find the person.
	const namn = /^([\p{L}' -]+?),?\s+([\p{L}' -]+)$/u.exec(t);
	if (namn && !t.includes('*')) {
		return {
			ok: true,
			fraga: {
				form: 'helaNamnet',
				efternamn: normaliseraNamn(namn[1]),
				fornamn: normaliseraNamn(namn[2])
			}
		};
	}
	return { ok: false, fel: SOKFORMER_HJALP };
}
