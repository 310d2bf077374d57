import type { Handelse } from '$lib/domain/handelser';
import type { Steg } from '$lib/schemas/facit';
import type { Scenario } from '$lib/schemas/scenario';
import { kompileratFacit } from './kalla';

/** An exercise's solution step by step: what Guidad shows and follows before anything is graded. */
export interface FacitSteg {
	steg: Steg[];
	/** The facit's recorded events, and how many there were after each step. */
	handelser: readonly Handelse[];
	granser: readonly number[];
}

/** What the hints know of an exercise's solution: its steps, and which step meets each rule. */
export interface FacitData extends FacitSteg {
	/** Per rule (in the grader's order), the facit step after which it is met. */
	kravSteg: number[];
}

/**
 * Loads the facit, its recorded attempt and its events per step (compiled at build time, a
 * lazy chunk of its own; an own scenario's in the browser, kalla.ts), without the grader.
 * Throws a sentence a trainee can act on when the exercise has no recorded facit.
 */
export async function laddaFacitSteg(scenario: Scenario): Promise<FacitSteg> {
	const { steg, inspelning } = await kompileratFacit(scenario.id);
	if (!inspelning)
		throw new Error(
			'Övningen har ingen inspelad lösning, så ledtrådar och guidning saknas. Arbeta fritt eller välj en annan övning.'
		);
	return { steg, ...inspelning };
}

/** The facit as laddaFacitSteg gives it, with each rule's step read off it (runs the grader). */
export async function laddaFacitData(scenario: Scenario): Promise<FacitData> {
	const [data, ko] = await Promise.all([
		laddaFacitSteg(scenario),
		import('$lib/domain/ledtrad/kravordning')
	]);
	return { ...data, kravSteg: ko.kravensSteg(scenario, data) };
}
