// One module each, not the package's index (300 modules at every CLI start): see datum.ts
import { isSameDay } from 'date-fns/isSameDay';
import { isValid } from 'date-fns/isValid';
import { parseISO } from 'date-fns/parseISO';
import type { Operator } from './typer';

/**
 * Comparison operators return `ej-bedomd` for an absent value: a rule about a field of
 * something that was never made is not assessed, because a presence rule (exists, count…)
 * already reports the absence once. Only the presence operators judge `undefined`.
 */
function franvarande(v: unknown): boolean {
	return v === undefined || v === null;
}

function lista(v: unknown, vad: string): readonly unknown[] {
	if (!Array.isArray(v)) throw new Error(`${vad} ska vara en lista, men är ${typeof v}.`);
	return v;
}

function antal(v: unknown): number {
	if (typeof v !== 'number' || !Number.isInteger(v) || v < 0)
		throw new Error(`Värdet ska vara ett heltal 0 eller större, men är ${String(v)}.`);
	return v;
}

/** Names compared as a person would: case and extra spaces do not matter, å/ä/ö do. */
function normaliseraText(s: unknown): string {
	return String(s).trim().toLocaleLowerCase('sv-SE').replace(/\s+/g, ' ');
}

function datum(v: unknown, vad: string): Date {
	const d = typeof v === 'string' ? parseISO(v) : null;
	if (!d || !isValid(d))
		throw new Error(`${vad} ska vara ett datum ÅÅÅÅ-MM-DD, men är ${String(v)}.`);
	return d;
}

/** The expected value of `precededBy`: the step that must come first, and the one it guards. */
export interface Foregangare {
	fore: string;
	efter: string;
}

function foregangare(v: unknown): Foregangare {
	const o = v as Partial<Foregangare> | null;
	if (!o || typeof o.fore !== 'string' || typeof o.efter !== 'string')
		throw new Error('Värdet ska ha formen { fore: "steg", efter: "steg" }.');
	return { fore: o.fore, efter: o.efter };
}

const jamfor =
	(f: (faktiskt: unknown, forvantat: unknown) => boolean): Operator =>
	(faktiskt, forvantat) =>
		franvarande(faktiskt) ? 'ej-bedomd' : f(faktiskt, forvantat);

/**
 * A required predecessor (U7): the first `efter` step has a `fore` step before it. When no
 * `efter` happened the rule is not assessed; whether it should have is a presence rule's job.
 * Steps the rule does not name may come in any order.
 */
const precededBy: Operator = (faktiskt, forvantat) => {
	if (franvarande(faktiskt)) return 'ej-bedomd';
	const steg = lista(faktiskt, 'Faktumet');
	const { fore, efter } = foregangare(forvantat);
	const forst = steg.indexOf(efter);
	if (forst < 0) return 'ej-bedomd';
	return steg.slice(0, forst).includes(fore);
};

/**
 * The operator registry: rules name an operator, the engine looks it up here. Each takes the
 * fact (after `sokvag`) and the rule's `varde`. A malformed `varde` throws; the engine adds the
 * rule id to the message.
 */
export const OPERATORER: Record<string, Operator> = {
	equal: jamfor((a, b) => a === b),
	notEqual: jamfor((a, b) => a !== b),
	/** Like `equal` for names: ignores case and surplus spaces. */
	equalText: jamfor((a, b) => normaliseraText(a) === normaliseraText(b)),
	in: jamfor((a, b) => lista(b, 'Värdet').includes(a)),
	notIn: jamfor((a, b) => !lista(b, 'Värdet').includes(a)),
	exists: (a) => !franvarande(a),
	notExists: (a) => franvarande(a),
	countEqual: jamfor((a, b) => lista(a, 'Faktumet').length === antal(b)),
	countAtLeast: jamfor((a, b) => lista(a, 'Faktumet').length >= antal(b)),
	countAtMost: jamfor((a, b) => lista(a, 'Faktumet').length <= antal(b)),
	/** The same items as expected, no more and no fewer (order does not matter). */
	sameSet: jamfor((a, b) => {
		const funna = new Set(lista(a, 'Faktumet'));
		const vantade = new Set(lista(b, 'Värdet'));
		return funna.size === vantade.size && [...vantade].every((x) => funna.has(x));
	}),
	/** Every expected item is among those found (a set: order and extra items do not matter). */
	includesAll: jamfor((a, b) => {
		const funna = new Set(lista(a, 'Faktumet'));
		return lista(b, 'Värdet').every((x) => funna.has(x));
	}),
	/** The same calendar day; an empty field ('') is simply not that day. */
	sameDay: jamfor((a, b) => a !== '' && isSameDay(datum(a, 'Faktumet'), datum(b, 'Värdet'))),
	/** That day or earlier (W3: a bevakning due before a beslut ends); an empty field is not. */
	onOrBefore: jamfor((a, b) => a !== '' && datum(a, 'Faktumet') <= datum(b, 'Värdet')),
	precededBy
};

/** Every operator name, for error messages that list what may be used. */
export function operatorNamn(): string[] {
	return Object.keys(OPERATORER);
}
