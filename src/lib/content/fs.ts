import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Facit } from '../schemas/facit';
import type { Scenario } from '../schemas/scenario';
import { FacitFel, facitSaknas, lasFacit } from './facit';
import { lasScenario, ScenarioFel, scenarioSaknas } from './scenario';

/** The path errors name: relative to the working directory, with forward slashes. */
function visningsvag(path: string): string {
	const rel = relative(process.cwd(), path) || path;
	return rel.split('\\').join('/');
}

/** Node only: reads and validates one scenario file. Throws ScenarioFel. */
export function lasScenarioFil(path: string): Scenario {
	const kalla = visningsvag(path);
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch {
		throw new ScenarioFel([scenarioSaknas(kalla)]);
	}
	return lasScenario(text, kalla);
}

/**
 * Node only: every `<dir>/<id>/index.md`, sorted by id. Folders whose name starts with `_` or
 * `.` (tools, drafts) are skipped. Throws ScenarioFel on the first bad one.
 */
export function lasAllaScenarier(dir: string): Scenario[] {
	return readdirSync(dir)
		.filter((namn) => !namn.startsWith('_') && !namn.startsWith('.'))
		.filter((namn) => statSync(join(dir, namn)).isDirectory())
		.sort()
		.map((namn) => lasScenarioFil(join(dir, namn, 'index.md')));
}

/** Node only: `<mapp>/facit.yaml`, read and checked. Throws FacitFel naming the file. */
export function lasFacitFil(mapp: string): Facit {
	const path = join(mapp, 'facit.yaml');
	const kalla = visningsvag(path);
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch {
		throw new FacitFel([facitSaknas(kalla)]);
	}
	return lasFacit(text, kalla);
}
