/**
 * What the editor's worker (state/verkstad.worker.ts) answers: the scenario check over the
 * files as typed (content/kontroll-webb.ts, the one `npm run scenario -- check` runs), each
 * problem with its place in the file (content/plats.ts), and the completion lists. The check
 * runs off the page's thread so typing never waits for it, and its code (yaml, zod, the
 * grader, Skatteverket's list) is a bundle of its own that shares no chunk with the runner's.
 */
import { egenMapp, kontrolleraEget } from '../content/kontroll-webb';
import type { Filer } from '../content/kontroll-filer';
import { FACIT_FORSOK, stegGransFil } from '../content/inspelning-data';
import { platsFor, type Plats } from '../content/plats';
import { lasScenario } from '../content/scenario';
import { hojVersionFel } from '../paket/version';
import type { Scenario } from '../schemas/scenario';
import { forslagslistor, pnrI } from './katalogforslag';
import type { Forslagslistor } from './komplettering';

/** A line of the check, with where it points when that is in one of the editor's files. */
export interface Problem {
	rad: string;
	plats: Plats | null;
}

export interface Granskning {
	problem: Problem[];
	/** Attempts with no recording from today's steps (content/kontroll-filer.ts). */
	ejInspelade: string[];
	/** The scenario's version when the check could read it, else null. */
	version: number | null;
	/** Visa and Guidad play the facit's recording: `attempts/pass-facit.json` and its counts. */
	harInspelning: boolean;
}

/**
 * The check, and one more line the command line cannot give: the same version as was shared
 * (`utgivna`, index.md by version as exported or imported) that now grades differently.
 */
export async function granska(
	id: string,
	filer: Filer,
	utgivna: Readonly<Record<string, string>> = {}
): Promise<Granskning> {
	const k = await kontrolleraEget(id, filer);
	const mapp = egenMapp(id);
	const rader = [...k.problem];
	const delad = k.scenario ? utgivna[k.scenario.version] : undefined;
	if (k.scenario && delad !== undefined) {
		const kalla = `${mapp}/index.md`;
		let forra: Scenario | null = null;
		try {
			forra = lasScenario(delad, kalla);
		} catch {
			// a shared text that no longer reads (an older app's schema) is no baseline
		}
		const fel = forra && hojVersionFel(forra, k.scenario, kalla, 'sedan den delades som paket');
		if (fel) rader.push(fel);
	}
	return {
		problem: rader.map((rad) => ({ rad, plats: platsFor(rad, mapp, filer) })),
		ejInspelade: k.ejInspelade,
		version: k.scenario?.version ?? null,
		harInspelning:
			filer[`attempts/${FACIT_FORSOK}.json`] !== undefined &&
			filer[`attempts/${stegGransFil(FACIT_FORSOK)}`] !== undefined
	};
}

/** The completion lists, the shipped scenarios' and the own ones' personnummer taken. */
export function listor(
	levereradePnr: readonly string[],
	egnaTexter: readonly string[]
): Forslagslistor {
	return forslagslistor([...levereradePnr, ...pnrI(egnaTexter)]);
}

/** A question to the worker, and its answer (`fel`: the Swedish message of what failed). */
export type VerkstadFraga =
	| {
			nr: number;
			slag: 'granska';
			id: string;
			filer: Filer;
			utgivna?: Record<string, string>;
	  }
	| { nr: number; slag: 'listor'; levererade: readonly string[]; egna: readonly string[] };
export type VerkstadSvar =
	| { nr: number; granskning: Granskning }
	| { nr: number; listor: Forslagslistor }
	| { nr: number; fel: string };

export async function svara(f: VerkstadFraga): Promise<VerkstadSvar> {
	try {
		if (f.slag === 'granska')
			return { nr: f.nr, granskning: await granska(f.id, f.filer, f.utgivna) };
		return { nr: f.nr, listor: listor(f.levererade, f.egna) };
	} catch (e) {
		return { nr: f.nr, fel: e instanceof Error ? e.message : String(e) };
	}
}
