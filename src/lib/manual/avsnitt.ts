import { MANUALENS_AVSNITT } from '../domain/grading/avsnitt';
import { KAPITEL } from '../domain/kurs';
import { slug } from './slug';

/**
 * The manual's text (the PDF's text layer) cut into its sections under the headings of
 * MANUALENS_AVSNITT, each with a stable address, its paragraphs rejoined, and a way to find a
 * quoted sentence in it. Pure: the routes load the text lazily and hand it in.
 */

export interface Sektion {
	rubrik: string;
	slug: string;
	/** 1: a chapter of the manual (KAPITEL), 2: a section under the chapter before it. */
	niva: 1 | 2;
	stycken: string[];
	/** The paragraphs joined by `\n`: the offsets `hittaCitat` and `sok` give point into it. */
	text: string;
}

/** A stretch of a section's `text`, `start` inclusive, `slut` exclusive. */
export interface Stracka {
	start: number;
	slut: number;
}

export interface Citatfynd {
	sektion: Sektion;
	/** One stretch per part of the quote (a quote joined with "…" has several). */
	strackor: Stracka[];
}

/** Figure call-outs ("3", "2 3", "44"), a lone OBS marker, and lines with no letter at all. */
function arUtrop(rad: string): boolean {
	const t = rad.trim();
	return /^((\d+|OBS)\s*)*$/.test(t) || !/[\p{L}\p{N}]/u.test(t);
}

/** The PDF's page header: the manual's date on a line, then the word Manual. */
const SIDHUVUD_DATUM = /^\s*\d{4}-\d{2}-\d{2}\s*$/;

/** Lines with call-outs and page headers blanked, so they neither split nor join paragraphs. */
function rensa(rader: string[]): string[] {
	const ut = rader.map((r) => (arUtrop(r) ? '' : r));
	for (let i = 0; i < ut.length; i++) {
		if (!SIDHUVUD_DATUM.test(ut[i])) continue;
		ut[i] = '';
		let j = i + 1;
		while (j < ut.length && !ut[j].trim()) j++;
		if (ut[j]?.trim() === 'Manual') ut[j] = '';
	}
	return ut;
}

const ihop = (s: string): string => s.replace(/\s+/g, ' ').trim();

interface Rubrikrad {
	start: number;
	/** The heading's last line (a long heading is wrapped over two). */
	slut: number;
}

/**
 * Where `rubrik` stands as a heading line at or after `fran`. The figures repeat some headings
 * as labels beside the picture (Personuppgifter, Utredningar, Verkställigheter on the page of
 * Personuppgifter); the text layer ends a heading line with a space and a label without one,
 * so a line so ended is taken first, any line reading as the heading only failing that.
 */
function hittaRubrik(rader: string[], rubrik: string, fran: number): Rubrikrad | undefined {
	const kandidater: (Rubrikrad & { mellanslag: boolean })[] = [];
	for (let i = fran; i < rader.length; i++) {
		const t = ihop(rader[i]);
		if (!t || !rubrik.startsWith(t)) continue;
		const mellanslag = /\s$/.test(rader[i]);
		if (t === rubrik) {
			kandidater.push({ start: i, slut: i, mellanslag });
			continue;
		}
		let j = i + 1;
		while (j < rader.length && !rader[j].trim()) j++;
		if (j < rader.length && ihop(`${t} ${rader[j]}`) === rubrik)
			kandidater.push({ start: i, slut: j, mellanslag });
	}
	return kandidater.find((k) => k.mellanslag) ?? kandidater[0];
}

const STEG = /^(\d+\)|[–-])\s/;
const NYTT_STYCKE = /^(OBS|Tips|Tänk på)(?=[\s:])/;
const SLUTAR_MENING = /[.:!?)”"]$/;
const BORJAR_LITET = /^\p{Ll}/u;
/** A line that can only go on with a sentence begun above: lowercase, or a parenthesis. */
const FORTSATTER = /^[\p{Ll}(]/u;

interface Stycke {
	rader: string[];
	/** Begun after a blank line, not by a step or an OBS: where a figure's caption stands. */
	fristaende: boolean;
}

const sammanfoga = (p: Stycke): string =>
	p.rader.reduce(
		(s, r) => (!s ? r : /\p{L}-$/u.test(s) && BORJAR_LITET.test(r) ? s + r : `${s} ${r}`),
		''
	);

/** A figure's caption standing between a sentence and its end: one short line, no full stop. */
const arEtikett = (p: Stycke): boolean =>
	p.fristaende &&
	p.rader.length === 1 &&
	p.rader[0].length <= 60 &&
	!SLUTAR_MENING.test(p.rader[0]) &&
	!STEG.test(p.rader[0]);

/**
 * A section's lines as paragraphs: lines wrapped by the PDF are joined (a word broken after a
 * hyphen is joined without a space), a numbered step, a dash item and an OBS/Tips/Tänk på
 * start their own paragraph, and a line going on in lowercase after a blank or a figure's
 * captions continues the sentence it belongs to (the captions follow that paragraph).
 */
function stycken(rader: string[]): string[] {
	const ut: Stycke[] = [];
	let aktuell: Stycke | undefined;
	let efterTom = true;
	for (const rad of rader) {
		const t = ihop(rad);
		if (!t) {
			aktuell = undefined;
			efterTom = true;
			continue;
		}
		const fristaende = efterTom && !STEG.test(t) && !NYTT_STYCKE.test(t);
		efterTom = false;
		if (FORTSATTER.test(t) && (!aktuell || arEtikett(aktuell))) {
			// after a blank or a figure's captions: the open sentence before them goes on here
			let k = ut.length - 1;
			while (k > 0 && arEtikett(ut[k])) k--;
			const forra = ut[k];
			if (forra && forra !== aktuell && !SLUTAR_MENING.test(sammanfoga(forra))) {
				forra.rader.push(t);
				aktuell = forra;
				continue;
			}
		}
		if (aktuell && !STEG.test(t) && !NYTT_STYCKE.test(t)) {
			aktuell.rader.push(t);
			continue;
		}
		aktuell = { rader: [t], fristaende };
		ut.push(aktuell);
	}
	return ut.map(sammanfoga);
}

/**
 * The manual cut into one section per heading of `rubriker`, in their order. Each heading is
 * looked for after the one before, so a heading named again in a later section (Öppna en
 * verkställighet LSS Insatser inside LASS-beslut) stays text there. Throws for a heading the
 * text lacks: the table of headings and the text have drifted apart.
 */
export function delaIAvsnitt(
	text: string,
	rubriker: readonly string[] = MANUALENS_AVSNITT
): Sektion[] {
	const rader = rensa(text.split(/\r?\n/));
	const platser: Rubrikrad[] = [];
	let fran = 0;
	for (const rubrik of rubriker) {
		const p = hittaRubrik(rader, rubrik, fran);
		if (!p) throw new Error(`Rubriken "${rubrik}" finns inte i manualens text.`);
		platser.push(p);
		fran = p.slut + 1;
	}
	return rubriker.map((rubrik, i) => {
		const delar = stycken(rader.slice(platser[i].slut + 1, platser[i + 1]?.start ?? rader.length));
		return {
			rubrik,
			slug: slug(rubrik),
			niva: KAPITEL.includes(rubrik) ? 1 : 2,
			stycken: delar,
			text: delar.join('\n')
		};
	});
}

// ---------------------------------------------------------------------------------------------
// Finding a quote

/** Curly quotes and apostrophes as straight ones: the manual prints ” where a quote may type ". */
const TECKEN: Record<string, string> = { '”': '"', '“': '"', '„': '"', '’': "'", '‘': "'" };

/**
 * Text made comparable: whitespace runs as one space, a hyphen-broken word joined ("LSS-
 * handläggare" as "LSS-handläggare"), soft hyphens dropped, curly quotes straight, lowercase.
 * `karta[i]` is the index in the original of the normalised text's character i.
 */
export function jamforbar(s: string): { text: string; karta: number[] } {
	let text = '';
	const karta: number[] = [];
	for (let i = 0; i < s.length; i++) {
		const c = s[i];
		if (c === '\u00ad') continue;
		if (/\s/.test(c)) {
			let j = i;
			while (j + 1 < s.length && /\s/.test(s[j + 1])) j++;
			const brutet = /\p{L}-$/u.test(text) && /\p{L}/u.test(s[j + 1] ?? '');
			if (text && !brutet && j + 1 < s.length) {
				text += ' ';
				karta.push(i);
			}
			i = j;
			continue;
		}
		text += (TECKEN[c] ?? c).toLowerCase();
		karta.push(i);
	}
	return { text, karta };
}

/** The quote's parts: a quote may leave out words with "…" (or "..."); each part in order. */
function delar(citat: string): string[] {
	return citat
		.split(/…|\.\.\./)
		.map((d) => jamforbar(d).text.trim())
		.filter(Boolean);
}

function hittaI(sektion: Sektion, del: string[]): Stracka[] | undefined {
	const { text, karta } = jamforbar(sektion.text);
	const strackor: Stracka[] = [];
	let fran = 0;
	for (const d of del) {
		const i = text.indexOf(d, fran);
		if (i < 0) return undefined;
		strackor.push({ start: karta[i], slut: karta[i + d.length - 1] + 1 });
		fran = i + d.length;
	}
	return strackor;
}

/**
 * The section that holds `citat` and where, tolerant of line breaks, wrapping and hyphenation;
 * the first section holding it, or `inom` (a slug) when that section does. Undefined when the
 * manual does not hold it.
 */
export function hittaCitat(
	sektioner: readonly Sektion[],
	citat: string,
	inom?: string
): Citatfynd | undefined {
	const del = delar(citat);
	if (!del.length) return undefined;
	const ordning = inom
		? [...sektioner.filter((s) => s.slug === inom), ...sektioner.filter((s) => s.slug !== inom)]
		: sektioner;
	for (const sektion of ordning) {
		const strackor = hittaI(sektion, del);
		if (strackor) return { sektion, strackor };
	}
	return undefined;
}

// ---------------------------------------------------------------------------------------------
// Search

export interface Soktraff {
	sektion: Sektion;
	/** Where the first hit is in the section's text. */
	stracka: Stracka;
	antal: number;
}

/** Every section whose text holds `fraga` (as `hittaCitat` compares), in the manual's order. */
export function sok(sektioner: readonly Sektion[], fraga: string): Soktraff[] {
	const q = jamforbar(fraga).text.trim();
	if (!q) return [];
	const ut: Soktraff[] = [];
	for (const sektion of sektioner) {
		const { text, karta } = jamforbar(sektion.text);
		let i = text.indexOf(q);
		if (i < 0) continue;
		const stracka = { start: karta[i], slut: karta[i + q.length - 1] + 1 };
		let antal = 0;
		for (; i >= 0; i = text.indexOf(q, i + q.length)) antal++;
		ut.push({ sektion, stracka, antal });
	}
	return ut;
}

/** Text around a stretch, cut at word boundaries, for a search result. */
export function sammanhang(
	text: string,
	s: Stracka,
	bredd = 60
): { fore: string; traff: string; efter: string } {
	let a = Math.max(0, s.start - bredd);
	let b = Math.min(text.length, s.slut + bredd);
	if (a > 0) a = text.indexOf(' ', a) + 1 || a;
	if (b < text.length) b = text.lastIndexOf(' ', b) > s.slut ? text.lastIndexOf(' ', b) : b;
	const rent = (t: string) => t.replace(/\s+/g, ' ');
	return {
		fore: (a > 0 ? '…' : '') + rent(text.slice(a, s.start)),
		traff: rent(text.slice(s.start, s.slut)),
		efter: rent(text.slice(s.slut, b)) + (b < text.length ? '…' : '')
	};
}

// ---------------------------------------------------------------------------------------------
// The nearest section to a sentence the manual does not print

/** A word's comparable stem: Swedish inflects at the end, so the first five letters. */
const stam = (ord: string): string => ord.slice(0, 5);

function stammar(text: string): Set<string> {
	return new Set((jamforbar(text).text.match(/\p{L}{3,}/gu) ?? []).map(stam));
}

/**
 * The section sharing the most telling words with `mening` (a word in few sections weighs
 * more), for a sentence written about the manual rather than quoted from it (Visa's "why").
 * Undefined when no section shares two such words.
 */
export function narmastAvsnitt(sektioner: readonly Sektion[], mening: string): Sektion | undefined {
	const fragan = stammar(mening);
	const per = sektioner.map((s) => stammar(`${s.rubrik} ${s.text}`));
	let basta: { sektion: Sektion; poang: number; antal: number } | undefined;
	sektioner.forEach((sektion, i) => {
		let poang = 0;
		let antal = 0;
		for (const o of fragan) {
			if (!per[i].has(o)) continue;
			const df = per.filter((p) => p.has(o)).length;
			poang += Math.log(sektioner.length / df);
			antal++;
		}
		if (antal >= 2 && (!basta || poang > basta.poang)) basta = { sektion, poang, antal };
	});
	return basta?.sektion;
}
