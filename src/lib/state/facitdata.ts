import type { Handelse } from '$lib/domain/handelser';
import type { Steg } from '$lib/schemas/facit';
import type { Scenario } from '$lib/schemas/scenario';

/** What Guidad and the hints know of an exercise's solution. */
export interface FacitData {
	steg: Steg[];
	/** The facit's recorded events, and how many there were after each step. */
	handelser: readonly Handelse[];
	granser: readonly number[];
	/** Per rule (in the grader's order), the facit step after which it is met. */
	kravSteg: number[];
}

/**
 * Loads the facit, its recorded attempt and its events per step (compiled at build time, a
 * lazy chunk of its own), and reads each rule's step off them. Throws a sentence a trainee can
 * act on when the exercise has no recorded facit.
 */
export async function laddaFacitData(scenario: Scenario): Promise<FacitData> {
	const [{ laddaFacit }, ko] = await Promise.all([
		import('virtual:scenario-source'),
		import('$lib/domain/ledtrad/kravordning')
	]);
	const { steg, inspelning } = await laddaFacit(scenario.id);
	if (!inspelning)
		throw new Error(
			'Övningen har ingen inspelad lösning, så ledtrådar och guidning saknas. Arbeta fritt eller välj en annan övning.'
		);
	return { steg, ...inspelning, kravSteg: ko.kravensSteg(scenario, inspelning) };
}
