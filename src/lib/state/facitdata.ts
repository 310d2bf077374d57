import type { Handelse } from '$lib/domain/handelser';
import type { FacitInspelning } from '$lib/domain/ledtrad/kravordning';
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
 * Loads the facit, its recorded attempt and its events per step, lazily (yaml, zod and the
 * recordings stay out of the start page), and reads each rule's step off them. Throws a
 * sentence a trainee can act on when the exercise has no recorded facit.
 */
export async function laddaFacitData(scenario: Scenario): Promise<FacitData> {
	const [{ laddaFacitText, laddaFacitInspelning }, { lasFacit }, { lasForsok, handelserUr }, ko] =
		await Promise.all([
			import('virtual:scenario-source'),
			import('$lib/content/facit'),
			import('$lib/schemas/forsok'),
			import('$lib/domain/ledtrad/kravordning')
		]);
	const [text, inspelning] = await Promise.all([
		laddaFacitText(scenario.id),
		laddaFacitInspelning(scenario.id)
	]);
	if (!inspelning)
		throw new Error(
			'Övningen har ingen inspelad lösning, så ledtrådar och guidning saknas. Arbeta fritt eller välj en annan övning.'
		);
	const steg = lasFacit(text, `${scenario.id}/facit.yaml`).steg;
	const kalla = `${scenario.id}/attempts/pass-facit.json`;
	const facit: FacitInspelning = {
		handelser: handelserUr(lasForsok(inspelning.forsok, kalla)),
		granser: (JSON.parse(inspelning.granser) as { granser: number[] }).granser
	};
	return { steg, ...facit, kravSteg: ko.kravensSteg(scenario, facit) };
}
