/*
 * The limits on what LSS-övning reads, in one place: the attempt file (Importera, the grader CLI,
 * the scenario check), YAML aliases in scenario and facit files, and how many problems a listing
 * shows. A file above a limit is refused with the limit named, before it is parsed, so a huge or
 * hostile file costs neither the browser nor the CLI more than reading its size.
 */

/** An attempt file larger than this is refused. A real one is a few hundred KB at most. */
export const MAX_FORSOK_BYTE = 5 * 1024 * 1024;
/** An attempt with more events than this is refused: a whole exercise is a few hundred. */
export const MAX_HANDELSER = 5000;
/** YAML aliases a scenario or facit file may resolve (the `yaml` library's maxAliasCount). */
export const MAX_YAML_ALIAS = 100;
/** An error listing (CLI, Importera) shows this many problems, then a count of the rest. */
export const MAX_FELRADER = 20;

/** `5 MB`: a limit in bytes as a trainee reads it. */
export function somMegabyte(byte: number): string {
	const mb = byte / (1024 * 1024);
	return `${Number.isInteger(mb) ? mb : mb.toFixed(1).replace('.', ',')} MB`;
}

/** The refusal of a file of `byte` bytes, or null when it is within the limit. */
export function forStorFil(byte: number, kalla: string): string | null {
	if (byte <= MAX_FORSOK_BYTE) return null;
	return `${kalla}: filen är ${somMegabyte(byte)}, större än gränsen ${somMegabyte(MAX_FORSOK_BYTE)} för en försöksfil. Kontrollera att det är en fil som Exportera försök skrev.`;
}

/** The refusal of an attempt of `antal` events, or null when it is within the limit. */
export function forMangaHandelser(antal: number, kalla: string): string | null {
	if (antal <= MAX_HANDELSER) return null;
	return `${kalla}: försöket har ${antal} händelser, fler än gränsen ${MAX_HANDELSER} för ett försök. Kontrollera att det är en fil som Exportera försök skrev.`;
}

/** A problem line is cut after this many characters (a value quoted from the file may be huge). */
export const MAX_FELRADLANGD = 500;

/**
 * The first `max` problems, then `… och N till` for the rest, each cut at MAX_FELRADLANGD, so no
 * listing is unbounded however broken the file.
 */
export function kortaFellista(rader: readonly string[], max = MAX_FELRADER): string[] {
	const kort = (r: string) =>
		r.length > MAX_FELRADLANGD ? `${r.slice(0, MAX_FELRADLANGD - 1)}…` : r;
	const forsta = rader.slice(0, max).map(kort);
	return rader.length > max ? [...forsta, `… och ${rader.length - max} till`] : forsta;
}

/** A progress file (every attempt of a profile) larger than this is refused. */
export const MAX_FRAMSTEG_BYTE = 50 * 1024 * 1024;
/** A progress file with more attempts than this is refused: a whole course is some dozens. */
export const MAX_FRAMSTEG_FORSOK = 1000;

/** The refusal of a progress file of `byte` bytes, or null when it is within the limit. */
export function forStorFramstegsfil(byte: number, kalla: string): string | null {
	if (byte <= MAX_FRAMSTEG_BYTE) return null;
	return `${kalla}: filen är ${somMegabyte(byte)}, större än gränsen ${somMegabyte(MAX_FRAMSTEG_BYTE)} för en fil med alla försök. Kontrollera att det är en fil som Exportera alla försök skrev.`;
}
