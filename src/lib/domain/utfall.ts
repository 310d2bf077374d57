import { arGiltigtDatum } from './datum';
import type { Handelse } from './handelser';

/** A refusal: what is wrong, in Swedish, and which field. */
export interface Avslag {
	ok: false;
	fel: string;
	falt?: string;
}
export type Utfall = { ok: true; handelser: Handelse[] } | Avslag;

export function nej(fel: string, falt?: string): Avslag {
	return { ok: false, fel, falt };
}

/** A required date that must exist in the calendar. */
export function kravDatum(text: string, falt: string): Avslag | null {
	if (!text) return nej(`${falt} måste fyllas i (ÅÅÅÅ-MM-DD).`, falt);
	if (!arGiltigtDatum(text))
		return nej(`${falt}: ${text} är inget giltigt datum. Skriv datumet som ÅÅÅÅ-MM-DD.`, falt);
	return null;
}

/** An optional end date: it must exist and not come before the start. */
export function kravSlut(fran: string, till: string, falt: string): Avslag | null {
	if (!till) return null;
	const fel = kravDatum(till, falt);
	if (fel) return fel;
	if (till < fran)
		return nej(`${falt}: perioden slutar (${till}) innan den börjar (${fran}).`, falt);
	return null;
}
