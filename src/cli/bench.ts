/**
 * `npm run bench`: how fast kundsök answers with the WHOLE test list in the register
 * (21,726 people on fake-indexeddb, which is slower than a browser's IndexedDB, so real
 * figures are better than these). Prints one plain line per measurement.
 */
import 'fake-indexeddb/auto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tolkaSokning, type SokFraga, type SokForm } from '../lib/domain/kundsok';
import type { Person } from '../lib/domain/model';
import { forberedVarld, oppnaDb, sokKunder } from '../lib/db';
import { genereraVarld } from '../lib/world/generera';
import { lasPnrLista } from '../lib/world/pnr-lista';
import { Slump } from '../lib/world/prng';
import { lasAllaScenarier } from '../lib/content/fs';
import { grade } from '../lib/domain/grading/motor';
import type { Handelse } from '../lib/domain/handelser';
import { handelserUr, lasForsok } from '../lib/schemas/forsok';
import type { Scenario } from '../lib/schemas/scenario';

/** Every committed attempt under scenarios/<id>/attempts, with its scenario. */
function committadeForsok(): { scenario: Scenario; handelser: Handelse[] }[] {
	const rot = join(dirname(fileURLToPath(import.meta.url)), '../../scenarios');
	return lasAllaScenarier(rot).flatMap((scenario) => {
		const mapp = join(rot, scenario.id, 'attempts');
		// A scenario not yet recorded has no attempts/ (its facit is walked in the e2e suite)
		if (!existsSync(mapp)) return [];
		return readdirSync(mapp)
			.filter((f) => /^(pass|fail)-.*(?<!\.expect)\.json$/.test(f))
			.map((f) => {
				const fil = join(mapp, f);
				return { scenario, handelser: handelserUr(lasForsok(readFileSync(fil, 'utf8'), fil)) };
			});
	});
}

export interface Matning {
	median: number;
	p95: number;
	antal: number;
}

/** Median and 95th percentile (nearest rank) of durations in ms. */
export function statistik(tider: readonly number[]): Matning {
	const s = [...tider].sort((a, b) => a - b);
	const rang = (p: number) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
	return { median: rang(0.5), p95: rang(0.95), antal: s.length };
}

/**
 * Times `kor(i)` for i = 0…antal-1 after a few unmeasured warm-up calls. Exported so other
 * measurements (grading) can reuse it.
 */
export async function mat(
	antal: number,
	kor: (i: number) => unknown | Promise<unknown>,
	uppvarmning = 10
): Promise<Matning> {
	for (let i = 0; i < uppvarmning; i++) await kor(i);
	const tider: number[] = [];
	for (let i = 0; i < antal; i++) {
		const t = performance.now();
		await kor(i);
		tider.push(performance.now() - t);
	}
	return statistik(tider);
}

const ms = (x: number) => `${x.toFixed(2)} ms`;

/** One printed line: `namn: median 0.21 ms, p95 0.40 ms (tillägg)`. */
export function rad(namn: string, m: Matning, tillagg: string): string {
	return `${namn}: median ${ms(m.median)}, p95 ${ms(m.p95)} (${tillagg})`;
}

/** The search string a trainee would type for `p` in each form. */
function sokText(p: Person, form: SokForm): string {
	switch (form) {
		case 'personnummer':
			return p.pnr;
		case 'sexSiffror':
			return `${p.pnr.slice(2, 8)}*`;
		case 'helaNamnet':
			return `${p.efternamn} ${p.fornamn}`;
		case 'fornamn':
			return `*${p.fornamn.split(' ')[0]}`;
		case 'efternamn':
			return `${p.efternamn.slice(0, 4)}*`;
	}
}

const FORMER: SokForm[] = ['personnummer', 'sexSiffror', 'helaNamnet', 'fornamn', 'efternamn'];

async function main(): Promise<void> {
	const varv = Number(process.env.BENCH_VARV ?? 200);
	const har = dirname(fileURLToPath(import.meta.url));
	const alla = lasPnrLista(readFileSync(join(har, '../lib/world/testpersonnummer.txt'), 'utf8'));

	let t = performance.now();
	const varld = genereraVarld(alla, { antalKir: 0 });
	console.log(
		`generering av världen: ${ms(performance.now() - t)} (${varld.kunder.length} personer)`
	);

	const db = oppnaDb(`lss-bench-${process.pid}`);
	t = performance.now();
	await forberedVarld(db, { pnrs: alla, antalKir: 0 });
	const antal = await db.kunder.count();
	console.log(
		`seedning (generering + skrivning): ${ms(performance.now() - t)} (${antal} personer)`
	);

	const slump = new Slump(1);
	const urval = Array.from({ length: varv + 10 }, () => slump.valj(varld.kunder));
	for (const form of FORMER) {
		const fragor: SokFraga[] = urval.map((p) => {
			const tolkad = tolkaSokning(sokText(p, form), p.pnr.slice(0, 2) as '19' | '20');
			if (!tolkad.ok || tolkad.fraga.form !== form) throw new Error(`${form}: ${sokText(p, form)}`);
			return tolkad.fraga;
		});
		let traffar = 0;
		const m = await mat(varv, async (i) => {
			traffar += (await sokKunder(db, fragor[i], [])).length;
		});
		const snitt = traffar / (varv + 10);
		console.log(
			rad(`kundsök ${form}`, m, `${antal} personer, i snitt ${snitt.toFixed(1)} träffar`)
		);
	}

	// Grading: every committed attempt, with the rule cache warm (the same scenario object, as in
	// the browser) and cold (a fresh object each time, so the rules are built and checked anew).
	const forsok = committadeForsok();
	const varm = await mat(varv, (i) => {
		const f = forsok[i % forsok.length];
		return grade(f.scenario, f.handelser);
	});
	console.log(
		rad('rättning, ett försök', varm, `${forsok.length} inlämnade försök i tur och ordning`)
	);
	const kall = await mat(varv, (i) => {
		const f = forsok[i % forsok.length];
		return grade({ ...f.scenario }, f.handelser);
	});
	console.log(rad('rättning, ett försök utan regelcache', kall, 'reglerna byggs och kontrolleras'));

	await db.delete();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
	await main();
}
