import { goto } from '$app/navigation';
import { resolve } from '$app/paths';
import { skapaForsok } from '$lib/db';
import { andraEgnaFiler, hamtaEgetScenario, sparaEgnaFiler } from '$lib/db/egna-scenarier';
import { INSPELNING, medAvtryck } from '$lib/content/inspelning-data';
import type { Startlage } from '$lib/domain/projektion';
import type { Facit } from '$lib/schemas/facit';
import InspelningsPanel from '$lib/components/inspelning/InspelningsPanel.svelte';
import type { ForsokState } from './forsok.svelte';
import { InspelningState, type InspelningData, type Omspelning } from './inspelning.svelte';
import { egenForInspelning } from './kalla';
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
	const [sparad, egen] = await Promise.all([
		lasVy<InspelningData>(forsok, 'inspelning'),
		egenForInspelning(rad.scenarioId)
	]);
	return {
		inspelning,
		panel: InspelningsPanel,
		/** The scenario's facit as it stands, or null when it has none (a new one being recorded). */
		hamtaFacit: async (): Promise<Facit | null> => {
			if (egen) return (await egenForInspelning(rad.scenarioId))?.facit ?? null;
			try {
				const { laddaFacit } = await import('virtual:scenario-source');
				return { steg: (await laddaFacit(rad.scenarioId)).steg, varianter: {} };
			} catch {
				return null;
			}
		},
		/**
		 * A trainer's own scenario (Scenarioverkstad): its index.md, for the fingerprints, and where
		 * the recording's files and a start state are written. Null for a shipped scenario, whose
		 * files live in a checkout: the panel offers them to copy.
		 */
		egen: (egen
			? {
					indexText: egen.indexText,
					spara: (filer: Record<string, string>, avtryck?: Record<string, string>) =>
						andraEgnaFiler(forsok.db, rad.scenarioId, (nu) => ({
							...filer,
							...(avtryck ? { [INSPELNINGSFIL]: medAvtryck(nu[INSPELNINGSFIL], avtryck) } : {})
						})),
					sparaStartlage: async (start: Startlage) => {
						const { medStartlage } = await import('$lib/content/startskrift');
						const nu = (await hamtaEgetScenario(forsok.db, rad.scenarioId))?.filer['index.md'];
						await sparaEgnaFiler(forsok.db, rad.scenarioId, {
							'index.md': medStartlage(nu ?? egen.indexText, start)
						});
					},
					id: rad.scenarioId
				}
			: null) satisfies EgenInspelning | null,
		/** Replays what was handed over, or goes on from what was saved, then listens in `rot`. */
		ladda: async (rot: Element | null) => {
			if (rot) await inspelning.ladda(rot, fran ? (JSON.parse(fran) as Omspelning) : null, sparad);
		}
	};
}

const INSPELNINGSFIL = `attempts/${INSPELNING}`;

/** What the recorder's panel is given for a trainer's own scenario (oppnaInspelning's `egen`). */
export interface EgenInspelning {
	indexText: string;
	/** The recording's files, its fingerprints merged into attempts/inspelning.json. */
	spara(filer: Record<string, string>, avtryck?: Record<string, string>): Promise<void>;
	sparaStartlage(start: Startlage): Promise<void>;
	/** The scenario's id: Tillbaka till Scenarioverkstad opens it in the editor. */
	id: string;
}
