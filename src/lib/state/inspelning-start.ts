import { goto } from '$app/navigation';
import { resolve } from '$app/paths';
import { skapaForsok, type ForsokRad } from '$lib/db';
import { appDb } from './app';
import { laddaScenario } from './ladda';

/**
 * Spela in facit / Spela in felvariant: starts a recording of scenario `scenarioId` in the mock
 * from its start state and opens it; the exercise page shows the recorder (InspelningsPanel)
 * instead of a mode's help. The editor calls this (or links to /inspelning?scenario=…). The
 * version is the compiled scenario's unless given (a trainer's own scenario has its own).
 */
export async function startaInspelning(
	scenarioId: string,
	slag: NonNullable<ForsokRad['inspelning']>,
	scenarioVersion?: number
): Promise<string> {
	const version = scenarioVersion ?? (await laddaScenario(scenarioId)).version;
	// taken as Visa: nothing of it counts in the course, and no list shows it (listaForsok)
	const rad = await skapaForsok(appDb(), scenarioId, version, undefined, 'visa', undefined, slag);
	await goto(resolve('/ovning/[forsok]', { forsok: rad.id }));
	return rad.id;
}
