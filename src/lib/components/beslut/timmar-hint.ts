import type { TimmarPerPeriod } from '$lib/domain/beslut';
import {
	PERIODER,
	bytPeriod,
	tolkaTimmar,
	visaTimmar,
	type Period,
	type Timmar
} from '$lib/domain/timmar';

/** What the live hint under an hours field says: the amount spelled out, or why it is refused. */
export type TimmarHint = { ok: true; text: string } | { ok: false; text: string };

function arPeriod(p: string): p is Period {
	return (PERIODER as readonly string[]).includes(p);
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
export function bytPeriodText(text: string, fran: string, till: string): string {
	if (!text.trim() || fran === till || !arPeriod(fran) || !arPeriod(till)) return text;
	const t = tolkaTimmar(text);
	return t.ok ? visaTimmar(bytPeriod(t.varde, fran, till)) : text;
}

/** Saved hours as a table cell shows them: `10.30 per månad`; empty when there are none. */
export function timmarText(t: TimmarPerPeriod | undefined): string {
	return t ? `${visaTimmar(t)} per ${t.period.toLowerCase()}` : '';
}
