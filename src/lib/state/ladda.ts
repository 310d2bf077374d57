import type { LagradHandelse } from '$lib/domain/handelser';
import {
	aktivProfilId,
	hamtaForsok,
	hamtaHandelser,
	hamtaSandlada,
	type ForsokRad,
	type LssDb
} from '$lib/db';
import type { KompileratScenario } from '$lib/content/kompilera';
import type { Scenario } from '$lib/schemas/scenario';
import { beskrivDubblett, hittaDubblett } from '$lib/schemas/dubbletter';
import { FlikLas } from './flik.svelte';
import { kompileratScenario } from './kalla';
import { appDb } from './app';
import { ForsokState } from './forsok.svelte';
import { ArendeState, type ArendeVy } from './arende.svelte';
import { MockState, type VyData } from './mock.svelte';
import { lasVy } from './vysparare';
import { startaSeedning } from './varld.svelte';

export interface LaddatForsok {
	forsok: ForsokState;
	mock: MockState;
	arende: ArendeState;
	briefHtml: string;
}

/**
 * A scenario by id, as the build compiled it (validated, its brief already safe HTML), or a
 * trainer's own from IndexedDB compiled in the browser (kalla.ts), loaded on demand so the
 * start page never loads it.
 */
export async function laddaKompilerat(id: string): Promise<KompileratScenario> {
	return kompileratScenario(id);
}

/** A scenario by id. */
export async function laddaScenario(id: string): Promise<Scenario> {
	return (await laddaKompilerat(id)).scenario;
}

/**
 * Opens an attempt where it was left: scenario, world register, events and the saved screen.
 * An attempt not yet handed in is locked to this tab first (flik.svelte.ts), so its events are
 * read after any other tab let go; if another tab has it, this one opens read-only and says so.
 * The page lets go with `forsok.slapp()`.
 */
export async function laddaForsok(id: string): Promise<LaddatForsok> {
	const db = appDb();
	const rad = await hamtaForsok(db, id);
	if (!rad) throw new Error('Försöket finns inte i den här webbläsaren. Starta övningen på nytt.');
	const flik = rad.status === 'pagar' ? new FlikLas(rad.id) : undefined;
	try {
		await flik?.las();
		// The page does not wait for the world: it shows the mock at once and says the register is
		// being prepared; a search or look-up meanwhile waits for it (varldKlar). Never rejects.
		void startaSeedning(db);
		const { scenario, briefHtml } = await laddaKompilerat(rad.scenarioId);
		return { ...(await sattSamman(db, scenario, rad, flik)), briefHtml };
	} catch (e) {
		flik?.slapp();
		throw e;
	}
}

/**
 * The events of an attempt, refused with a message naming the duplicate when two of them give
 * one id (two tabs once saved the same attempt): the lists keyed by id could not be shown, and
 * the page would hang instead of saying why.
 */
export function kontrolleradeHandelser(
	scenario: Scenario,
	handelser: LagradHandelse[]
): LagradHandelse[] {
	const d = hittaDubblett(handelser, scenario.start);
	if (d) throw new Error(beskrivDubblett(d));
	return handelser;
}

/** The states of one attempt over its scenario, put back on the screen where it was left. */
async function sattSamman(
	db: LssDb,
	scenario: Scenario,
	rad: ForsokRad,
	flik?: FlikLas
): Promise<Omit<LaddatForsok, 'briefHtml'>> {
	const handelser = kontrolleradeHandelser(scenario, await hamtaHandelser(db, rad.id));
	const forsok = new ForsokState(db, scenario, rad, handelser, flik);
	const mock = new MockState(forsok);
	const arende = new ArendeState(forsok, mock);
	await mock.aterstall(await lasVy<VyData>(forsok, 'vy'));
	arende.aterstall(await lasVy<ArendeVy>(forsok, 'arende'));
	return { forsok, mock, arende };
}

/**
 * Opens the active profile's sandbox (Sandlåda) where it was left, or a fresh one: the world
 * register and the built-in scenario with an empty start, through the same states as an exercise.
 */
export async function laddaSandlada(): Promise<LaddatForsok> {
	const db = appDb();
	// as for an exercise: the world is seeded while the page shows; reads wait for it
	void startaSeedning(db);
	const [{ sandladansScenario }, rad] = await Promise.all([
		import('$lib/content/sandlada'),
		aktivProfilId(db).then((p) => hamtaSandlada(db, p))
	]);
	return { ...(await sattSamman(db, sandladansScenario(), rad)), briefHtml: '' };
}
