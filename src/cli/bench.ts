/**
 * `npm run bench`: every speed figure of the app beside its baseline (measured in the same run)
 * and its goal, as medians and p95 over repeated runs. `npm run -s bench -- --json` prints the
 * same figures as one JSON object keyed by figure id; `--snabb` is a small run that only shows
 * the benchmark works (CI runs it; its figures are not comparable). Speed lives here and
 * nowhere in the tests, which never depend on how busy the machine is.
 */
import 'fake-indexeddb/auto';
import { fileURLToPath } from 'node:url';
import { lasAlternativ, type BenchAlternativ } from './bench/alternativ';
import { rad, somJson, type Figur } from './bench/figur';
import { matKundsok } from './bench/kundsok';
import { matRattning } from './bench/rattning';
import { matRutter } from './bench/rutter';
import { matSparning } from './bench/sparning';
import { matVerkstad } from './bench/verkstad';

/** Each part of the benchmark, in the order printed. */
export const DELAR: { id: string; namn: string; mat: (o: BenchAlternativ) => Promise<Figur[]> }[] =
	[
		{ id: 'sidor', namn: 'sidor', mat: matRutter },
		{ id: 'kundsok', namn: 'kundsök', mat: matKundsok },
		{ id: 'sparning', namn: 'sparning och uppspelning', mat: matSparning },
		{ id: 'rattning', namn: 'rättning', mat: matRattning },
		{ id: 'verkstad', namn: 'Scenarioverkstad', mat: matVerkstad }
	];

export async function main(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<Figur[]> {
	const o = lasAlternativ(argv, env);
	const json = argv.includes('--json');
	const okanda = o.bara.filter((b) => !DELAR.some((d) => d.id === b));
	if (okanda.length > 0)
		throw new Error(
			`bench: okänd del ${okanda.join(', ')}; delarna är ${DELAR.map((d) => d.id).join(', ')}`
		);
	const figurer: Figur[] = [];
	for (const del of DELAR.filter((d) => o.bara.length === 0 || o.bara.includes(d.id))) {
		const nya = await del.mat(o);
		if (!json) for (const f of nya) console.log(rad(f));
		figurer.push(...nya);
	}
	const ej = figurer.filter((f) => f.mal && !f.mal.uppfyllt);
	if (json) console.log(JSON.stringify(somJson(figurer), null, '\t'));
	else
		console.log(
			ej.length === 0
				? `Alla ${figurer.filter((f) => f.mal).length} mål uppfyllda.`
				: `${ej.length} mål ej uppfyllda: ${ej.map((f) => f.namn).join('; ')}`
		);
	return figurer;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
	await main(process.argv.slice(2), process.env);
}
