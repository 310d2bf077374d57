/**
 * An own or imported scenario's title and version read from index.md's text with two regular
 * expressions, not the YAML parser: the start page and the editor's list show them, and must stay
 * light. The runner reads the file properly when the scenario opens, and says what is wrong.
 */

/** The `title:` of the frontmatter (plain, 'single' or "double" quoted), or the id without one. */
export function rubrikAv(indexText: string | undefined, id: string): string {
	const m = /^title:\s*(?:'((?:[^']|'')*)'|"([^"]*)"|(.+))$/m.exec(indexText ?? '');
	return (m?.[1]?.replace(/''/g, "'") ?? m?.[2] ?? m?.[3] ?? id).trim();
}

/** The `version:` as a whole number, or null when it is not one (the runner then says why). */
export function versionAv(indexText: string | undefined): number | null {
	const m = /^version:\s*(\d+)\s*$/m.exec(indexText ?? '');
	return m ? Number(m[1]) : null;
}

/** An own or imported scenario as the start page lists it. */
export interface EgenOvning {
	id: string;
	title: string;
	version: number | null;
	importerad: boolean;
}

/** The rows as the start page lists them, by title. */
export function egnaOvningar(
	rader: readonly { id: string; kalla: 'egen' | 'importerad'; filer: Record<string, string> }[]
): EgenOvning[] {
	return rader
		.map((r) => ({
			id: r.id,
			title: rubrikAv(r.filer['index.md'], r.id),
			version: versionAv(r.filer['index.md']),
			importerad: r.kalla === 'importerad'
		}))
		.sort((a, b) => a.title.localeCompare(b.title, 'sv'));
}
