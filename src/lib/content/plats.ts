/**
 * Where in its file a problem line of the scenario check points: the editor underlines it there
 * and its problem list moves the cursor to it. The line is the check's own (kontroll-filer.ts),
 * `<mapp>/<fil>: <fält>: <meddelande>`, so the place is read back from the file and the field
 * path it names, through the YAML document's node ranges. Pure.
 */
import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { FRONTMATTER } from './frontmatter';
import type { Filer } from './kontroll-filer';

/** A stretch of one of the editor's files, offsets into its whole text. */
export interface Plats {
	fil: string;
	fran: number;
	till: number;
}

/** The files the editor shows; a line about another (an attempt) has no place to move to. */
export const REDIGERBARA = ['index.md', 'facit.yaml'] as const;

const FALTVAG = /^([A-Za-z_][\w-]*(?:\[\d+\]|\.[A-Za-z_][\w-]*)*): /;

/** `forvantat.beslut[0].fran` as the path zod gave: `['forvantat', 'beslut', 0, 'fran']`. */
export function delarAv(vag: string): (string | number)[] {
	return [...vag.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) =>
		m[2] !== undefined ? Number(m[2]) : m[1]
	);
}

/** The YAML of a file and where it starts in it: index.md's frontmatter, or all of facit.yaml. */
function yamlDel(fil: string, text: string): { yaml: string; start: number } {
	if (fil !== 'index.md') return { yaml: text, start: 0 };
	const m = FRONTMATTER.exec(text);
	return m ? { yaml: m[1], start: m[0].indexOf('\n') + 1 } : { yaml: '', start: 0 };
}

/** The line `rad` (1-based) of `text` as a stretch. */
function radPlats(text: string, rad: number): [number, number] {
	let fran = 0;
	for (let i = 1; i < rad; i++) {
		const n = text.indexOf('\n', fran);
		if (n < 0) break;
		fran = n + 1;
	}
	const slut = text.indexOf('\n', fran);
	return [fran, slut < 0 ? text.length : slut];
}

/**
 * The stretch of the deepest node `delar` reaches: a scalar's value, a collection's key (a whole
 * block would underline half the file); for a field that is missing, the key of its parent, and
 * for `okänt fält "x"`, the unknown key itself.
 */
export function nodPlats(
	yaml: string,
	delar: readonly (string | number)[],
	okant?: string
): [number, number] | null {
	const doc = parseDocument(yaml, { schema: 'core', keepSourceTokens: false });
	let nod: unknown = doc.contents;
	let plats: [number, number] | null = null;
	const spann = (n: Node | null | undefined, nyckel?: Node): [number, number] | null => {
		const r = (isScalar(n) || !nyckel ? n : nyckel)?.range;
		return r ? [r[0], r[1]] : null;
	};
	const alla = [...delar, ...(okant ? [okant] : [])];
	for (const [i, del] of alla.entries()) {
		if (isMap(nod)) {
			const par = nod.items.find((p) => isScalar(p.key) && String(p.key.value) === String(del));
			if (!par) break;
			const nyckel = par.key as Node;
			const denOkanda = okant !== undefined && i === alla.length - 1;
			plats = (denOkanda ? null : spann(par.value as Node | null, nyckel)) ?? spann(nyckel);
			nod = par.value;
		} else if (isSeq(nod) && typeof del === 'number') {
			const item = nod.items[del] as Node | undefined;
			if (!item) break;
			plats = isScalar(item)
				? spann(item)
				: item.range
					? [item.range[0], item.range[0] + 1]
					: plats;
			nod = item;
		} else break;
	}
	return plats;
}

/** Where the check's line `rad` points in the files of `mapp`, or null (another file, no place). */
export function platsFor(rad: string, mapp: string, filer: Filer): Plats | null {
	if (!rad.startsWith(`${mapp}/`)) return null;
	const m = /^([^:,]+)(?::|,) (.*)$/s.exec(rad.slice(mapp.length + 1));
	if (!m) return null;
	const fil = m[1];
	const meddelande = m[2];
	const text = filer[fil];
	if (!(REDIGERBARA as readonly string[]).includes(fil) || text === undefined) return null;
	const hela = (fran: number, till: number): Plats => ({ fil, fran, till });
	const yamlRad = /^YAML-fel på rad (\d+)/.exec(meddelande);
	if (yamlRad) return hela(...radPlats(text, Number(yamlRad[1])));
	const { yaml, start } = yamlDel(fil, text);
	const falt = FALTVAG.exec(meddelande);
	if (falt) {
		const okant = /^okänt fält "([^"]+)"/.exec(meddelande.slice(falt[0].length))?.[1];
		const p = nodPlats(yaml, delarAv(falt[1]), okant);
		if (p) return hela(start + p[0], start + p[1]);
	}
	// A personnummer the check names: where it is written
	const pnr = /\b(\d{12})\b/.exec(meddelande)?.[1];
	if (pnr) {
		const i = text.search(new RegExp(`${pnr.slice(0, 8)}-?${pnr.slice(8)}`));
		if (i >= 0) return hela(i, i + pnr.length + (text[i + 8] === '-' ? 1 : 0));
	}
	// The brief is missing: the end of the file; otherwise the first line
	if (/^briefen saknas/.test(meddelande)) return hela(text.length, text.length);
	return hela(...radPlats(text, 1));
}
