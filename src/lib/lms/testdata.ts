import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lasScenarioFil } from '../content/fs';
import { grade } from '../domain/grading/motor';
import type { Rapport } from '../domain/grading/typer';
import { handelserUr, lasForsok } from '../schemas/forsok';
import type { Scenario } from '../schemas/scenario';

const ROT = fileURLToPath(new URL('../../../scenarios', import.meta.url));

/** A shipped scenario and the report of one of its committed attempts, for the LMS tests. */
export function rapportAv(id: string, forsok: string): { scenario: Scenario; rapport: Rapport } {
	const scenario = lasScenarioFil(`${ROT}/${id}/index.md`);
	const fil = `${ROT}/${id}/attempts/${forsok}.json`;
	const rapport = grade(scenario, handelserUr(lasForsok(readFileSync(fil, 'utf8'), fil)));
	return { scenario, rapport };
}
