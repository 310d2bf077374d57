/**
 * What a scenario's recordings say, read from their text: pure, so the Node check (over a
 * folder, inspelning.ts) and the browser (over the files a trainer keeps in IndexedDB) read them
 * the same way. The fingerprint's hash is handed in (`Avtryck`): Node has a synchronous SHA-256,
 * the browser only an asynchronous one (kontroll-webb.ts computes it first).
 */
import { variantSteg } from '../domain/facit/variant';
import { FACIT_FORSOK, type Facit, type Steg } from '../schemas/facit';

export { FACIT_FORSOK };

/** The file that says from which steps each committed attempt was recorded. */
export const INSPELNING = 'inspelning.json';

/** A fingerprint of what an attempt was recorded from (inspelning.ts `fingeravtryck`). */
export type Avtryck = (indexText: string, steg: readonly Steg[]) => string;

/**
 * `attempts/<namn>.steg.json`: how many events the attempt held after each of its steps, and the
 * fingerprint of the steps it was counted from. Written for the facit's own attempt, so Guidad
 * and the hints know which step meets which rule (src/lib/domain/ledtrad).
 */
export function stegGransFil(namn: string): string {
	return `${namn}.steg.json`;
}

/** Every attempt a scenario has: the facit's, then each variant's, in the file's order. */
export function forsokNamn(facit: Facit): string[] {
	return [FACIT_FORSOK, ...Object.keys(facit.varianter)];
}

/** The steps of one attempt: the facit's own, or a variant's. */
export function stegFor(facit: Facit, namn: string): Steg[] {
	if (namn === FACIT_FORSOK) return facit.steg;
	const v = facit.varianter[namn];
	if (!v) throw new Error(`${namn}: ingen sådan variant`);
	return variantSteg(facit, namn, v);
}

/** What is wrong with the facit's step counts (`text`: the `.steg.json`, if any), or null. */
export function stegGransfelI(
	text: string | undefined,
	facit: Facit,
	antalHandelser: number,
	index: string,
	avtryck: Avtryck
): string | null {
	const namn = `attempts/${stegGransFil(FACIT_FORSOK)}`;
	if (text === undefined) return `${namn} saknas; spela in igen`;
	let data: { fingeravtryck?: unknown; granser?: unknown };
	try {
		data = JSON.parse(text) as typeof data;
	} catch {
		return `${namn} är inte JSON; spela in igen`;
	}
	const g = data.granser;
	if (data.fingeravtryck !== avtryck(index, facit.steg))
		return `${namn} är inspelad från andra steg; spela in igen`;
	if (
		!Array.isArray(g) ||
		g.length !== facit.steg.length ||
		g.some((n, i) => typeof n !== 'number' || (i > 0 && n < (g[i - 1] as number))) ||
		g.at(-1) !== antalHandelser
	)
		return `${namn}: granser ska vara ett växande antal händelser per steg, ${facit.steg.length} tal som slutar på ${antalHandelser}; spela in igen`;
	return null;
}

/** `attempts/inspelning.json`'s text (if any) as attempt name → fingerprint. */
export function lasInspelningText(text: string | undefined): Record<string, string> {
	if (text === undefined) return {};
	// A broken file counts as no recording (the attempts are walked instead); the scenario check
	// says what is wrong with it (inspelningsfelI)
	try {
		const data: unknown = JSON.parse(text);
		return data && typeof data === 'object' ? (data as Record<string, string>) : {};
	} catch {
		return {};
	}
}

/** What is wrong with `attempts/inspelning.json`'s text, or null when it is fine or absent. */
export function inspelningsfelI(text: string | undefined): string | null {
	if (text === undefined) return null;
	try {
		const data: unknown = JSON.parse(text);
		if (data && typeof data === 'object' && !Array.isArray(data)) return null;
	} catch {
		// falls through to the message
	}
	return 'är inte ett JSON-objekt av försöksnamn och fingeravtryck; spela in igen';
}

/**
 * `attempts/inspelning.json` with the fingerprints `nya` written over `text`'s: sorted by name,
 * tab-indented, as `npm run scenario -- record` writes it (tests/e2e/facit/inspela.ts).
 */
export function medAvtryck(text: string | undefined, nya: Record<string, string>): string {
	const alla = { ...lasInspelningText(text), ...nya };
	const sorterad = Object.fromEntries(Object.entries(alla).sort(([a], [b]) => a.localeCompare(b)));
	return JSON.stringify(sorterad, null, '\t') + '\n';
}
