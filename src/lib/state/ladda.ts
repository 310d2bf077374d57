import {
	aktivProfilId,
	forberedVarld,
	hamtaForsok,
	hamtaHandelser,
	hamtaSandlada,
	type ForsokRad,
	type LssDb
} from '$lib/db';
import type { Scenario } from '$lib/schemas/scenario';
import { appDb } from './app';
import { ForsokState } from './forsok.svelte';
import { ArendeState, type ArendeVy } from './arende.svelte';
import { MockState, type VyData } from './mock.svelte';
import { lasVy } from './vysparare';

export interface LaddatForsok {
	forsok: ForsokState;
	mock: MockState;
	arende: ArendeState;
	briefHtml: string;
}

/**
 * Reads a scenario by id. Parsing (yaml, zod) and rendering (marked, DOMPurify) are imported here,
 * on demand, so the start page never loads them.
 */
export async function laddaScenario(id: string): Promise<Scenario> {
	const [{ laddaScenarioText }, { lasScenario }] = await Promise.all([
		import('virtual:scenario-source'),
		import('$lib/content/scenario')
	]);
	const text = await laddaScenarioText(id);
	return lasScenario(text, `scenarios/${id}/index.md`);
}

/** Opens an attempt where it was left: scenario, world register, events and the saved screen. */
export async function laddaForsok(id: string): Promise<LaddatForsok> {
	const db = appDb();
	const rad = await hamtaForsok(db, id);
	if (!rad) throw new Error('Försöket finns inte i den här webbläsaren. Starta övningen på nytt.');
	const [scenario, { renderaBrief }] = await Promise.all([
		laddaScenario(rad.scenarioId),
		import('$lib/content/brief'),
		forberedVarld(db)
	]);
	return { ...(await sattSamman(db, scenario, rad)), briefHtml: renderaBrief(scenario.brief) };
}

/** The states of one attempt over its scenario, put back on the screen where it was left. */
async function sattSamman(
	db: LssDb,
	scenario: Scenario,
	rad: ForsokRad
): Promise<Omit<LaddatForsok, 'briefHtml'>> {
	const forsok = new ForsokState(db, scenario, rad, await hamtaHandelser(db, rad.id));
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
	const [{ sandladansScenario }, rad] = await Promise.all([
		import('$lib/content/sandlada'),
		aktivProfilId(db).then((p) => hamtaSandlada(db, p)),
		forberedVarld(db)
	]);
	return { ...(await sattSamman(db, sandladansScenario(), rad)), briefHtml: '' };
}
