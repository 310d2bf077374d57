import type { Handelse } from '../handelser';
import { grade } from '../grading/motor';
import type { Rapport } from '../grading/typer';
import type { Scenario } from '../../schemas/scenario';

/**
 * The facit as recorded: its events, and how many of them there were after each of its steps
 * (`attempts/pass-facit.steg.json`).
 */
export interface FacitInspelning {
	handelser: readonly Handelse[];
	granser: readonly number[];
}

/** Before the first step: a rule met by the start state (no second utredning opened, say). */
export const FRAN_START = -1;

/**
 * For each of the scenario's rules (the order `grade` gives its findings), the facit step from
 * which on it is met: the step after the last one where it was not yet Rätt (Fel, or not
 * assessable because what it checks did not exist yet). This is the order the
 * required predecessors give, read off the facit instead of written down twice. A rule the facit
 * never assesses gets Infinity: it asks nothing of this exercise.
 */
export function kravensSteg(scenario: Scenario, facit: FacitInspelning): number[] {
	const perAntal = new Map<number, Rapport>();
	const rapport = (antal: number) => {
		let r = perAntal.get(antal);
		if (!r) perAntal.set(antal, (r = grade(scenario, facit.handelser.slice(0, antal))));
		return r;
	};
	const slut = rapport(facit.handelser.length);
	const start = rapport(0);
	return slut.fynd.map((f, i) => {
		if (f.status !== 'ratt') return Infinity;
		for (let steg = facit.granser.length - 1; steg >= 0; steg--)
			if (rapport(facit.granser[steg]).fynd[i].status !== 'ratt') return steg + 1;
		return start.fynd[i].status === 'ratt' ? FRAN_START : 0;
	});
}

/**
 * The next unmet requirement of an attempt: of the rules that are Fel now, the one the facit
 * meets first. Undefined when nothing the exercise asks is left.
 */
export function nastaKrav(nu: Rapport, steg: readonly number[]): number | undefined {
	let basta: number | undefined;
	nu.fynd.forEach((f, i) => {
		if (f.status !== 'fel' || !Number.isFinite(steg[i])) return;
		if (basta === undefined || steg[i] < steg[basta]) basta = i;
	});
	return basta;
}

/**
 * Guidad's check after a step: the rules that should be met once the facit's step `gjort` is
 * done, and are Fel. A step done differently shows here, in the grader's own rules.
 */
export function bordeVaraMott(nu: Rapport, steg: readonly number[], gjort: number): number[] {
	return nu.fynd.flatMap((f, i) => (f.status === 'fel' && steg[i] <= gjort ? [i] : []));
}
