import { hamtaHandelser, listaForsok } from '$lib/db';
import { appDb } from './app';
import { forsokSomFil } from './export';
import { sparaFil } from './nedladdning';

// Apart from export.ts: only the start page asks for it, lazily, while every exercise page loads
// export.ts for its Exportera försök.

/**
 * Exportera alla försök: every attempt of the profile (all modes, the sandbox's left out) with
 * its events, as one progress file (schemas/framstegsfil.ts) to import again here or in another
 * browser. Resolves to how many it holds, once the download is handed to the browser.
 */
export async function exporteraAlla(profilId: string, profilnamn?: string): Promise<number> {
	const [{ framstegSomFil }, rader] = await Promise.all([
		import('$lib/schemas/framstegsfil'),
		listaForsok(appDb(), undefined, profilId)
	]);
	const forsok = await Promise.all(
		rader.map(async (r) => forsokSomFil(r, await hamtaHandelser(appDb(), r.id)))
	);
	const nu = new Date().toISOString();
	sparaFil(
		framstegSomFil(forsok, nu, profilnamn),
		`lss-ovning-alla-forsok-${nu.slice(0, 10)}.json`
	);
	return forsok.length;
}
