/*
 * Grading a group's attempt files: what `npm run -s grade -- --all` and Gruppens resultat both
 * do with each file, so the two give the same rows for the same files and name the same
 * problems. Relative imports only: the CLI runs it without `.svelte-kit/`.
 */
import { grade } from '../domain/grading/motor';
import { lageFor } from '../domain/lage';
import type { RattatForsok } from '../domain/grupp';
import { handelserUr, lasForsok, type Forsok } from '../schemas/forsok';
import { arFramstegsfil, lasFramstegData } from '../schemas/framstegsfil';
import { forsokText, kontrolleraVersion } from '../schemas/forsokfil';
import { forStorFil, forStorFramstegsfil, kortaFellista } from '../schemas/granser';
import type { Scenario } from '../schemas/scenario';

/** A file's problem as a reader's own error: the CLI's IndataFel, one line, the file named. */
export class FilFel extends Error {}

/** One attempt read from a file, with where it came from and whose it is. */
export interface LastForsok {
	forsok: Forsok;
	/** The file, and `forsok[i]` for an attempt of a progress file. */
	kalla: string;
	elev: string;
}

/**
 * A file's attempts: one for an attempt file, every one of a progress file under the name it
 * carries. `data` is the bytes (the CLI) or the text a browser read; `storlek` its size in bytes.
 * Throws (ForsokFel, FilFel) naming `kalla` and what is wrong.
 */
export function lasForsoksfil(
	data: Uint8Array | string,
	storlek: number,
	kalla: string
): LastForsok[] {
	const storFramsteg = forStorFramstegsfil(storlek, kalla);
	if (storFramsteg) throw new FilFel(storFramsteg);
	const text = forsokText(data, kalla);
	// a cheap look first: parsing every attempt twice would cost a folder of thousands
	const json = text.includes('lss-ovning-framsteg') ? tolka(text) : undefined;
	if (arFramstegsfil(json)) {
		const framsteg = lasFramstegData(json, kalla);
		return framsteg.forsok.map((forsok, i) => ({
			forsok,
			kalla: `${kalla}: forsok[${i}]`,
			elev: framsteg.profil?.namn ?? ''
		}));
	}
	const stor = forStorFil(storlek, kalla);
	if (stor) throw new FilFel(stor);
	const forsok = lasForsok(text, kalla);
	return [{ forsok, kalla, elev: forsok.profil?.namn ?? '' }];
}

/** The JSON, or undefined when it is none: lasForsok then says where it breaks. */
function tolka(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		return undefined;
	}
}

/** Grades one attempt against its scenario; refuses one made on another version of it. */
export function rattaForsok(l: LastForsok, scenario: Scenario): RattatForsok {
	const { forsok } = l;
	kontrolleraVersion(forsok, scenario, l.kalla);
	const r = grade(scenario, handelserUr(forsok));
	const fel = r.fynd.filter((f) => f.status === 'fel');
	return {
		elev: l.elev,
		ovning: forsok.scenarioId,
		titel: scenario.title,
		version: forsok.scenarioVersion,
		lage: lageFor(forsok),
		godkand: r.godkand,
		poang: r.poang,
		maxPoang: r.maxPoang,
		andel: r.andel,
		felRegler: [...new Set(fel.map((f) => f.regelId))],
		fel: fel.map((f) => ({
			regelId: f.regelId,
			vad: f.vad,
			avsnitt: f.avsnitt,
			...(f.manualcitat ? { manualcitat: f.manualcitat } : {})
		})),
		startad: forsok.startad,
		...(forsok.inlamnad ? { inlamnad: forsok.inlamnad } : {}),
		kalla: l.kalla
	};
}

/** A problem as one line naming `kalla` (a reader's error lists its first problems). */
export function felrad(e: unknown, kalla: string): string {
	const rader = (e as { rader?: unknown } | null)?.rader;
	const rad =
		e instanceof Error && Array.isArray(rader)
			? kortaFellista(rader as string[]).join(' | ')
			: e instanceof Error
				? e.message
				: String(e);
	return rad.startsWith(kalla) ? rad : `${kalla}: ${rad}`;
}

/** A file to grade: its name and how to get its bytes or text (which may throw, naming it). */
export interface Forsoksfil {
	kalla: string;
	las(): { data: Uint8Array | string; storlek: number };
}

export interface Rattning {
	rader: RattatForsok[];
	/** One line per file or attempt that could not be graded, naming it. */
	fel: string[];
}

/**
 * Every file graded in the order given, each attempt against the scenario `scenarioFor` gives
 * (which throws, naming the id, for one not there); what cannot be read or graded is named and
 * the rest still are.
 */
export function rattaFiler(
	filer: Iterable<Forsoksfil>,
	scenarioFor: (id: string) => Scenario
): Rattning {
	const rader: RattatForsok[] = [];
	const fel: string[] = [];
	for (const fil of filer) {
		let lasta: LastForsok[];
		try {
			const { data, storlek } = fil.las();
			lasta = lasForsoksfil(data, storlek, fil.kalla);
		} catch (e) {
			fel.push(felrad(e, fil.kalla));
			continue;
		}
		for (const l of lasta) {
			try {
				rader.push(rattaForsok(l, scenarioFor(l.forsok.scenarioId)));
			} catch (e) {
				fel.push(felrad(e, l.kalla));
			}
		}
	}
	return { rader, fel };
}
