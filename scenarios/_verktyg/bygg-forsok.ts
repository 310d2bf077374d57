/**
 * Writes every committed attempt (`scenarios/<id>/attempts/*.json`) and each fail attempt's
 * expectation (`*.expect.json`) from recept.ts, by playing the recipes through the real domain.
 * Run after changing a recipe, a scenario or the domain: `npx tsx scenarios/_verktyg/bygg-forsok.ts`.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { lasScenarioFil } from '../../src/lib/content/fs';
import { forsokTillJson } from '../../src/lib/schemas/forsok';
import { standardVarld } from '../../src/lib/world/standard';
import { Korning } from './korning';
import { RECEPT } from './recept';

const varld = standardVarld();

/** JSON as the repo's prettier leaves it, so committed files pass `prettier --check .`. */
async function json(vag: string, text: string): Promise<void> {
	const config = (await resolveConfig(vag)) ?? {};
	writeFileSync(vag, await format(text, { ...config, filepath: vag }));
}

for (const [id, recept] of Object.entries(RECEPT)) {
	const scenario = lasScenarioFil(join('scenarios', id, 'index.md'));
	const mapp = join('scenarios', id, 'attempts');
	mkdirSync(mapp, { recursive: true });
	// A renamed recipe must not leave its old file behind to be graded
	for (const fil of readdirSync(mapp)) rmSync(join(mapp, fil));
	for (const [namn, r] of Object.entries(recept)) {
		if (!/^(pass|fail)-[a-z0-9-]+$/.test(namn))
			throw new Error(`${id}/${namn}: ska heta pass-… eller fail-…`);
		const k = new Korning(scenario, varld);
		r.kor(k);
		await json(join(mapp, `${namn}.json`), forsokTillJson(k.forsok()));
		if (namn.startsWith('fail-'))
			await json(
				join(mapp, `${namn}.expect.json`),
				JSON.stringify({ beskrivning: r.beskrivning, fel: r.fel }, null, '\t') + '\n'
			);
	}
	console.log(`${id}: ${Object.keys(recept).length} försök`);
}
