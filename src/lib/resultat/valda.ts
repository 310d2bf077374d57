/*
 * Gruppens resultat's half of grading a group: the files a browser was handed, read as bytes,
 * then graded by the very loop `grade --all` runs (ratta.ts), so the rows and the problems are
 * the CLI's. No svelte, no database: the route's state calls it, and a unit test compares it with
 * the CLI on the same files.
 */
import { forStorFramstegsfil } from '../schemas/granser';
import type { Scenario } from '../schemas/scenario';
import { FilFel, rattaFiler, type Forsoksfil, type Rattning } from './ratta';

/** A file as the browser has it, with its path in the folder. */
export interface FilAttRatta {
	fil: Blob;
	vag: string;
}

/** Files read this many at a time: a thousand at once would hold every one in memory twice. */
const SAMTIDIGT = 16;

type Last = { data: Uint8Array } | { fel: unknown };

async function las(f: FilAttRatta): Promise<Last> {
	// one above a progress file's limit is refused from its size, never read into memory
	const stor = forStorFramstegsfil(f.fil.size, f.vag);
	if (stor) return { fel: new FilFel(stor) };
	try {
		return { data: new Uint8Array(await f.fil.arrayBuffer()) };
	} catch {
		return { fel: new FilFel(`${f.vag}: filen kunde inte läsas. Välj den igen.`) };
	}
}

/**
 * Grades the files in the order of their paths (as the CLI sorts a folder's names), each attempt
 * against its scenario: `ids` are the scenarios there are, `ladda` gives one. Every scenario the
 * files may need is loaded first, so the grading itself is the CLI's synchronous loop.
 */
export async function rattaValda(
	filer: readonly FilAttRatta[],
	ids: readonly string[],
	ladda: (id: string) => Promise<Scenario>,
	framsteg?: (lasta: number, av: number) => void
): Promise<Rattning> {
	const ordnade = [...filer].sort((a, b) => (a.vag < b.vag ? -1 : a.vag > b.vag ? 1 : 0));
	const lasta: Last[] = [];
	for (let i = 0; i < ordnade.length; i += SAMTIDIGT) {
		lasta.push(...(await Promise.all(ordnade.slice(i, i + SAMTIDIGT).map(las))));
		framsteg?.(lasta.length, ordnade.length);
	}
	// every scenario there is, once: a chunk each, cheaper than a wrong guess at which are needed.
	// One that cannot be read (a trainer's own, broken) fails only the attempts made on it.
	const scenarier = new Map(
		await Promise.all(
			ids.map(
				async (id) =>
					[
						id,
						await ladda(id).then(
							(scenario) => ({ scenario }),
							(fel: unknown) => ({ fel })
						)
					] as const
			)
		)
	);
	const scenarioFor = (id: string): Scenario => {
		const s = scenarier.get(id);
		if (!s)
			throw new Error(
				`försöket gäller övningen "${id}", som inte finns här. Kontrollera att filen kommer från LSS-övning, eller importera övningens paket i Scenarioverkstad.`
			);
		if ('fel' in s)
			throw new Error(
				`övningen "${id}" kunde inte läsas: ${s.fel instanceof Error ? s.fel.message : String(s.fel)} Rätta den i Scenarioverkstad.`
			);
		return s.scenario;
	};
	const valda: Forsoksfil[] = ordnade.map((f, i) => ({
		kalla: f.vag,
		las: () => {
			const l = lasta[i];
			if ('fel' in l) throw l.fel;
			return { data: l.data, storlek: l.data.length };
		}
	}));
	return rattaFiler(valda, scenarioFor);
}
