/**
 * Hours as Procapita takes them (B7): `timmar.minuter`, so `10.30` is 10 h 30 min. One minute
 * digit is read as tens, as the field shows it (`10.5` is 10 h 50 min: accepted, and graded
 * wrong where 10 h 30 min was meant); minutes of 60 or more are refused.
 */
export interface Timmar {
	timmar: number;
	minuter: number;
}

export const PERIODER = ['Vecka', 'Månad', 'År'] as const;
export type Period = (typeof PERIODER)[number];

/** The period the hours field starts in before the trainee changes it (reading: Vecka). */
export const STANDARDPERIOD: Period = 'Vecka';

export const TIMMAR_FORM =
	'Skriv antal timmar som timmar.minuter, till exempel 10.30 för 10 timmar och 30 minuter.';

export type TimTolkning = { ok: true; varde: Timmar } | { ok: false; fel: string };

/** Reads a typed hours value; refuses what is not `timmar.minuter` with the right form. */
export function tolkaTimmar(text: string): TimTolkning {
	const t = text.trim();
	const m = /^(\d{1,5})(?:[.,](\d{1,2}))?$/.exec(t);
	if (!m) return { ok: false, fel: `"${text}" är inget antal timmar. ${TIMMAR_FORM}` };
	const minText = m[2] ?? '0';
	const minuter = minText.length === 1 ? Number(minText) * 10 : Number(minText);
	if (minuter >= 60)
		return {
			ok: false,
			fel: `"${text}": minuterna måste vara 0–59. ${TIMMAR_FORM}`
		};
	return { ok: true, varde: { timmar: Number(m[1]), minuter } };
}

/** Shows hours the way the field does: `10.30`, `4.05`, `12.00`. */
export function visaTimmar(t: Timmar): string {
	return `${t.timmar}.${String(t.minuter).padStart(2, '0')}`;
}

export function totalaMinuter(t: Timmar): number {
	return t.timmar * 60 + t.minuter;
}

export function franMinuter(min: number): Timmar {
	const m = Math.round(min);
	return { timmar: Math.floor(m / 60), minuter: m % 60 };
}

// A year of 52 weeks and 12 months, the reckoning LSS decisions use.
const VECKOR_PER: Record<Period, number> = { Vecka: 1, Månad: 52 / 12, År: 52 };

/**
 * What the field does when the period is changed after hours are typed: it recalculates the
 * same amount of time into the new period (reading of B7 "Glöm inte ändra till månad innan
 * timmar fylls i": typing first and changing after gives a different number).
 */
export function bytPeriod(t: Timmar, fran: Period, till: Period): Timmar {
	return franMinuter((totalaMinuter(t) * VECKOR_PER[till]) / VECKOR_PER[fran]);
}
