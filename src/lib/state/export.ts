import { hamtaProfil, profilFor, STANDARDPROFIL_ID, type ForsokRad } from '$lib/db';
import type { LagradHandelse } from '$lib/domain/handelser';
import { appDb } from './app';
import { sparaFil } from './nedladdning';

/**
 * The attempt as the exported file holds it (docs/attempt-format.md). `profilnamn`: the name of
 * the trainee's profile, left out for the default profile, which has no name typed.
 */
export function forsokSomFil(
	rad: ForsokRad,
	handelser: readonly LagradHandelse[],
	profilnamn?: string
) {
	return {
		format: 'lss-ovning-forsok' as const,
		formatVersion: 1 as const,
		scenarioId: rad.scenarioId,
		scenarioVersion: rad.scenarioVersion,
		startad: rad.startad,
		...(rad.inlamnad ? { inlamnad: rad.inlamnad } : {}),
		...(rad.lage ? { lage: rad.lage } : {}),
		...(profilnamn ? { profil: { namn: profilnamn } } : {}),
		handelser
	};
}

/** The name the attempt's profile has now; none for the default profile or one since removed. */
async function profilnamnFor(rad: ForsokRad): Promise<string | undefined> {
	const id = profilFor(rad);
	if (id === STANDARDPROFIL_ID) return undefined;
	return (await hamtaProfil(appDb(), id).catch(() => undefined))?.namn;
}

/**
 * Exportera försök: downloads the attempt as JSON, for the trainer or `npm run grade`. The
 * profile's name is looked up first; the download follows at once, without the caller waiting.
 */
export function exporteraFil(rad: ForsokRad, handelser: readonly LagradHandelse[]): void {
	// profilnamnFor never rejects (a failed lookup exports without the name), and laddaNer only
	// touches the DOM: nothing here can fail for the caller to handle
	void profilnamnFor(rad).then((namn) => laddaNer(rad, handelser, namn));
}

function laddaNer(rad: ForsokRad, handelser: readonly LagradHandelse[], profilnamn?: string): void {
	const text = JSON.stringify(forsokSomFil(rad, handelser, profilnamn), null, 2);
	sparaFil(text, `forsok-${rad.scenarioId}-${rad.id.slice(0, 8)}.json`);
}
