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
	 * The raw text of `scenarios/<id>/index.md`, loaded lazily (its own chunk); parse it with
	 * lasScenario. Rejects with a Swedish message when no such scenario exists.
	 */
	export function laddaScenarioText(id: string): Promise<string>;
	/** The raw text of `scenarios/<id>/facit.yaml`, lazily, for Visa; parse it with lasFacit. */
	export function laddaFacitText(id: string): Promise<string>;
	/**
	 * The facit's recorded attempt (`attempts/pass-facit.json`) and its events per step
	 * (`pass-facit.steg.json`) as raw text, lazily, for Guidad and the hints; null when the
	 * scenario has no recording.
	 */
	export function laddaFacitInspelning(
		id: string
	): Promise<{ forsok: string; granser: string } | null>;
}
