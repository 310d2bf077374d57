/**
 * `npm run -s grade -- --all <folder>`: grades every attempt file (`*.json`) in a folder, each
 * against the scenario it names, and prints one CSV row per attempt: trainee, exercise, version,
 * mode, result, score and each wrong rule. A progress file (Exportera alla försök) gives a row
 * per attempt in it, under the name it carries, so a trainer can collect one file per trainee. A
 * file that cannot be read or graded is named on stderr with what is wrong (an attempt in a
 * progress file by its place, `forsok[i]`); the others are still printed, and the exit code is 2.
 */
import { closeSync, fstatSync, openSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { lasScenarioFil } from '../lib/content/fs';
import { ScenarioFel } from '../lib/content/scenario';
import { grade } from '../lib/domain/grading/motor';
import { lageFor } from '../lib/domain/lage';
import { ForsokFel, handelserUr, lasForsok, type Forsok } from '../lib/schemas/forsok';
import { arFramstegsfil, lasFramstegData } from '../lib/schemas/framstegsfil';
import { forsokText, kontrolleraVersion } from '../lib/schemas/forsokfil';
import { forStorFil, forStorFramstegsfil, kortaFellista } from '../lib/schemas/granser';
import type { Scenario } from '../lib/schemas/scenario';
import { IndataFel, scenarioSokvag } from './grade';

export const KOLUMNER = [
	'elev',
	'ovning',
	'version',
	'lage',
	'resultat',
	'poang',
	'maxPoang',
	'andel',
	'felRegler'
] as const;

/** One CSV field: quoted when it holds a comma, a quote or a line break (RFC 4180). */
function falt(v: string | number): string {
	const s = String(v);
	return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

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
	let filer: string[];
	try {
		filer = readdirSync(mapp)
			.filter((f) => f.endsWith('.json'))
			.sort();
	} catch {
		throw new IndataFel(`${mapp}: mappen finns inte eller kan inte läsas.`);
	}
	const scenarier = new Map<string, Scenario>();
	const rader = [KOLUMNER.join(',')];
	const fel: string[] = [];
	const felrad = (e: unknown, vag: string): string => {
		const rad =
			e instanceof ForsokFel || e instanceof ScenarioFel
				? kortaFellista(e.rader).join(' | ')
				: e instanceof Error
					? e.message
					: String(e);
		return rad.startsWith(vag) ? rad : `${vag}: ${rad}`;
	};
	/** One attempt's row; `vag` names it in a problem. */
	const rad = (forsok: Forsok, vag: string, elev: string): string => {
		let scenario = scenarier.get(forsok.scenarioId);
		if (!scenario) {
			scenario = lasScenarioFil(scenarioSokvag(forsok.scenarioId, rot));
			scenarier.set(forsok.scenarioId, scenario);
		}
		kontrolleraVersion(forsok, scenario, vag);
		const r = grade(scenario, handelserUr(forsok));
		const felRegler = [...new Set(r.fynd.filter((f) => f.status === 'fel').map((f) => f.regelId))];
		return [
			elev,
			forsok.scenarioId,
			forsok.scenarioVersion,
			lageFor(forsok),
			r.godkand ? 'godkänd' : 'inte godkänd',
			r.poang,
			r.maxPoang,
			r.andel.toFixed(3),
			felRegler.join(' ')
		]
			.map(falt)
			.join(',');
	};
	for (const namn of filer) {
		const vag = join(mapp, namn);
		try {
			const bytes = lasFil(vag);
			const text = forsokText(bytes, vag);
			// a cheap look first: parsing every attempt twice would cost a folder of thousands
			const data = text.includes('lss-ovning-framsteg') ? JSON.parse(text) : undefined;
			if (arFramstegsfil(data)) {
				const framsteg = lasFramstegData(data, vag);
				framsteg.forsok.forEach((f, i) => {
					const kalla = `${vag}: forsok[${i}]`;
					try {
						rader.push(rad(f, kalla, framsteg.profil?.namn ?? ''));
					} catch (e) {
						fel.push(felrad(e, kalla));
					}
				});
				continue;
			}
			const stor = forStorFil(bytes.length, vag);
			if (stor) throw new IndataFel(stor);
			const forsok = lasForsok(text, vag);
			rader.push(rad(forsok, vag, forsok.profil?.namn ?? ''));
		} catch (e) {
			fel.push(felrad(e, vag));
		}
	}
	return { csv: rader.join('\n') + '\n', fel };
}
