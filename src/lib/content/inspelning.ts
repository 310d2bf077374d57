/**
 * Node only: the recordings of a scenario folder on disk. What they say is read by the pure
 * functions of inspelning-data.ts, which the browser shares; this adds the files and the hash.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { avtrycksText } from './fingeravtryck';
import type { Facit, Steg } from '../schemas/facit';
import {
	FACIT_FORSOK,
	INSPELNING,
	inspelningsfelI,
	lasInspelningText,
	stegFor,
	stegGransfelI,
	stegGransFil
} from './inspelning-data';

export {
	FACIT_FORSOK,
	forsokNamn,
	INSPELNING,
	stegFor,
	stegGransFil,
	type Avtryck
} from './inspelning-data';

/** A file's text, or undefined when it does not exist. */
function text(vag: string): string | undefined {
	return existsSync(vag) ? readFileSync(vag, 'utf8') : undefined;
}

/** What is wrong with the facit's step counts, or null when they fit today's recording. */
export function stegGransfel(
	mapp: string,
	facit: Facit,
	antalHandelser: number,
	index = readFileSync(join(mapp, 'index.md'), 'utf8')
): string | null {
	return stegGransfelI(
		text(join(mapp, 'attempts', stegGransFil(FACIT_FORSOK))),
		facit,
		antalHandelser,
		index,
		fingeravtryck
	);
}

/**
 * A fingerprint of what an attempt was recorded from: the scenario file (its start state sets
 * what the steps meet) and the steps. A recording whose fingerprint differs is stale. The
 * browser computes the same with Web Crypto (fingeravtryck.ts `fingeravtryckWebb`).
 */
export function fingeravtryck(indexText: string, steg: readonly Steg[]): string {
	return createHash('sha256').update(avtrycksText(indexText, steg)).digest('hex').slice(0, 16);
}

/** `attempts/inspelning.json` of a scenario folder: attempt name → fingerprint. */
export function lasInspelning(mapp: string): Record<string, string> {
	return lasInspelningText(text(join(mapp, 'attempts', INSPELNING)));
}

/** What is wrong with `attempts/inspelning.json`, or null when it is fine or absent. */
export function inspelningsfel(mapp: string): string | null {
	return inspelningsfelI(text(join(mapp, 'attempts', INSPELNING)));
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
