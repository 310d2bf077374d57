import { MANUALENS_AVSNITT } from './grading/avsnitt';
import type { Fynd, Rapport } from './grading/typer';
import type { Lage } from './lage';

/**
 * Framsteg: per section of the manual, the rules the trainee's Prov attempts have checked and
 * whether the latest Prov that checked each got it right. Pure, so the route shows it and a
 * test pins it.
 */

/** One rule's outcome in a graded Prov attempt, kept on the attempt's row. */
export interface RegelUtfall {
	/** The rules.md id (A3). */
	id: string;
	/** The manual section the rule belongs to. */
	avsnitt: string;
	/** What was checked, in plain words. */
	vad: string;
	ratt: boolean;
}

/**
 * A report's findings as rule outcomes. A rule that did not apply (ej bedömd) says nothing about
 * the trainee; the same rule checked twice with the same words is right only if both were.
 */
export function reglerUr(fynd: readonly Fynd[]): RegelUtfall[] {
	const ut = new Map<string, RegelUtfall>();
	for (const f of fynd) {
		if (f.status === 'ej-bedomd') continue;
		const nyckel = `${f.regelId}\u0000${f.vad}`;
		const ratt = f.status === 'ratt';
		const forra = ut.get(nyckel);
		if (forra) forra.ratt &&= ratt;
		else ut.set(nyckel, { id: f.regelId, avsnitt: f.avsnitt, vad: f.vad, ratt });
	}
	return [...ut.values()];
}

/** What an attempt's row keeps of its report: the verdict, and for a Prov each rule's outcome. */
export interface Resultat {
	godkand: boolean;
	andel: number;
	regler?: RegelUtfall[];
}

export function resultatAv(
	rapport: Pick<Rapport, 'godkand' | 'andel' | 'fynd'>,
	lage: Lage
): Resultat {
	return {
		godkand: rapport.godkand,
		andel: rapport.andel,
		...(lage === 'prov' ? { regler: reglerUr(rapport.fynd) } : {})
	};
}

/** True when `kept` already says what `nytt` says, so the report need not write it again. */
export function sammaResultat(kept: Resultat | undefined, nytt: Resultat): boolean {
	return JSON.stringify(kept ?? null) === JSON.stringify(nytt);
}

/** A handed-in Prov attempt as Framsteg reads it. */
export interface ProvForsok {
	scenarioId: string;
	/** ISO timestamp; the latest decides. */
	inlamnad: string;
	regler: readonly RegelUtfall[];
}

export interface FramstegRegel extends RegelUtfall {
	/** The exercise of the latest Prov that checked the rule. */
	scenarioId: string;
}

export interface FramstegAvsnitt {
	avsnitt: string;
	regler: FramstegRegel[];
	/** How many of `regler` the latest Prov got right. */
	ratt: number;
}

/**
 * The sections in the manual's order (a section the manual lacks comes last), each with its
 * rules in rule id order. Only sections some Prov has checked are listed.
 */
export function byggFramsteg(prov: readonly ProvForsok[]): FramstegAvsnitt[] {
	const senaste = new Map<string, { inlamnad: string; regel: FramstegRegel }>();
	for (const p of prov)
		for (const r of p.regler) {
			const nyckel = `${r.avsnitt}\u0000${r.id}\u0000${r.vad}`;
			const forra = senaste.get(nyckel);
			if (!forra || forra.inlamnad < p.inlamnad)
				senaste.set(nyckel, { inlamnad: p.inlamnad, regel: { ...r, scenarioId: p.scenarioId } });
		}
	const perAvsnitt = new Map<string, FramstegRegel[]>();
	for (const { regel } of senaste.values()) {
		const lista = perAvsnitt.get(regel.avsnitt) ?? [];
		lista.push(regel);
		perAvsnitt.set(regel.avsnitt, lista);
	}
	const ordning = (a: string) => {
		const i = MANUALENS_AVSNITT.indexOf(a);
		return i < 0 ? MANUALENS_AVSNITT.length : i;
	};
	const regelordning = (a: FramstegRegel, b: FramstegRegel) =>
		a.id.localeCompare(b.id, 'sv', { numeric: true }) || a.vad.localeCompare(b.vad, 'sv');
	return [...perAvsnitt.entries()]
		.sort(([a], [b]) => ordning(a) - ordning(b) || a.localeCompare(b, 'sv'))
		.map(([avsnitt, regler]) => {
			regler.sort(regelordning);
			return { avsnitt, regler, ratt: regler.filter((r) => r.ratt).length };
		});
}
