/**
 * `npm run -s grade -- --all <folder>`: grades every attempt file (`*.json`) in a folder, each
 * against the scenario it names, and prints one CSV row per attempt: trainee, exercise, version,
 * mode, result, score and each wrong rule. A progress file (Exportera alla försök) gives a row
 * per attempt in it, under the name it carries, so a trainer can collect one file per trainee. A
 * file that cannot be read or graded is named on stderr with what is wrong (an attempt in a
 * progress file by its place, `forsok[i]`); the others are still printed, and the exit code is 2.
 * Reading and grading a file, and the CSV, are Gruppens resultat's too (lib/resultat/ratta.ts,
 * domain/grupp.ts), so the browser gives the same rows for the same files.
 */
import { closeSync, fstatSync, openSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { lasScenarioFil } from '../lib/content/fs';
import { forsokCsv, KOLUMNER } from '../lib/domain/grupp';
import { rattaFiler, type Forsoksfil } from '../lib/resultat/ratta';
import { forStorFramstegsfil } from '../lib/schemas/granser';
import type { Scenario } from '../lib/schemas/scenario';
import { IndataFel, scenarioSokvag } from './grade';

export { KOLUMNER };

/**
 * The file's bytes; one above a progress file's limit is refused from its size, never read into
 * memory (an attempt file's smaller limit is applied once the file is known to be one). The
 * size is taken from the open file, not the path: looking each path up twice (stat, then read)
 * was some 5 % of grading a folder of 10,000 files.
 */
function lasFil(vag: string): Buffer {
	let fd: number;
	try {
		fd = openSync(vag, 'r');
	} catch (e) {
		// A file that went away (or a dangling link) is named as before, by the stat that fails
		statSync(vag);
		throw e;
	}
	try {
		// a progress file may be larger: an attempt's own limit is applied once it is read
		const storlek = fstatSync(fd).size;
		const stor = forStorFramstegsfil(storlek, vag);
		if (stor) throw new IndataFel(stor);
		return readFileSync(fd);
	} finally {
		closeSync(fd);
	}
}

export interface Utfall {
	csv: string;
	fel: string[];
}

/** Grades the folder; `rot` is the scenarios folder. */
export function betygsattAlla(mapp: string, rot = 'scenarios'): Utfall {
	let namn: string[];
	try {
		namn = readdirSync(mapp)
			.filter((f) => f.endsWith('.json'))
			.sort();
	} catch {
		throw new IndataFel(`${mapp}: mappen finns inte eller kan inte läsas.`);
	}
	// each scenario is read once per run and kept by id
	const scenarier = new Map<string, Scenario>();
	const scenarioFor = (id: string): Scenario => {
		let s = scenarier.get(id);
		if (!s) {
			s = lasScenarioFil(scenarioSokvag(id, rot));
			scenarier.set(id, s);
		}
		return s;
	};
	const filer = namn.map((n): Forsoksfil => {
		const kalla = join(mapp, n);
		return {
			kalla,
			las: () => {
				const data = lasFil(kalla);
				return { data, storlek: data.length };
			}
		};
	});
	const { rader, fel } = rattaFiler(filer, scenarioFor);
	return { csv: forsokCsv(rader), fel };
}
