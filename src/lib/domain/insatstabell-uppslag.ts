/**
 * Questions asked of section 7's table (insatstabell.ts): whether a beslut grants, whom a
 * beställning goes to, and which insats it holds.
 */
import { INSATSRADER, OVRIGA_BESLUT, type Beslutsutfall, type Insatsrad } from './insatstabell';

const UTFALL = new Map<string, Beslutsutfall>([
	...INSATSRADER.flatMap((r): [string, Beslutsutfall][] => [
		[r.bifall, 'bifall'],
		...(r.avslag ? [[r.avslag, 'avslag'] as [string, Beslutsutfall]] : [])
	]),
	...OVRIGA_BESLUT.map((b): [string, Beslutsutfall] => [b.namn, b.utfall])
]);

/** Whether a beslut name grants or refuses, as the table says; undefined for a name it lacks. */
export function beslutsutfall(namn: string): Beslutsutfall | undefined {
	return UTFALL.get(namn);
}

/** The one utförare a row's beställning goes to, or undefined when it depends on the kind. */
export function fastUtforare(rad: Insatsrad): string | undefined {
	const u = rad.bestallning.utforare;
	return typeof u === 'string' ? u : undefined;
}

/** Every utförare a row's beställning may go to. */
export function utforareFor(rad: Insatsrad): string[] {
	const u = rad.bestallning.utforare;
	return typeof u === 'string' ? [u] : [u.kommunal, u.privat];
}

/** Every insats name a row's beställning may hold, as the Insatser box lists them. */
export function insatsnamn(rad: Insatsrad): string[] {
	const v = rad.bestallning.insats;
	if (v.typ === 'utforare') return [v.insatser.kommunal, v.insatser.privat];
	if (v.typ === 'niva' || v.typ === 'valfri') return [...v.insatser];
	return [v.insats];
}

/**
 * The insats the manual asks for in a row's beställning, given its utförare and the beslut's
 * nivå; undefined when the manual names none for that choice (an unknown utförare, no nivå, or a
 * `valfri` insats).
 */
export function bestallningsinsatser(
	rad: Insatsrad,
	utforare: string,
	niva: string | undefined
): string[] | undefined {
	const v = rad.bestallning.insats;
	switch (v.typ) {
		case 'fast':
			return [v.insats];
		case 'utforare': {
			const u = rad.bestallning.utforare;
			if (typeof u === 'string') return undefined;
			if (utforare === u.kommunal) return [v.insatser.kommunal];
			if (utforare === u.privat) return [v.insatser.privat];
			return undefined;
		}
		case 'niva': {
			const i = ['1', '2', '3'].indexOf(niva ?? '');
			return i >= 0 ? [v.insatser[i]] : undefined;
		}
		case 'valfri':
			return undefined;
	}
}
