import type { Personnummer } from '../domain/personnummer';
import { arMan, fodelsear } from './pnr-lista';
import type { Slump } from './prng';

/** How the adults of a household are bound: decides civilstånd and the relation word. */
export type Band = 'gift' | 'sambo' | 'partner' | 'ensam' | 'skild';

/** A household before names and addresses: who lives together and how. */
export interface Hushallsgrupp {
	vuxna: Personnummer[];
	barn: Personnummer[];
	band: Band;
}

/** Ages are only for plausibility; a fixed year keeps the world the same every year. */
export const REFERENSAR = 2025;

/** Adults by sex and birth year, drawn from without putting back. */
class Pool {
	private perAr = new Map<string, Personnummer[]>();

	constructor(pnrs: readonly Personnummer[]) {
		for (const p of pnrs) {
			const k = `${arMan(p) ? 'm' : 'k'}${fodelsear(p)}`;
			const lista = this.perAr.get(k) ?? [];
			lista.push(p);
			this.perAr.set(k, lista);
		}
	}

	/** Someone born in [fran, till], of sex `man` when given; undefined when nobody is left. */
	ta(slump: Slump, fran: number, till: number, man?: boolean): Personnummer | undefined {
		const nycklar: string[] = [];
		for (const kon of man === undefined ? ['m', 'k'] : [man ? 'm' : 'k']) {
			for (let ar = fran; ar <= till; ar++) {
				if (this.perAr.get(`${kon}${ar}`)?.length) nycklar.push(`${kon}${ar}`);
			}
		}
		if (nycklar.length === 0) return undefined;
		return this.perAr.get(slump.valj(nycklar))!.pop();
	}

	/** Everyone not yet drawn. */
	kvar(): Personnummer[] {
		return [...this.perAr.values()].flat().sort();
	}
}

/**
 * Groups the register into households: children with one or two vårdnadshavare born 20–45
 * years before them, couples, and people living alone. Input order does not matter: it is
 * sorted first so the same list always gives the same households.
 */
export function byggHushall(pnrs: readonly Personnummer[], slump: Slump): Hushallsgrupp[] {
	const sorterade = [...pnrs].sort();
	const barn = slump.blanda(sorterade.filter((p) => fodelsear(p) > REFERENSAR - 18));
	const pool = new Pool(sorterade.filter((p) => fodelsear(p) <= REFERENSAR - 18));
	const grupper: Hushallsgrupp[] = [];

	for (let i = 0; i < barn.length;) {
		const storlek = slump.chans(0.6) ? 1 : slump.chans(0.75) ? 2 : 3;
		const syskon = barn.slice(i, i + storlek);
		i += storlek;
		const ar = syskon.map(fodelsear);
		const forst = pool.ta(slump, Math.max(...ar) - 45, Math.min(...ar) - 20);
		if (!forst) {
			grupper.push({ vuxna: [], barn: syskon, band: 'ensam' });
			continue;
		}
		const vuxna = [forst];
		if (slump.chans(0.65)) {
			const a = fodelsear(forst);
			const andra = pool.ta(
				slump,
				Math.max(a - 6, Math.max(...ar) - 45),
				Math.min(a + 6, Math.min(...ar) - 18),
				!arMan(forst)
			);
			if (andra) vuxna.push(andra);
		}
		const band: Band =
			vuxna.length === 2
				? slump.chans(0.6)
					? 'gift'
					: 'sambo'
				: slump.chans(0.5)
					? 'skild'
					: 'ensam';
		grupper.push({ vuxna, barn: syskon, band });
	}

	// couples without children at home: a third of the adults left over from 25 years up
	const kvar = slump.blanda(pool.kvar());
	const ensamma = new Pool(kvar);
	for (const p of kvar) {
		const mig = ensamma.ta(slump, fodelsear(p), fodelsear(p), arMan(p));
		if (!mig) continue; // already drawn as someone's partner
		if (fodelsear(mig) <= REFERENSAR - 25 && slump.chans(0.35)) {
			const samma = slump.chans(0.05);
			const a = fodelsear(mig);
			const partner = ensamma.ta(
				slump,
				a - 8,
				Math.min(a + 8, REFERENSAR - 20),
				samma === arMan(mig)
			);
			if (partner) {
				grupper.push({ vuxna: [mig, partner], barn: [], band: samma ? 'partner' : 'gift' });
				continue;
			}
		}
		grupper.push({ vuxna: [mig], barn: [], band: 'ensam' });
	}
	return grupper;
}
