/**
 * Where the runner gets a scenario and its facit: a shipped one as the build compiled it
 * (`virtual:scenario-source`), else a trainer's own from IndexedDB (`egnaScenarier`), compiled
 * in the browser by the same readers (content/egen.ts) in a worker (egen.worker.ts), its brief
 * rendered and sanitised here (brief.ts). A shipped id always means the shipped scenario.
 *
 * Why a worker: the readers share the domain and schema modules the runner loads; imported
 * into the page, even lazily, the bundler splits those modules into chunks of their own and a
 * shipped exercise's first load grows past its budget. A worker is a bundle apart.
 */
import type { EgetScenarioRad } from '$lib/db';
import type { KompileratFacit, KompileratScenario } from '$lib/content/kompilera';
import type { EgenFraga, EgenSvar } from '$lib/content/egen';
import type { Facit } from '$lib/schemas/facit';
import { appDb } from './app';

/** The own scenario's row, or null when `id` is shipped or unknown here. */
async function egen(id: string) {
	const kalla = await import('virtual:scenario-source');
	if (kalla.finns(id)) return { kalla, rad: null };
	// the module itself, not $lib/db: a shipped exercise's page then carries none of it
	const { hamtaEgetScenario } = await import('$lib/db/egna-scenarier');
	return { kalla, rad: (await hamtaEgetScenario(appDb(), id)) ?? null };
}

/** Asks the worker; in unit tests (no Worker in Node) the same function runs here. */
async function kompilera(del: EgenFraga['del'], rad: EgetScenarioRad): Promise<EgenSvar> {
	const fraga: EgenFraga = { del, id: rad.id, filer: { ...rad.filer } };
	// `MODE` is replaced at build time, so the app's bundle holds no import of the readers
	if (import.meta.env.MODE === 'test') return (await import('$lib/content/egen')).svaraEgen(fraga);
	const w = new Worker(new URL('./egen.worker.ts', import.meta.url), { type: 'module' });
	try {
		return await new Promise<EgenSvar>((svar, fel) => {
			w.onmessage = (e: MessageEvent<EgenSvar>) => svar(e.data);
			w.onerror = () => fel(new Error('Scenariot kunde inte läsas i webbläsaren. Ladda om sidan.'));
			w.postMessage(fraga);
		});
	} finally {
		w.terminate();
	}
}

/** The scenario and its brief as safe HTML; rejects in Swedish when there is no such scenario. */
export async function kompileratScenario(id: string): Promise<KompileratScenario> {
	const { kalla, rad } = await egen(id);
	if (!rad) return kalla.laddaScenario(id);
	const [svar, { renderaBrief }] = await Promise.all([
		kompilera('scenario', rad),
		import('$lib/content/brief')
	]);
	if ('fel' in svar) throw new Error(svar.fel);
	if (!('scenario' in svar)) throw new Error('Fel svar när scenariot lästes.');
	return { scenario: svar.scenario, briefHtml: renderaBrief(svar.scenario.brief) };
}

/** The facit's steps and its recording (null when not recorded), for Visa, Guidad and the hints. */
export async function kompileratFacit(id: string): Promise<KompileratFacit> {
	const { kalla, rad } = await egen(id);
	if (!rad) return kalla.laddaFacit(id);
	const svar = await kompilera('facit', rad);
	if ('fel' in svar) throw new Error(svar.fel);
	if (!('facit' in svar)) throw new Error('Fel svar när facit lästes.');
	return svar.facit;
}

/**
 * An own scenario's whole facit.yaml read (variants too) and its index.md's text, for the
 * recorder; null when `id` is shipped. `facit` is null when facit.yaml does not read (a new
 * scenario's, say): a recorded facit replaces it.
 */
export async function egenForInspelning(
	id: string
): Promise<{ facit: Facit | null; indexText: string } | null> {
	const { rad } = await egen(id);
	if (!rad) return null;
	const svar = await kompilera('facitfil', rad);
	return {
		facit: 'facitfil' in svar ? svar.facitfil : null,
		indexText: rad.filer['index.md'] ?? ''
	};
}
