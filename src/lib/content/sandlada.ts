import { scenarioSchema, type Scenario } from '../schemas/scenario';
import { SANDLADA_ID } from '../domain/kurs';

/**
 * Sandlåda: the world register with no exercise, for exploring the mock freely. It is a Scenario
 * like any other, so the exercise machinery (ForsokState, MockState, ArendeState, Mock.svelte)
 * runs it unchanged: the schema's defaults give it an empty start, and it has no brief, nothing
 * expected worth grading (the sandbox has no Lämna in) and today's date.
 */

/** Who the trainee is in the sandbox: one of the catalog's handläggare, as in the exercises. */
export const SANDLADANS_ROLL = { namn: 'Lindgren, Amira', lssHandlaggare: 'LSS-handläggare 4' };

/** Today as ÅÅÅÅ-MM-DD in the trainee's own time zone (not UTC: just after midnight counts). */
export function idagLokalt(nu: Date = new Date()): string {
	const tva = (n: number) => String(n).padStart(2, '0');
	return `${nu.getFullYear()}-${tva(nu.getMonth() + 1)}-${tva(nu.getDate())}`;
}

export function sandladansScenario(idag: string = idagLokalt()): Scenario {
	const frontmatter = scenarioSchema.parse({
		id: SANDLADA_ID,
		version: 1,
		title: 'Sandlåda',
		level: 'grund',
		manualSections: ['Mina sidor'],
		idag,
		roll: SANDLADANS_ROLL,
		// the schema wants a case; the sandbox has none and is never graded. A test personnummer
		// from the world (Skatteverket's list), so nothing here is a real person.
		forvantat: { kund: { pnr: '198011169235' } },
		regelverk: ['sokning']
	});
	return { ...frontmatter, brief: '', kalla: 'sandlada' };
}
