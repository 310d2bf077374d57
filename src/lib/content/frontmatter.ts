/**
 * Where a scenario file's frontmatter ends and its brief begins: shared by the reader
 * (scenario.ts), the editor's place-finding (plats.ts) and its preview, which must not load the
 * reader (yaml, zod) on the editor's page (state/verkstad.svelte.ts).
 */

/** The frontmatter must open the file; `---` on a line of its own closes it. */
export const FRONTMATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** The brief of a scenario file as written, or null when the frontmatter is not closed. */
export function briefAv(text: string): string | null {
	const m = FRONTMATTER.exec(text);
	return m ? text.slice(m[0].length) : null;
}
