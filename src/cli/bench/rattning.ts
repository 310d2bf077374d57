/** grade() per attempt on every committed attempt, and the CLI on a folder of 10,000 (rattning-cli.ts). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lasAllaScenarier } from '../../lib/content/fs';
import { grade } from '../../lib/domain/grading/motor';
import type { Handelse } from '../../lib/domain/handelser';
import { handelserUr, lasForsok } from '../../lib/schemas/forsok';
import type { Scenario } from '../../lib/schemas/scenario';
import type { BenchAlternativ } from './alternativ';
import { hogst, mat, type Figur } from './figur';
import { matRattningCli } from './rattning-cli';

export const SCENARIER = join(dirname(fileURLToPath(import.meta.url)), '../../../scenarios');

/** Every committed attempt under scenarios/<id>/attempts, with its scenario. */
export function committadeForsok(): { scenario: Scenario; handelser: Handelse[]; fil: string }[] {
	return lasAllaScenarier(SCENARIER).flatMap((scenario) => {
		const mapp = join(SCENARIER, scenario.id, 'attempts');
		// A scenario not yet recorded has no attempts/ (its facit is walked in the e2e suite)
		if (!existsSync(mapp)) return [];
		return readdirSync(mapp)
			.filter((f) => /^(pass|fail)-[^.]+\.json$/.test(f))
			.map((f) => {
				const fil = join(mapp, f);
				return { scenario, handelser: handelserUr(lasForsok(readFileSync(fil, 'utf8'), fil)), fil };
			});
	});
}

export async function matRattning(o: BenchAlternativ): Promise<Figur[]> {
	const forsok = committadeForsok();
	// the rule cache warm (the same scenario object, as in the browser)
	const varm = await mat(o.varv, (i) => {
		const f = forsok[i % forsok.length];
		return grade(f.scenario, f.handelser);
	});
	// a copy of the scenario each time: the rules are built and checked again, as for a scenario
	// just loaded (the first attempt of each scenario in `grade --all`)
	const kall = await mat(o.varv, (i) => {
		const f = forsok[i % forsok.length];
		return grade({ ...f.scenario }, f.handelser);
	});
	return [
		{
			id: 'grade_ett_forsok_ms',
			namn: 'rättning, ett försök (grade)',
			enhet: 'ms',
			varde: varm,
			mal: hogst(varm, 1, 'ms'),
			not: `${forsok.length} inlämnade försök i tur och ordning`
		},
		{
			id: 'grade_ett_forsok_utan_regelcache_ms',
			namn: 'rättning, ett försök med reglerna byggda på nytt (grade)',
			enhet: 'ms',
			varde: kall,
			not: `${forsok.length} inlämnade försök i tur och ordning, scenariot kopierat före varje`
		},
		...(await matRattningCli(o))
	];
}
