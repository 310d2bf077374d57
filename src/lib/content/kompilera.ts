/**
 * Node only: a scenario folder compiled to the plain data the runner uses, at build time (and
 * on request in dev), by the same readers the scenario check uses (lasScenario, lasFacit,
 * lasForsok). The runner then needs no YAML parser, no schema library and no Markdown renderer.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { FacitInspelning } from '../domain/ledtrad/kravordning';
import type { Steg } from '../schemas/facit';
import { ForsokFel, handelserUr, lasForsok } from '../schemas/forsok';
import type { Scenario } from '../schemas/scenario';
import { lasFacitFil, lasScenarioFil } from './fs';
import { FACIT_FORSOK, stegGransFil } from './inspelning';

/** What the runner opens an exercise with: the scenario, and its brief as safe HTML. */
export interface KompileratScenario {
	scenario: Scenario;
	briefHtml: string;
}

/** What Visa, Guidad and the hints know of the solution: its steps and its recording. */
export interface KompileratFacit {
	steg: Steg[];
	/** The facit's recorded events and their count after each step; null when not recorded. */
	inspelning: FacitInspelning | null;
}

/** `index.md` read and validated, its brief rendered by `rendera` (brief-bygg.ts). */
export function kompileraScenario(
	mapp: string,
	rendera: (md: string) => string
): KompileratScenario {
	const scenario = lasScenarioFil(join(mapp, 'index.md'));
	return { scenario, briefHtml: rendera(scenario.brief) };
}

/** `facit.yaml`'s steps, and `attempts/pass-facit.json` with its `.steg.json`, read and validated. */
export function kompileraFacit(mapp: string): KompileratFacit {
	const steg = lasFacitFil(mapp).steg;
	const forsok = join(mapp, 'attempts', `${FACIT_FORSOK}.json`);
	const granser = join(mapp, 'attempts', stegGransFil(FACIT_FORSOK));
	if (!existsSync(forsok) || !existsSync(granser)) return { steg, inspelning: null };
	try {
		return {
			steg,
			inspelning: {
				handelser: handelserUr(
					lasForsok(readFileSync(forsok, 'utf8'), relative(process.cwd(), forsok))
				),
				granser: (JSON.parse(readFileSync(granser, 'utf8')) as { granser: number[] }).granser
			}
		};
	} catch (e) {
		// While recording (SPELA_IN=1, npm run scenario -- record) the files are being rewritten:
		// the build goes on without them, as the scenario check does. Otherwise the check has
		// named the problem already; this says it again rather than ship a broken recording.
		if (process.env.SPELA_IN === '1' && (e instanceof ForsokFel || e instanceof SyntaxError))
			return { steg, inspelning: null };
		throw e;
	}
}
