// One module each, not the package's index: importing 'date-fns' loads its 300 modules, some
// 0.15 s of every CLI start (through tsx's loader)
import { isValid } from 'date-fns/isValid';
import { lightFormat } from 'date-fns/lightFormat';
import { parseISO } from 'date-fns/parseISO';

/** An ISO calendar date, `yyyy-MM-dd`: the one date form stored in events and state. */
export type IsoDatum = string;

const ISO = 'yyyy-MM-dd';

/**
 * A typed form as `yyyy-MM-dd`, or null when it is in no form: `yyMMdd` puts 00–49 in the
 * 2000s and 50–99 in the 1900s, as date-fns' `parse` did from 2000.
 */
function somIso(t: string): string | null {
	if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return t;
	if (/^\d{8}$/.test(t)) return `${t.slice(0, 4)}-${t.slice(4, 6)}-${t.slice(6)}`;
	if (!/^\d{6}$/.test(t)) return null;
	const sekel = Number(t.slice(0, 2)) < 50 ? '20' : '19';
	return `${sekel}${t.slice(0, 2)}-${t.slice(2, 4)}-${t.slice(4)}`;
}

/**
 * Reads a date typed by a trainee. Accepts `yyyy-MM-dd`, `yyyyMMdd` and `yyMMdd` (as Procapita
 * shows dates in labels). Returns null for anything that is not a real calendar date, so
 * `2023-02-30` is refused rather than rolled over to March. parseISO and lightFormat, not
 * parse and format: those bring a locale and their token tables into the runner.
 */
export function tolkaDatum(text: string): IsoDatum | null {
	const iso = somIso(text.trim());
	if (iso === null) return null;
	const d = parseISO(iso);
	// the round trip refuses what a lenient reading would roll over
	return isValid(d) && lightFormat(d, ISO) === iso ? iso : null;
}

/** True when `text` is an ISO date that exists in the calendar. */
export function arGiltigtDatum(text: string): boolean {
	return /^\d{4}-\d{2}-\d{2}$/.test(text) && tolkaDatum(text) === text;
}

/** The `ÅÅMMDD` form Procapita uses in tree labels (`LSS Utredning 230101-`). */
export function kortDatum(iso: IsoDatum): string {
	return lightFormat(parseISO(iso), 'yyMMdd');
}

/** The day before `iso` (R3: the old beställning ends the day before the new one applies). */
export function dagenFore(iso: IsoDatum): IsoDatum {
	// a calendar day back on the parsed local date (the first of a month goes to the last of the
	// one before): date-fns' subDays would do the same and add its chunk to the first page
	const d = parseISO(iso);
	d.setDate(d.getDate() - 1);
	return lightFormat(d, ISO);
}
