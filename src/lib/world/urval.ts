import type { Personnummer } from '../domain/personnummer';
import { Slump } from './prng';
import { arMan, fodelsear, sexSiffror } from './pnr-lista';

/** What the app ships of the 21,726 test numbers: the world, the twins and the reserve. */
export interface Urval {
	/** Everyone the default world generates (register and KIR), sorted. */
	varld: Personnummer[];
	/** Pairs [19…, 20…] with the same `YYMMDD`, both in `varld` (rule S2). */
	tvillingar: [Personnummer, Personnummer][];
	/** Numbers the world never uses, for scenarios' own people; sorted. */
	reserverade: Personnummer[];
}

interface Kvot {
	fran: number;
	till: number;
	antal: number;
}

/**
 * Age bands of the default world. LSS customers are children and adults of working age; the
 * oldest band gives the parents and the very old that a century mistake can hit.
 */
const VARLD_KVOTER: Kvot[] = [
	{ fran: 1920, till: 1939, antal: 60 },
	{ fran: 1940, till: 1968, antal: 350 },
	{ fran: 1969, till: 1989, antal: 150 },
	{ fran: 1990, till: 2006, antal: 600 },
	{ fran: 2007, till: 2023, antal: 500 }
];

/** Reserved bands: children born 2008–2020 and adults 1950–2000, spread over the years. */
const RESERV_KVOTER: Kvot[] = [
	{ fran: 2008, till: 2012, antal: 10 },
	{ fran: 2013, till: 2016, antal: 15 },
	{ fran: 2017, till: 2020, antal: 15 },
	{ fran: 1950, till: 1959, antal: 8 },
	{ fran: 1960, till: 1968, antal: 8 },
	{ fran: 1970, till: 1989, antal: 8 },
	{ fran: 1990, till: 2000, antal: 16 }
];

export const URVAL_SEED = 0x15505;
export const ANTAL_TVILLINGPAR = 4;

const annatArhundrade = (pnr: Personnummer) => (pnr.startsWith('19') ? '20' : '19');

/**
 * Picks the shipped subset from the full list, deterministically. Besides the designated twins,
 * no two chosen people (world or reserve) share `YYMMDD` across centuries, so a six-digit search
 * with the wrong century finds nobody unless the scenario means it to find a twin.
 */
export function valjUrval(alla: readonly Personnummer[], seed = URVAL_SEED): Urval {
	const slump = new Slump(seed);
	const unika = [...new Set(alla)].sort();
	const tvillingar = valjTvillingar(unika, slump);
	const tagna = new Set<Personnummer>(tvillingar.flat());
	// first 8 digits (century + YYMMDD) of everyone taken, to refuse accidental lookalikes
	const datum = new Set([...tagna].map((p) => p.slice(0, 8)));
	const kanTa = (p: Personnummer) =>
		!tagna.has(p) && !datum.has(annatArhundrade(p) + sexSiffror(p));
	const ta = (kvoter: Kvot[]) => {
		const valda: Personnummer[] = [];
		for (const k of kvoter) {
			const kandidater = slump.blanda(
				unika.filter((p) => fodelsear(p) >= k.fran && fodelsear(p) <= k.till)
			);
			let n = 0;
			for (const p of kandidater) {
				if (n >= k.antal) break;
				if (!kanTa(p)) continue;
				tagna.add(p);
				datum.add(p.slice(0, 8));
				valda.push(p);
				n++;
			}
		}
		return valda;
	};
	const varld = [...tvillingar.flat(), ...ta(VARLD_KVOTER)].sort();
	const reserverade = ta(RESERV_KVOTER).sort();
	return { varld, tvillingar, reserverade };
}

/**
 * Twins a century apart: one born 1920–1923 and one 2020–2023 on the same `YYMMDD`, of the same
 * sex so they can share a name. Only dates with exactly one number in each century qualify.
 */
function valjTvillingar(
	unika: readonly Personnummer[],
	slump: Slump
): [Personnummer, Personnummer][] {
	const perNyckel = new Map<string, { s19: Personnummer[]; s20: Personnummer[] }>();
	for (const p of unika) {
		const ar = fodelsear(p);
		if (!((ar >= 1920 && ar <= 1923) || (ar >= 2020 && ar <= 2023))) continue;
		const k = sexSiffror(p);
		const post = perNyckel.get(k) ?? { s19: [], s20: [] };
		(p.startsWith('19') ? post.s19 : post.s20).push(p);
		perNyckel.set(k, post);
	}
	const par: [Personnummer, Personnummer][] = [];
	for (const { s19, s20 } of perNyckel.values()) {
		if (s19.length === 1 && s20.length === 1 && arMan(s19[0]) === arMan(s20[0])) {
			par.push([s19[0], s20[0]]);
		}
	}
	par.sort((a, b) => a[0].localeCompare(b[0]));
	return slump
		.blanda(par)
		.slice(0, ANTAL_TVILLINGPAR)
		.sort((a, b) => a[0].localeCompare(b[0]));
}
