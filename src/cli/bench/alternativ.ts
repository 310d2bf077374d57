/** How much the benchmark runs: `BENCH_VARV` repetitions; `--snabb` a small run that checks it works. */
export interface BenchAlternativ {
	/** Repetitions of each repeated measurement (p95 needs at least 20 to mean anything). */
	varv: number;
	/** Browser page loads per route and visit kind. */
	sidladdningar: number;
	/** A smoke run: fewer repetitions, smaller folders and event counts; figures not comparable. */
	snabb: boolean;
}

export function lasAlternativ(argv: readonly string[], env: NodeJS.ProcessEnv): BenchAlternativ {
	const snabb = argv.includes('--snabb');
	const varv = Number(env.BENCH_VARV) || (snabb ? 20 : 200);
	return { varv, sidladdningar: snabb ? 2 : 10, snabb };
}
