/**
 * The Dokumentation's textdel (D6) as Procapita fills it: a frastext chosen in the rullista is
 * put into the text being written.
 */

/**
 * The text after a frastext is chosen (D6): the phrase on a line of its own at the end, with the
 * trailing blanks before it dropped; an empty text becomes the phrase. No phrase leaves the text
 * as it is.
 */
export function addFrastext(text: string, fras: string): string {
	if (!fras) return text;
	return text.trim() ? `${text.replace(/\s+$/, '')}\n${fras}` : fras;
}
