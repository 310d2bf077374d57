// Modules provided by src/lib/content/vite-plugin.ts (scenarioPlugin in vite.config.ts).

declare module 'virtual:scenario-index' {
	/** Every scenario, read and validated at build time: enough for the start page's list. */
	const scenarier: readonly {
		id: string;
		title: string;
		level: 'grund' | 'fördjupning';
		manualSections: string[];
		version: number;
	}[];
	export default scenarier;
}

declare module 'virtual:scenario-source' {
	/**
	 * `scenarios/<id>/index.md` compiled at build time (src/lib/content/kompilera.ts): the
	 * scenario validated, its brief rendered and sanitised. Loaded lazily, its own chunk. Rejects
	 * with a Swedish message when no such scenario exists.
	 */
	export function laddaScenario(id: string): Promise<import('./kompilera').KompileratScenario>;
	/**
	 * The facit's steps (`facit.yaml`) and its recorded attempt with its events per step
	 * (`attempts/pass-facit.json`, `pass-facit.steg.json`), compiled at build time, lazily, for
	 * Visa, Guidad and the hints.
	 */
	export function laddaFacit(id: string): Promise<import('./kompilera').KompileratFacit>;
	/** Whether `id` is a shipped scenario (an own one in IndexedDB may not take its id). */
	export function finns(id: string): boolean;
}

declare module 'virtual:scenario-pnr' {
	/** Every personnummer the shipped scenarios' `index.md` use (the editor's free numbers). */
	const anvanda: readonly string[];
	export default anvanda;
}
