/**
 * What the editor offers where the cursor is: the values for the YAML key being written
 * (`insatskategori: `, `insatser: [Korttidsvistelse 2, `). The lists come from the check's
 * worker (katalogforslag.ts builds them from the catalogs), so this module, on the editor's
 * page, imports nothing of the domain. Pure.
 */

/** One value as offered: its label, and the text written (quoted where YAML needs it). */
export interface Vardeforslag {
	etikett: string;
	text: string;
}

export interface Forslagslistor {
	/** YAML key → its values. */
	perNyckel: Readonly<Record<string, readonly Vardeforslag[]>>;
	/** The reserved personnummer no scenario uses yet, for `pnr:`. */
	lediga: readonly string[];
}

export interface Forslag {
	/** Where in the line (before the cursor) the value being written starts. */
	fran: number;
	varden: readonly Vardeforslag[];
}

/** A value as YAML reads it back as the same text: quoted when plain YAML would not. */
export function somYaml(v: string): string {
	const plain =
		/^[^\s\-?:,[\]{}#&*!|>'"%@`]/.test(v) &&
		!/[,[\]{}#]|: |\s$/.test(v) &&
		!/^(true|false|null|~|[\d.+-]+)$/i.test(v);
	return plain ? v : `'${v.replace(/'/g, "''")}'`;
}

// The last `nyckel:` on the line, with a list's earlier items after it: `insatser: [A, B, `
const VARDE = /([A-Za-z]+):\s*(?:\[(?:[^\],]*,\s*)*)?((?:'[^']*)|[^,{}[\]'\s][^,{}[\]']*|)$/;

/** The completions for a line up to the cursor. */
export function forslagFor(fore: string, listor: Forslagslistor): Forslag | null {
	const m = VARDE.exec(fore);
	if (!m) return null;
	const fran = fore.length - m[2].length;
	if (m[1] === 'pnr')
		return { fran, varden: listor.lediga.map((p) => ({ etikett: p, text: `'${p}'` })) };
	const varden = listor.perNyckel[m[1]];
	return varden ? { fran, varden } : null;
}
