import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { variantSteg } from '../domain/facit/variant';
import { avtrycksText } from './fingeravtryck';
import { FACIT_FORSOK, type Facit, type Steg } from '../schemas/facit';

export { FACIT_FORSOK };

/** The file that says from which steps each committed attempt was recorded. */
export const INSPELNING = 'inspelning.json';

/**
 * `attempts/<namn>.steg.json`: how many events the attempt held after each of its steps, and the
 * fingerprint of the steps it was counted from. Written for the facit's own attempt, so Guidad
 * and the hints know which step meets which rule (src/lib/domain/ledtrad).
 */
export function stegGransFil(namn: string): string {
	return `${namn}.steg.json`;
}

/** What is wrong with the facit's step counts, or null when they fit today's recording. */
export function stegGransfel(
	mapp: string,
	facit: Facit,
	antalHandelser: number,
	index = readFileSync(join(mapp, 'index.md'), 'utf8')
): string | null {
	const vag = join(mapp, 'attempts', stegGransFil(FACIT_FORSOK));
	const namn = `attempts/${stegGransFil(FACIT_FORSOK)}`;
	if (!existsSync(vag)) return `${namn} saknas; spela in igen`;
	let data: { fingeravtryck?: unknown; granser?: unknown };
	try {
		data = JSON.parse(readFileSync(vag, 'utf8')) as typeof data;
	} catch {
		return `${namn} är inte JSON; spela in igen`;
	}
	const g = data.granser;
	if (data.fingeravtryck !== fingeravtryck(index, facit.steg))
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

/**
 * A fingerprint of what an attempt was recorded from: the scenario file (its start state sets
 * what the steps meet) and the steps. A recording whose fingerprint differs is stale.
 */
export function fingeravtryck(indexText: string, steg: readonly Steg[]): string {
	return createHash('sha256').update(avtrycksText(indexText, steg)).digest('hex').slice(0, 16);
}

/** `attempts/inspelning.json` of a scenario folder: attempt name → fingerprint. */
export function lasInspelning(mapp: string): Record<string, string> {
	const vag = join(mapp, 'attempts', INSPELNING);
	if (!existsSync(vag)) return {};
	// A broken file counts as no recording (the attempts are walked instead); the scenario check
	// says what is wrong with it (inspelningsfel)
	try {
		const data: unknown = JSON.parse(readFileSync(vag, 'utf8'));
		return data && typeof data === 'object' ? (data as Record<string, string>) : {};
	} catch {
		return {};
	}
}

/** What is wrong with `attempts/inspelning.json`, or null when it is fine or absent. */
export function inspelningsfel(mapp: string): string | null {
	const vag = join(mapp, 'attempts', INSPELNING);
	if (!existsSync(vag)) return null;
	try {
		const data: unknown = JSON.parse(readFileSync(vag, 'utf8'));
		if (data && typeof data === 'object' && !Array.isArray(data)) return null;
	} catch {
		// falls through to the message
	}
	return 'är inte ett JSON-objekt av försöksnamn och fingeravtryck; spela in igen';
}

/** Whether `attempts/<namn>.json` exists and was recorded from today's steps. */
export function arFarsk(
	mapp: string,
	facit: Facit,
	namn: string,
	index = readFileSync(join(mapp, 'index.md'), 'utf8')
): boolean {
	return (
		existsSync(join(mapp, 'attempts', `${namn}.json`)) &&
		lasInspelning(mapp)[namn] === fingeravtryck(index, stegFor(facit, namn))
	);
}
