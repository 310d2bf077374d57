// Apart from adress.ts, which resolves through $app/paths, so that Node code (the parser, the
// e2e specs) can name a section's address too.

/**
 * A section's stable address: its heading in lowercase, å/ä/ö (and any other accent) as the
 * plain letter, every run of other characters as one `-`. "Beslut och beställning" →
 * `beslut-och-bestallning`.
 */
export function slug(rubrik: string): string {
	return rubrik
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}
