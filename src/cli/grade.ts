/**
 * The headless grader: `npm run grade -- <scenario id or folder> <attempt.json>`.
 * Prints the Rapport as JSON on stdout. Exit 0: godkänd; 1: not godkänd; 2: bad input, with one
 * line on stderr saying what is wrong. It runs the very domain code the browser runs (relative
 * imports only, so it works without `.svelte-kit/`).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { lasScenarioFil } from '../lib/content/fs';
import { ScenarioFel } from '../lib/content/scenario';
import { grade } from '../lib/domain/grading/motor';
import { ForsokFel, handelserUr, lasForsok } from '../lib/schemas/forsok';
import { forsokText, kontrolleraVersion } from '../lib/schemas/forsokfil';
import { forStorFil, kortaFellista } from '../lib/schemas/granser';
import type { Scenario } from '../lib/schemas/scenario';
import type { Rapport } from '../lib/domain/grading/typer';
import { betygsattAlla } from './grade-alla';

/** Bad input: the one line the user sees, then exit 2. */
export class IndataFel extends Error {}

const ANVANDNING =
	'Användning: npm run grade -- <scenario-id eller scenariomapp> <försök.json>, eller npm run grade -- --all <mapp med försöksfiler>';
const ANVANDNING_ALLA = 'Användning: npm run grade -- --all <mapp med försöksfiler>';

/** `scenarios/<id>/index.md` for an id; `<folder>/index.md` for a folder; a file as given. */
export function scenarioSokvag(arg: string, rot = 'scenarios'): string {
	if (existsSync(arg) && statSync(arg).isDirectory()) return join(arg, 'index.md');
	if (existsSync(arg) && statSync(arg).isFile()) return arg;
	if (/^[a-z0-9-]+$/.test(arg)) {
		const vag = join(rot, arg, 'index.md');
		if (existsSync(vag)) return vag;
	}
	throw new IndataFel(
		`Scenariot "${arg}" finns inte: ange ett id (en mapp under ${rot}/) eller sökvägen till en scenariomapp.`
	);
}

/** Loads both inputs, checks they belong together, and grades. Throws IndataFel on bad input. */
export function betygsatt(scenarioArg: string, forsokVag: string): Rapport {
	let scenario: Scenario;
	try {
		scenario = lasScenarioFil(scenarioSokvag(scenarioArg));
	} catch (e) {
		// A scenario error may span lines; the first names the file and the first faulty field
		if (e instanceof ScenarioFel) throw new IndataFel(kortaFellista(e.rader).join(' | '));
		throw e;
	}
	let bytes: Uint8Array;
	try {
		// a file above the limit is refused from its size, never read into memory
		const stor = forStorFil(statSync(forsokVag).size, forsokVag);
		if (stor) throw new IndataFel(stor);
		bytes = readFileSync(forsokVag);
	} catch (e) {
		if (e instanceof IndataFel) throw e;
		throw new IndataFel(`${forsokVag}: försöksfilen finns inte eller kan inte läsas.`);
	}
	let forsok;
	try {
		// Read as Importera försök reads it (forsokfil.ts): UTF-8 with or without a byte order
		// mark, and only an attempt made on this version of the scenario
		forsok = lasForsok(forsokText(bytes, forsokVag), forsokVag);
		if (forsok.scenarioId !== scenario.id)
			throw new IndataFel(
				`${forsokVag}: försöket gäller scenariot "${forsok.scenarioId}", inte "${scenario.id}".`
			);
		kontrolleraVersion(forsok, scenario, forsokVag);
	} catch (e) {
		if (e instanceof ForsokFel) throw new IndataFel(kortaFellista(e.rader).join(' | '));
		throw e;
	}
	return grade(scenario, handelserUr(forsok));
}

/** Runs the CLI on `argv` (without node and script); returns the exit code. */
export function main(argv: readonly string[]): number {
	try {
		if (argv[0] === '--all') return alla(argv);
		if (argv.length !== 2) throw new IndataFel(ANVANDNING);
		const rapport = betygsatt(argv[0], argv[1]);
		process.stdout.write(JSON.stringify(rapport, null, 2) + '\n');
		return rapport.godkand ? 0 : 1;
	} catch (e) {
		const text = e instanceof Error ? e.message : String(e);
		process.stderr.write(text.replace(/\s*\n\s*/g, ' | ') + '\n');
		return 2;
	}
}

/** `--all <folder>`: CSV on stdout, every unreadable file on stderr; exit 2 if there was one. */
function alla(argv: readonly string[]): number {
	if (argv.length !== 2) throw new IndataFel(ANVANDNING_ALLA);
	const { csv, fel } = betygsattAlla(argv[1]);
	process.stdout.write(csv);
	for (const rad of kortaFellista(fel))
		process.stderr.write(rad.replace(/\s*\n\s*/g, ' | ') + '\n');
	return fel.length ? 2 : 0;
}

if (process.argv[1] && /grade\.ts$/.test(process.argv[1]))
	process.exitCode = main(process.argv.slice(2));
