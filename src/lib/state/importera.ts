import { importeraForsok, type ForsokRad } from '$lib/db';
import type { Forsok } from '$lib/schemas/forsok';
import { appDb } from './app';

/** What the start page needs to know of the scenarios that exist, to check a file against. */
export interface KandScenario {
	id: string;
	version: number;
	title: string;
}

/**
 * Importera försök: reads an exported attempt file (docs/attempt-format.md) into a new attempt,
 * given as the File (its bytes) or as the text `File.text()` gave; either way the encoding and
 * the scenario version are judged as the grader CLI judges them (schemas/forsokfil.ts),
 * so a trainer can open a trainee's work and its report. The file is validated first (zod is
 * loaded only now, not with the start page); a broken file throws with every problem named and
 * nothing is written. A file that names its trainee's profile goes to the profile of that name
 * here (made if there is none) and that profile becomes the active one, so a trainer's own course
 * is not mixed with a trainee's and the attempt is found on the start page; a file with no name
 * goes to the active profile.
 */
export async function importeraFil(
	fil: Blob | Uint8Array | string,
	filnamn: string,
	kanda: readonly KandScenario[]
): Promise<ForsokRad> {
	const [
		{ lasForsok, ForsokFel },
		{ forsokText, kontrolleraVersion },
		{ forStorFil, kortaFellista }
	] = await Promise.all([
		import('$lib/schemas/forsok'),
		import('$lib/schemas/forsokfil'),
		import('$lib/schemas/granser')
	]);
	let f: Forsok;
	try {
		// a File is judged by its size before it is read, and its bytes as the grader CLI's are
		const stor = fil instanceof Blob ? forStorFil(fil.size, filnamn) : null;
		if (stor) throw new ForsokFel([stor]);
		const data = fil instanceof Blob ? new Uint8Array(await fil.arrayBuffer()) : fil;
		f = lasForsok(forsokText(data, filnamn), filnamn);
		const scenario = kanda.find((s) => s.id === f.scenarioId);
		if (!scenario)
			throw new Error(
				`${filnamn}: försöket gäller övningen "${f.scenarioId}", som inte finns här. Kontrollera att filen kommer från LSS-övning.`
			);
		kontrolleraVersion(f, scenario, filnamn);
	} catch (e) {
		// the first problems and a count of the rest: 80,000 lines would take the page with them
		if (e instanceof ForsokFel) throw new Error(kortaFellista(e.rader).join('\n'), { cause: e });
		throw e;
	}
	return importeraForsok(
		appDb(),
		{
			scenarioId: f.scenarioId,
			scenarioVersion: f.scenarioVersion,
			startad: f.startad,
			...(f.inlamnad ? { inlamnad: f.inlamnad } : {}),
			...(f.lage ? { lage: f.lage } : {}),
			status: f.inlamnad ? 'inlamnat' : 'pagar'
		},
		f.handelser,
		f.profil?.namn
	);
}
