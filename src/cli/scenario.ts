/**
 * The trainer's tool for a scenario folder: `npm run scenario -- <kommando> [id eller mapp …]`.
 *
 *   check   Loads each scenario, builds and checks its rules, reads its facit and variants,
 *           grades every recorded attempt, then plays the facit and every unrecorded variant in
 *           Chromium (tests/e2e/facit.spec.ts) and grades them. `--utan-webblasare` stops
 *           before the browser. Every problem names the file and the field, step or attempt.
 *   record  Plays the facit and every variant in Chromium and writes `attempts/`.
 *   lediga  Lists the reserved personnummer no scenario uses yet, with age and sex.
 *
 * No ids: every scenario. Exit 0: all fine; 1: a problem was found; 2: bad input.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { anvandaPnr, kontrolleraMapp, scenarioMappar } from '../lib/content/kontroll';
import { arMan } from '../lib/world/pnr-lista';
import { RESERVERADE_PNR } from '../lib/world/reserverade-pnr';

const ROT = 'scenarios';
const ANVANDNING =
	'Användning: npm run scenario -- check [--utan-webblasare] [id eller mapp …]\n' +
	'           npm run scenario -- record [id eller mapp …]\n' +
	'           npm run scenario -- lediga';

/** The scenario folder for an id or a path. */
function mappFor(arg: string): string {
	const mapp = existsSync(arg) && statSync(arg).isDirectory() ? arg : join(ROT, arg);
	if (!existsSync(join(mapp, 'index.md')))
		throw new Error(`${arg}: ingen scenariomapp (ingen index.md i ${mapp}).`);
	return mapp;
}

/** The app (and so the browser) only reaches folders directly under scenarios/. */
function iAppen(mapp: string): string | null {
	return resolve(mapp, '..') === resolve(ROT)
		? null
		: `${mapp}: mappen ska ligga direkt under ${ROT}/ för att spelas i webbläsaren (check --utan-webblasare går överallt).`;
}

/** Plays the named scenarios in Chromium; the exit status of Playwright. */
function spela(ids: string[], spelaIn: boolean): number {
	const krom = spawnSync('sh', ['scripts/ensure-chromium.sh'], { stdio: 'inherit' });
	if (krom.status !== 0) return 1;
	const r = spawnSync('npx', ['playwright', 'test', 'tests/e2e/facit.spec.ts'], {
		stdio: 'inherit',
		env: {
			...process.env,
			E2E_EGEN_SERVER: '1',
			SCENARIO: ids.join(','),
			...(spelaIn ? { SPELA_IN: '1' } : {})
		}
	});
	return r.status ?? 1;
}

export function main(argv: string[]): number {
	const [kommando, ...resten] = argv;
	const utanWebblasare = resten.includes('--utan-webblasare');
	const args = resten.filter((a) => a !== '--utan-webblasare');
	if (kommando === 'lediga') {
		const anvanda = anvandaPnr(ROT);
		for (const p of RESERVERADE_PNR.filter((p) => !anvanda.has(p)))
			console.log(
				`${p}  ${arMan(p) ? 'man   ' : 'kvinna'}  född ${p.slice(0, 4)}-${p.slice(4, 6)}-${p.slice(6, 8)}`
			);
		return 0;
	}
	if (kommando !== 'check' && kommando !== 'record') {
		console.error(ANVANDNING);
		return 2;
	}
	let mappar: string[];
	try {
		mappar = args.length > 0 ? args.map(mappFor) : scenarioMappar(ROT);
	} catch (e) {
		console.error(e instanceof Error ? e.message : String(e));
		return 2;
	}
	const ids = mappar.map((m) => basename(m));
	const utanfor = mappar.map(iAppen).filter((x) => x !== null);
	if (utanfor.length > 0 && (kommando === 'record' || !utanWebblasare)) {
		for (const u of utanfor) console.error(u);
		return 2;
	}
	if (kommando === 'record') return spela(ids, true);

	let fel = 0;
	for (const mapp of mappar) {
		const k = kontrolleraMapp(mapp);
		fel += k.problem.length;
		for (const p of k.problem) console.log(p);
		const ej = k.ejInspelade.length > 0 ? `; ej inspelade: ${k.ejInspelade.join(', ')}` : '';
		console.log(
			`${basename(mapp)}: ${k.problem.length === 0 ? 'ok' : `${k.problem.length} problem`}${ej}`
		);
	}
	if (fel > 0) return 1;
	if (utanWebblasare) return 0;
	return spela(ids, false) === 0 ? 0 : 1;
}

if (process.argv[1]?.endsWith('scenario.ts')) process.exitCode = main(process.argv.slice(2));
