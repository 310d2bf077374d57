/**
 * Save → screen and replay cost: the path a command takes in the app (decided by the domain,
 * its events stamped as stored, the new state projected) at attempts of growing length, beside
 * the same save with every event replayed (as before issue 11); and a full replay and grade()
 * of long attempts of beslut and beställningar, which must grow linearly with the events.
 */
import type { BeslutUtkast } from '../../lib/domain/beslut-kommandon';
import { grade } from '../../lib/domain/grading/motor';
import type { Handelse, LagradHandelse } from '../../lib/domain/handelser';
import { utfor, type Kommando } from '../../lib/domain/kommandon';
import { projicera } from '../../lib/domain/projektion';
import { beslutOchBestallningar } from '../../lib/domain/testdata-handelser';
import type { Scenario } from '../../lib/schemas/scenario';
import { forsokslage, medNya, type Forsokslage } from '../../lib/state/forsokslage';
import type { BenchAlternativ } from './alternativ';
import { hogst, mat, median, statistik, tid, type Figur, type Matning, type Mal } from './figur';
import { committadeForsok } from './rattning';

const TID = '2025-01-01T00:00:00.000Z';

const lagrade = (handelser: readonly Handelse[], efter = 0): LagradHandelse[] =>
	handelser.map((h, i) => ({ ...h, seq: efter + i + 1, tid: TID }));

const tal = (n: number) => n.toLocaleString('sv-SE');

/** The committed attempt the long ones are made of: the first with a beslut and a beställning. */
function mall(): { scenario: Scenario; handelser: Handelse[]; fil: string } {
	const f = committadeForsok().find(
		(x) =>
			x.handelser.some((h) => h.typ === 'BeslutSparade') &&
			x.handelser.some((h) => h.typ === 'BestallningSparad')
	);
	if (!f) throw new Error('bench: inget inlämnat försök med beslut och beställning');
	return f;
}

/** Spara in the Beslut tab with one more beslut like the attempt's own, in the same utredning. */
function nyttBeslut(handelser: readonly Handelse[]): Kommando {
	const h = handelser.find((x) => x.typ === 'BeslutSparade');
	if (h?.typ !== 'BeslutSparade') throw new Error('bench: inget beslut i mallen');
	const b = h.beslut[0];
	const utkast: BeslutUtkast = {
		insatskategori: b.insatskategori,
		beslut: b.beslut,
		beslutsdatum: b.beslutsdatum,
		fran: b.fran,
		till: b.till ?? '',
		beslutsfattare: b.beslutsfattare,
		organisation: b.organisation,
		personkrets: b.personkrets ?? '',
		niva: b.niva ?? '',
		timmar: '',
		period: '',
		utredningAvslutas: false
	};
	return { typ: 'sparaBeslut', pnr: b.pnr, utredningId: b.utredningId, utkast: [utkast] };
}

/**
 * One save as ForsokState makes it, but for the write to IndexedDB: the command copied out of
 * the form ($state.snapshot), decided on the last state, its events numbered as stored, and
 * the state after them (`projicera`: the new one; `full`: every event replayed).
 */
function spara(lage: Forsokslage, k: Kommando, full: boolean): Forsokslage {
	const kopia = structuredClone(k);
	const utfall = utfor(lage.state, kopia, { iRegistret: () => false });
	if (!utfall.ok) throw new Error(`bench: kommandot nekades: ${utfall.fel}`);
	const nya = lagrade(utfall.handelser, lage.handelser.at(-1)?.seq ?? 0);
	return full ? forsokslage(lage.start, lage.idag, [...lage.handelser, ...nya]) : medNya(lage, nya);
}

/** The goal of the largest attempt: its time per event at most twice that of one tenth of it. */
function linjart(v: Matning, tiondel: { n: number; v: Matning }): Mal {
	return {
		text: `linjärt: median ≤ 2 × 10 × medianen vid ${tal(tiondel.n)}`,
		uppfyllt: median(v) <= 2 * 10 * median(tiondel.v)
	};
}

/**
 * Like `mat` for several runs at once, taken in turn (one of each, then again), so a machine
 * busy for a while, or a heap left full by the run before, weighs on every length alike: the
 * linear goal compares lengths, not moments.
 */
async function matOmvart(antal: number, korningar: (() => unknown)[]): Promise<Matning[]> {
	for (let i = 0; i < 10; i++) for (const k of korningar) k();
	const tider = korningar.map((): number[] => []);
	for (let i = 0; i < antal; i++)
		for (const [j, k] of korningar.entries()) tider[j].push(await tid(k));
	return tider.map((t) => statistik(t));
}

const tiofaldig = (v: Matning): Matning => ({ ...v, median: 10 * v.median, p95: 10 * v.p95 });

export async function matSparning(o: BenchAlternativ): Promise<Figur[]> {
	const { scenario, handelser: forlaga, fil } = mall();
	const kalla = fil.split('/scenarios/').at(-1) ?? fil;
	const kommando = nyttBeslut(forlaga);
	const figurer: Figur[] = [];

	const sparningar = o.snabb ? [25, 250] : [25, 250, 2500];
	for (const n of sparningar) {
		const lage = forsokslage(
			scenario.start,
			scenario.idag,
			lagrade(beslutOchBestallningar(forlaga, n))
		);
		// each save is made on the same n-event attempt: the figure is the (n+1)th save
		const ny = await mat(o.varv, () => spara(lage, kommando, false));
		const full = await mat(o.varv, () => spara(lage, kommando, true));
		const storst = n === sparningar.at(-1);
		figurer.push({
			id: `sparning_${n}_handelser_ms`,
			namn: `sparning → nytt läge, ${tal(n)} händelser (Node, utan IndexedDB)`,
			enhet: 'ms',
			varde: ny,
			baslinje: { namn: 'samma sparning, alla händelser uppspelade', varde: full },
			...(storst ? { mal: hogst(ny, 50, 'ms') } : {}),
			not: `Spara beslut; försök av beslut och beställningar ur ${kalla}`
		});
	}

	const langder = o.snabb ? [10, 100, 1000] : [10, 100, 1000, 10000];
	const forsok = langder.map((n) => beslutOchBestallningar(forlaga, n));
	const matt = (v: Matning[]) => v.map((x, i) => ({ n: langder[i], v: x }));
	const uppspelning = matt(
		await matOmvart(
			o.varv,
			forsok.map((h) => () => projicera(scenario.start, h, scenario.idag))
		)
	);
	const rattning = matt(
		await matOmvart(
			o.varv,
			forsok.map((h) => () => grade(scenario, h))
		)
	);
	const serie = (matt: { n: number; v: Matning }[], prefix: string, vad: string): Figur[] =>
		matt.map(({ n, v }, i) => {
			const tiondel = i === matt.length - 1 && i > 0 ? matt[i - 1] : undefined;
			return {
				id: `${prefix}_${n}_handelser_ms`,
				namn: `${vad}, ${tal(n)} händelser`,
				enhet: 'ms',
				varde: v,
				...(tiondel
					? {
							baslinje: { namn: `10 × tiden vid ${tal(tiondel.n)}`, varde: tiofaldig(tiondel.v) },
							mal: linjart(v, tiondel)
						}
					: {}),
				not: 'beslut och beställningar'
			};
		});
	figurer.push(...serie(uppspelning, 'uppspelning', 'uppspelning (projicera)'));
	figurer.push(...serie(rattning, 'rattning', 'rättning (grade)'));
	return figurer;
}
