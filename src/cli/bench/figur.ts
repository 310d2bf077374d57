/**
 * The benchmark's figures: one measured value (or a median and p95 over repeated runs), its
 * baseline measured in the same run, and its goal. `npm run bench` prints them as lines;
 * `--json` prints the same figures as one object keyed by figure id.
 */

export interface Matning {
	median: number;
	p95: number;
	antal: number;
}

/** A goal: what it asks, in words, and whether this run met it. */
export interface Mal {
	text: string;
	uppfyllt: boolean;
}

export interface Figur {
	/** The JSON key: lowercase, `_`-separated, unit last (`kundsok_efternamn_node_ms`). */
	id: string;
	/** The printed name, in Swedish. */
	namn: string;
	enhet: 'ms' | 'KB';
	/** Repeated runs give a median and p95; a one-off figure (bytes, a single long run) a number. */
	varde: Matning | number;
	/** The same thing done the naive way, or the floor it cannot beat, measured in this run. */
	baslinje?: { namn: string; varde: Matning | number };
	mal?: Mal;
	/** What the figure covers (counts, sizes): printed in brackets. */
	not?: string;
}

/** Median and 95th percentile (nearest rank) of durations in ms. */
export function statistik(tider: readonly number[]): Matning {
	if (tider.length === 0) throw new Error('statistik: inga mätningar');
	const s = [...tider].sort((a, b) => a - b);
	const rang = (p: number) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
	return { median: rang(0.5), p95: rang(0.95), antal: s.length };
}

/**
 * Times `kor(i)` for i = 0…antal-1 after a few unmeasured warm-up calls (JIT, caches), so the
 * figure is the steady state a trainee sees after the first click.
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

/** The time of one call, in ms. */
export async function tid(kor: () => unknown | Promise<unknown>): Promise<number> {
	const t = performance.now();
	await kor();
	return performance.now() - t;
}

/** The value a goal is checked against: p95 for repeated runs, else the number. */
export function p95(v: Matning | number): number {
	return typeof v === 'number' ? v : v.p95;
}

export function median(v: Matning | number): number {
	return typeof v === 'number' ? v : v.median;
}

/** A ceiling goal: the figure's p95 (or value) at most `grans`. */
export function hogst(v: Matning | number, grans: number, enhet: string): Mal {
	const ord = typeof v === 'number' ? '' : 'p95 ';
	return { text: `${ord}≤ ${grans} ${enhet}`, uppfyllt: p95(v) <= grans };
}

/** Both goals must hold; their words joined. */
export function bada(a: Mal, b: Mal): Mal {
	return { text: `${a.text} och ${b.text}`, uppfyllt: a.uppfyllt && b.uppfyllt };
}

/** How many times faster the figure is than its baseline, by median. */
export function kvot(f: Figur): number | undefined {
	if (!f.baslinje) return undefined;
	const m = median(f.varde);
	return m > 0 ? median(f.baslinje.varde) / m : Infinity;
}

const tal = (x: number, enhet: string) =>
	`${x.toFixed(enhet === 'KB' ? 1 : x < 10 ? 2 : x < 100 ? 1 : 0)} ${enhet}`;

function varde(v: Matning | number, enhet: string): string {
	return typeof v === 'number'
		? tal(v, enhet)
		: `median ${tal(v.median, enhet)}, p95 ${tal(v.p95, enhet)}`;
}

/** One printed line: the figure, its baseline, its goal and whether it was met. */
export function rad(f: Figur): string {
	const delar = [`${f.namn}: ${varde(f.varde, f.enhet)}`];
	if (f.not) delar[0] += ` (${f.not})`;
	if (f.baslinje) {
		const k = kvot(f);
		// a floor (an empty page) is faster than the figure: then say how many times the floor it is
		const ganger =
			k === undefined || !Number.isFinite(k)
				? ''
				: k >= 1
					? `, ${k.toFixed(1)}× snabbare`
					: `, ${(1 / k).toFixed(1)}× baslinjens tid`;
		delar.push(
			`baslinje ${f.baslinje.namn}: ${varde(f.baslinje.varde, f.enhet)}${f.enhet === 'ms' ? ganger : ''}`
		);
	}
	if (f.mal) delar.push(`mål ${f.mal.text} ${f.mal.uppfyllt ? '✓' : '✗ EJ UPPFYLLT'}`);
	return delar.join(' · ');
}

type JsonVarde = Record<string, number | string | boolean>;

function platta(v: Matning | number, prefix: string): JsonVarde {
	return typeof v === 'number'
		? { [`${prefix}varde`]: round(v) }
		: {
				[`${prefix}median`]: round(v.median),
				[`${prefix}p95`]: round(v.p95),
				[`${prefix}antal`]: v.antal
			};
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * One JSON object: each figure under its id, with its value (median/p95 or value), unit,
 * baseline (`baslinje_…`), goal text and `uppfyllt`, so a script can compare two runs.
 */
export function somJson(figurer: readonly Figur[]): Record<string, JsonVarde> {
	const ut: Record<string, JsonVarde> = {};
	for (const f of figurer) {
		if (ut[f.id]) throw new Error(`bench: figuren ${f.id} finns två gånger`);
		ut[f.id] = {
			enhet: f.enhet,
			...platta(f.varde, ''),
			...(f.baslinje
				? { baslinje: f.baslinje.namn, ...platta(f.baslinje.varde, 'baslinje_') }
				: {}),
			...(f.mal ? { mal: f.mal.text, uppfyllt: f.mal.uppfyllt } : {})
		};
	}
	return ut;
}
