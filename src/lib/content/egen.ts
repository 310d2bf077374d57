/**
 * A trainer's own scenario compiled in the browser, from its files as text, into what the build
 * gives the runner for a shipped one (kompilera.ts): the same readers (lasScenario, lasFacit,
 * lasForsok). Runs in a worker (state/egen.worker.ts) when an own scenario opens
 * (state/kalla.ts), so a shipped exercise still loads no yaml or zod, and the runner's chunks
 * are split as before; the page renders the brief (brief.ts: marked, the browser's DOMPurify).
 */
import type { FacitInspelning } from '../domain/ledtrad/kravordning';
import { handelserUr, lasForsok } from '../schemas/forsok';
import { lasFacit } from './facit';
import { FACIT_FORSOK, stegGransFil } from './inspelning-data';
import type { KompileratFacit } from './kompilera';
import type { Facit } from '../schemas/facit';
import type { Scenario } from '../schemas/scenario';
import type { Filer } from './kontroll-filer';
import { egenMapp } from './egen-mapp';
import { lasScenario, ScenarioFel, scenarioSaknas } from './scenario';

/** `index.md` read and validated; its brief is `scenario.brief`. Throws ScenarioFel. */
export function lasEgetScenario(id: string, filer: Filer): Scenario {
	const kalla = `${egenMapp(id)}/index.md`;
	const text = filer['index.md'];
	if (text === undefined) throw new ScenarioFel([scenarioSaknas(kalla)]);
	return lasScenario(text, kalla);
}

/** The facit's recording (`attempts/pass-facit.json` and its `.steg.json`), or null. */
export function egenInspelning(id: string, filer: Filer): FacitInspelning | null {
	const forsok = `attempts/${FACIT_FORSOK}.json`;
	const granser = filer[`attempts/${stegGransFil(FACIT_FORSOK)}`];
	if (filer[forsok] === undefined || granser === undefined) return null;
	return {
		handelser: handelserUr(lasForsok(filer[forsok], `${egenMapp(id)}/${forsok}`)),
		granser: (JSON.parse(granser) as { granser: number[] }).granser
	};
}

/** `facit.yaml`'s steps and the facit's recording. Throws FacitFel or ForsokFel. */
export function kompileraEgetFacit(id: string, filer: Filer): KompileratFacit {
	const steg = lasFacit(filer['facit.yaml'] ?? '', `${egenMapp(id)}/facit.yaml`).steg;
	return { steg, inspelning: egenInspelning(id, filer) };
}

/** A question to the worker, and its answer (`fel`: every line of what is wrong). */
export type EgenFraga = { del: 'scenario' | 'facit' | 'facitfil'; id: string; filer: Filer };
export type EgenSvar =
	{ scenario: Scenario } | { facit: KompileratFacit } | { facitfil: Facit } | { fel: string };

export function svaraEgen(f: EgenFraga): EgenSvar {
	try {
		if (f.del === 'facitfil')
			// the whole facit, variants too: what the recorder writes a new variant beside
			return { facitfil: lasFacit(f.filer['facit.yaml'] ?? '', `${egenMapp(f.id)}/facit.yaml`) };
		return f.del === 'scenario'
			? { scenario: lasEgetScenario(f.id, f.filer) }
			: { facit: kompileraEgetFacit(f.id, f.filer) };
	} catch (e) {
		return { fel: e instanceof Error ? e.message : String(e) };
	}
}
