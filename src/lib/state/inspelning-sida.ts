import { goto } from '$app/navigation';
import { resolve } from '$app/paths';
import { skapaForsok } from '$lib/db';
import type { Facit } from '$lib/schemas/facit';
import InspelningsPanel from '$lib/components/inspelning/InspelningsPanel.svelte';
import type { ForsokState } from './forsok.svelte';
import { InspelningState, type InspelningData, type Omspelning } from './inspelning.svelte';
import { lasVy } from './vysparare';

/**
 * The exercise page's side of a recording, in a chunk of its own so the trainee's exercise page
 * carries none of it: the recorder's state, its panel, where a replay goes (a fresh recording
 * attempt of the same scenario) and the scenario's facit as compiled.
 */
export async function oppnaInspelning(forsok: ForsokState, id: string, vila: () => Promise<void>) {
	const rad = forsok.rad;
	const inspelning = new InspelningState(
		forsok,
		async (o: Omspelning) => {
			const ny = await skapaForsok(
				forsok.db,
				rad.scenarioId,
				rad.scenarioVersion,
				undefined,
				'visa',
				undefined,
				rad.inspelning
			);
			sessionStorage.setItem(`inspelning-fran:${ny.id}`, JSON.stringify(o));
			await goto(resolve('/ovning/[forsok]', { forsok: ny.id }));
		},
		vila
	);
	// read once, as Visa's: a reload goes on from what was saved, not from the replay again
	const fran = sessionStorage.getItem(`inspelning-fran:${id}`);
	sessionStorage.removeItem(`inspelning-fran:${id}`);
	const sparad = await lasVy<InspelningData>(forsok, 'inspelning');
	return {
		inspelning,
		panel: InspelningsPanel,
		/** The scenario's facit as compiled, or null when it has none (a new one being recorded). */
		hamtaFacit: async (): Promise<Facit | null> => {
			try {
				const { laddaFacit } = await import('virtual:scenario-source');
				return { steg: (await laddaFacit(rad.scenarioId)).steg, varianter: {} };
			} catch {
				return null;
			}
		},
		/** Replays what was handed over, or goes on from what was saved, then listens in `rot`. */
		ladda: async (rot: Element | null) => {
			if (rot) await inspelning.ladda(rot, fran ? (JSON.parse(fran) as Omspelning) : null, sparad);
		}
	};
}
