/**
 * W7: "I textrutan skriver du mycket kortfattat vad det handlar om. OBS: tänk på att alla kan
 * läsa det som står eftersom bevakningar är synliga för alla." How a text is judged, pure so the
 * grader and its tests share it (docs/glossary.md, "Bevakningens text"):
 *
 * - short: at most `MAX_TECKEN` characters, one line of the list (the list shows the text in a
 *   row beside Bevakningsdatum and Bevakning typ av; a longer text is a note, and notes belong
 *   in Dokumentation);
 * - no personnummer: 6 or 8 digits of a birth date followed by four digits, with or without
 *   a dash or plus (the bevakning is tied to the customer already, so the number only spreads);
 * - no diagnosis: a word of `DIAGNOSORD`, a list of the diagnoses and conditions an LSS-ärende
 *   names, matched as whole words regardless of case. A list catches the common words, not every
 *   diagnosis there is: the grader says which word it found, and a trainer may add words here.
 */

export const MAX_TECKEN = 100;

/** ÅÅMMDD-NNNN or ÅÅÅÅMMDD-NNNN, the separator optional; not part of a longer number. */
const PERSONNUMMER = /(?<!\d)(?:\d{2})?\d{2}(?:0[1-9]|1[0-2])(?:[0-2]\d|3[01])[-+]?\d{4}(?!\d)/g;

/**
 * Diagnoses and conditions as they are written in LSS-ärenden (personkrets 1–3: autism,
 * intellektuell funktionsnedsättning, hjärnskada, and the common named conditions). Lower case;
 * several words are matched as a phrase.
 */
export const DIAGNOSORD: readonly string[] = [
	'autism',
	'autismspektrumtillstånd',
	'ast',
	'asperger',
	'aspergers syndrom',
	'adhd',
	'add',
	'utvecklingsstörning',
	'intellektuell funktionsnedsättning',
	'downs syndrom',
	'cerebral pares',
	'cp',
	'epilepsi',
	'hjärnskada',
	'förvärvad hjärnskada',
	'demens',
	'alzheimer',
	'schizofreni',
	'bipolär',
	'depression',
	'psykos',
	'multipel skleros',
	'ms',
	'als',
	'stroke',
	'tourette',
	'diabetes',
	'cancer',
	'muskeldystrofi',
	'ryggmärgsbråck'
];

const esc = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// whole words: neither side is a letter (å, ä, ö included) or a digit
const DIAGNOS = new RegExp(
	`(?<![\\p{L}\\d])(?:${[...new Set(DIAGNOSORD)]
		.sort((a, b) => b.length - a.length)
		.map(esc)
		.join('|')})(?![\\p{L}\\d])`,
	'giu'
);

export interface Textbedomning {
	/** The text is empty: nothing says what the bevakning is about. */
	tom: boolean;
	/** Longer than `MAX_TECKEN`. */
	forLang: boolean;
	langd: number;
	personnummer: string[];
	diagnoser: string[];
}

export function bedomBevakningstext(text: string): Textbedomning {
	const t = text.trim();
	return {
		tom: t === '',
		forLang: t.length > MAX_TECKEN,
		langd: t.length,
		personnummer: t.match(PERSONNUMMER) ?? [],
		diagnoser: [...new Set((t.match(DIAGNOS) ?? []).map((d) => d.toLowerCase()))]
	};
}
