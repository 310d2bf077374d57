/**
 * Writes a walked attempt into its scenario's `attempts/` with a fixed clock (from 08:00 on the
 * scenario's day), so a recording changes only when the events do, and notes in
 * `inspelning.json` which steps it was recorded from.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import {
	fingeravtryck,
	INSPELNING,
	lasInspelning,
	stegGransFil
} from '../../../src/lib/content/inspelning';
import { medFastKlocka as fastKlocka } from '../../../src/lib/domain/facit/klocka';
import type { Steg } from '../../../src/lib/schemas/facit';
import { forsokSchema, forsokTillJson, type Forsok } from '../../../src/lib/schemas/forsok';
import type { Scenario } from '../../../src/lib/schemas/scenario';

/** JSON as the repo's prettier leaves it, so committed files pass `prettier --check .`. */
async function skrivJson(vag: string, text: string): Promise<void> {
	const config = (await resolveConfig(vag)) ?? {};
	writeFileSync(vag, await format(text, { ...config, filepath: vag }));
}

/** The attempt with the recorder's fixed clock instead of the walk's real one. */
export function medFastKlocka(s: Scenario, f: Forsok): Forsok {
	return forsokSchema.parse(fastKlocka(s.idag, f));
}

/** Writes `attempts/<namn>.json` and its fingerprint. Callers keep one scenario in one worker. */
export async function spelaIn(
	mapp: string,
	s: Scenario,
	namn: string,
	steg: readonly Steg[],
	f: Forsok,
	/** Events after each step, for the facit's own attempt (Guidad and the hints read them). */
	granser?: number[]
): Promise<void> {
	const attempts = join(mapp, 'attempts');
	mkdirSync(attempts, { recursive: true });
	await skrivJson(join(attempts, `${namn}.json`), forsokTillJson(medFastKlocka(s, f)));
	const index = readFileSync(join(mapp, 'index.md'), 'utf8');
	const avtryck = fingeravtryck(index, steg);
	if (granser) {
		if (granser.length !== steg.length || granser.at(-1) !== f.handelser.length)
			throw new Error(
				`${namn}: ${granser.length} steg räknade till ${granser.at(-1)} händelser, försöket har ${f.handelser.length} i ${steg.length} steg`
			);
		await skrivJson(
			join(attempts, stegGransFil(namn)),
			JSON.stringify({ fingeravtryck: avtryck, granser }) + '\n'
		);
	}
	const inspelning = { ...lasInspelning(mapp), [namn]: avtryck };
	const sorterad = Object.fromEntries(
		Object.entries(inspelning).sort(([a], [b]) => a.localeCompare(b))
	);
	await skrivJson(join(attempts, INSPELNING), JSON.stringify(sorterad, null, '\t') + '\n');
}
