import { forberedVarld, hamtaForsok, hamtaHandelser, hamtaUtkast } from '$lib/db';
import type { Scenario } from '$lib/schemas/scenario';
import { appDb } from './app';
import { ForsokState } from './forsok.svelte';
import { MockState, type VyData } from './mock.svelte';

export interface LaddatForsok {
	forsok: ForsokState;
	mock: MockState;
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
	const forsok = new ForsokState(db, scenario, rad, await hamtaHandelser(db, id));
	const mock = new MockState(forsok);
	await mock.aterstall((await hamtaUtkast(db, id, 'vy')) as VyData | undefined);
	return { forsok, mock, briefHtml: renderaBrief(scenario.brief) };
}
