/** How much the benchmark runs: `BENCH_VARV` repetitions; `--snabb` a small run that checks it works. */
export interface BenchAlternativ {
	/** Repetitions of each repeated measurement (p95 needs at least 20 to mean anything). */
	varv: number;
	/** Browser page loads per route and visit kind. */
	sidladdningar: number;
	/** A smoke run: fewer repetitions, smaller folders and event counts; figures not comparable. */
	snabb: boolean;
	/** `--bara=sidor,kundsok`: only these parts (by id); all when empty. */
	bara: string[];
}

export function lasAlternativ(argv: readonly string[], env: NodeJS.ProcessEnv): BenchAlternativ {
	const snabb = argv.includes('--snabb');
	const varv = Number(env.BENCH_VARV) || (snabb ? 20 : 200);
	const bara = argv
		.filter((a) => a.startsWith('--bara='))
		.flatMap((a) => a.slice('--bara='.length).split(','))
		.filter(Boolean);
	return { varv, sidladdningar: snabb ? 2 : 10, snabb, bara };
}
