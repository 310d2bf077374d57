import type { Lage } from './lage';

/*
 * A group's results (Gruppens resultat, and `npm run -s grade -- --all`): one graded attempt per
 * row, the CSV both print, the table trainee × exercise and the rules most often wrong. Pure, so
 * the CLI, the page and the tests share one definition of every row.
 */

/** A finding that came out Fel, as the rules table needs it. */
export interface FelFynd {
	regelId: string;
	/** What the rule says, in plain words (the finding's text). */
	vad: string;
	avsnitt: string;
	manualcitat?: string;
}

/** One attempt, graded: everything a row of either table and of the CSV needs. */
export interface RattatForsok {
	/** The profile's name, '' without one. */
	elev: string;
	ovning: string;
	titel: string;
	version: number;
	lage: Lage;
	godkand: boolean;
	poang: number;
	maxPoang: number;
	andel: number;
	/** The rules.md ids that came out Fel, each once, in the report's order. */
	felRegler: string[];
	fel: FelFynd[];
	/** ISO timestamps from the file. */
	startad: string;
	inlamnad?: string;
	/** The file (and `forsok[i]` in a progress file) it came from. */
	kalla: string;
}

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
export function csvFalt(v: string | number): string {
	const s = String(v);
	return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Lines of fields as CSV text, each line ended by a line break. */
export function csvText(rader: readonly (readonly (string | number)[])[]): string {
	return rader.map((r) => r.map(csvFalt).join(',')).join('\n') + '\n';
}

/** An attempt's CSV fields, in KOLUMNER's order: what `grade --all` prints. */
export function csvFalten(r: RattatForsok): (string | number)[] {
	return [
		r.elev,
		r.ovning,
		r.version,
		r.lage,
		r.godkand ? 'godkänd' : 'inte godkänd',
		r.poang,
		r.maxPoang,
		r.andel.toFixed(3),
		r.felRegler.join(' ')
	];
}

/** The per-attempt CSV, header first. */
export function forsokCsv(rader: readonly RattatForsok[]): string {
	return csvText([[...KOLUMNER], ...rader.map(csvFalten)]);
}

/** When the attempt was handed in, or started when it never was. */
export function forsoketsDatum(r: Pick<RattatForsok, 'startad' | 'inlamnad'>): string {
	return r.inlamnad ?? r.startad;
}

/** One attempt is the same attempt however often its file is read: who, what, when started, how. */
export function forsoksNyckel(r: RattatForsok): string {
	return [r.elev.toLocaleLowerCase('sv'), r.ovning, r.startad, r.lage].join('\u0000');
}

/** The group after more files: an attempt read again replaces itself, so nothing doubles. */
export function slaIhop(
	forra: readonly RattatForsok[],
	nya: readonly RattatForsok[]
): RattatForsok[] {
	const ut = new Map(forra.map((r) => [forsoksNyckel(r), r]));
	for (const r of nya) ut.set(forsoksNyckel(r), r);
	return [...ut.values()];
}

/** One row of the table trainee × exercise. */
export interface ElevOvning {
	elev: string;
	ovning: string;
	titel: string;
	/** The attempt the row shows: the latest Prov, or without a Prov the latest attempt. */
	visad: RattatForsok;
	/** Every attempt, latest first. */
	alla: RattatForsok[];
}

/**
 * The table trainee × exercise. Visa attempts are left out: the app played the facit, nothing
 * the trainee did is graded. A trainee's row for an exercise shows the latest Prov, since Prov is
 * what the course counts; without one, the latest attempt of any other way.
 */
export function elevTabell(rader: readonly RattatForsok[]): ElevOvning[] {
	const grupper = new Map<string, RattatForsok[]>();
	for (const r of rader) {
		if (r.lage === 'visa') continue;
		const nyckel = `${r.elev.toLocaleLowerCase('sv')}\u0000${r.ovning}`;
		const g = grupper.get(nyckel);
		if (g) g.push(r);
		else grupper.set(nyckel, [r]);
	}
	const senastForst = (a: RattatForsok, b: RattatForsok) =>
		forsoketsDatum(b).localeCompare(forsoketsDatum(a));
	return [...grupper.values()]
		.map((alla) => {
			alla.sort(senastForst);
			const visad = alla.find((r) => r.lage === 'prov') ?? alla[0];
			return { elev: visad.elev, ovning: visad.ovning, titel: visad.titel, visad, alla };
		})
		.sort(
			(a, b) =>
				a.elev.localeCompare(b.elev, 'sv') ||
				a.titel.localeCompare(b.titel, 'sv') ||
				a.ovning.localeCompare(b.ovning)
		);
}

/** One row of the rules most often wrong. */
export interface VanligtFel extends FelFynd {
	/** How many trainees got it wrong at least once. */
	elever: number;
	/** How many attempts got it wrong. */
	forsok: number;
}

/**
 * The rules most often wrong across the group, by how many trainees got them wrong, then by how
 * many attempts, then by rule id. A rule is its id and its text: ids repeat with other words.
 * Visa attempts are left out, as in the table.
 */
export function vanligasteFel(rader: readonly RattatForsok[]): VanligtFel[] {
	const ut = new Map<string, VanligtFel & { namn: Set<string> }>();
	for (const r of rader) {
		if (r.lage === 'visa') continue;
		const sedda = new Set<string>();
		for (const f of r.fel) {
			const nyckel = `${f.regelId}\u0000${f.vad}`;
			// a rule checked twice in one attempt is one attempt wrong
			if (sedda.has(nyckel)) continue;
			sedda.add(nyckel);
			let v = ut.get(nyckel);
			if (!v) {
				v = { ...f, elever: 0, forsok: 0, namn: new Set() };
				ut.set(nyckel, v);
			}
			v.forsok++;
			v.namn.add(r.elev.toLocaleLowerCase('sv'));
		}
	}
	return [...ut.values()]
		.map(({ namn, ...v }) => ({ ...v, elever: namn.size }))
		.sort(
			(a, b) =>
				b.elever - a.elever ||
				b.forsok - a.forsok ||
				a.regelId.localeCompare(b.regelId, 'sv', { numeric: true }) ||
				a.vad.localeCompare(b.vad, 'sv')
		);
}

export const FELKOLUMNER = ['regel', 'vad', 'avsnitt', 'elever', 'forsok'] as const;

/** The rules table as CSV, header first. */
export function felCsv(fel: readonly VanligtFel[]): string {
	return csvText([
		[...FELKOLUMNER],
		...fel.map((f) => [f.regelId, f.vad, f.avsnitt, f.elever, f.forsok])
	]);
}
