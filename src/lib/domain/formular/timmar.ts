import type { TimmarPerPeriod } from '../beslut';
import {
	bytPeriod,
	PERIODER,
	STANDARDPERIOD,
	tolkaTimmar,
	visaTimmar,
	type Period,
	type Timmar
} from '../timmar';

/**
 * The hours field of a beslut and a beställning (B7, O3): the live hint under it, the hours
 * recalculated when the period is changed, and saved hours as a table shows them.
 */

/** What the live hint under an hours field says: the amount spelled out, or why it is refused. */
export type TimmarHint = { ok: true; text: string } | { ok: false; text: string };

/** The two controls of the field: the hours as typed and the period they count per. */
export interface TimmarFaltVarden {
	timmar: string;
	period: string;
}

function arPeriod(p: string): p is Period {
	return (PERIODER as readonly string[]).includes(p);
}

/** The period a field shows: its own, or the field's starting one for a draft that lacks it. */
export function normalizePeriod(period: string): Period {
	return arPeriod(period) ? period : STANDARDPERIOD;
}

/** `10 timmar 30 minuter`, in words, so a trainee sees how `10.30` and `10.5` are read. */
export function timmarIOrd(t: Timmar): string {
	const h = `${t.timmar} ${t.timmar === 1 ? 'timme' : 'timmar'}`;
	if (t.minuter === 0) return h;
	return `${h} ${t.minuter} ${t.minuter === 1 ? 'minut' : 'minuter'}`;
}

/**
 * The hint shown under the hours field while typing: `= 10 timmar 30 minuter per månad` for a
 * readable value, the domain's refusal for one that is not; null for an empty field.
 */
export function timmarHint(text: string, period: string): TimmarHint | null {
	if (!text.trim()) return null;
	const t = tolkaTimmar(text);
	if (!t.ok) return { ok: false, text: t.fel };
	const per = arPeriod(period) ? ` per ${period.toLowerCase()}` : '';
	return { ok: true, text: `= ${timmarIOrd(t.varde)}${per}` };
}

/**
 * The field's text after the period is changed from `fran` to `till` (B7 reading): readable
 * hours are recalculated into the new period, anything else is left as typed.
 */
export function recalculateTimmar(text: string, fran: string, till: string): string {
	if (!text.trim() || fran === till || !arPeriod(fran) || !arPeriod(till)) return text;
	const t = tolkaTimmar(text);
	return t.ok ? visaTimmar(bytPeriod(t.varde, fran, till)) : text;
}

/** The field after a period is chosen: the new period, and the hours recalculated into it. */
export function choosePeriod(falt: TimmarFaltVarden, period: string): TimmarFaltVarden {
	return { timmar: recalculateTimmar(falt.timmar, falt.period, period), period };
}

/** Saved hours as a table cell shows them: `10.30 per månad`; empty when there are none. */
export function timmarText(t: TimmarPerPeriod | undefined): string {
	return t ? `${visaTimmar(t)} per ${t.period.toLowerCase()}` : '';
}
