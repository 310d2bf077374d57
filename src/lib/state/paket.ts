import skickade from 'virtual:scenario-index';
import { appDb } from './app';
import { sparaFil } from './nedladdning';

/*
 * Scenario packs in the browser (issue 9, part 5): the trainer's own and imported scenarios
 * (`egnaScenarier`) out as a zip with the repository's folder layout, and a zip in. The readers
 * (yaml, zod) and fflate load only when a pack is made or read. Shipped scenarios are not
 * exported: the build compiles them (vite-plugin.ts), and their source files never reach the
 * browser; a checkout has them under scenarios/ already.
 */

/**
 * Importera paket: the zip judged whole (paths, sizes, every file by the build's readers) and
 * its scenarios stored as `importerad` in one transaction, or nothing stored and an Error with
 * every problem on its own line: a broken file, a shipped id, a scenario of the trainer's own,
 * or a changed scenario whose version did not rise.
 */
export async function importeraPaket(fil: Blob, filnamn: string): Promise<string[]> {
	const [
		{ packaUpp, PaketFel },
		{ ersattningsfel },
		{ importeraScenarier, ImportVagrad },
		granser
	] = await Promise.all([
		import('$lib/paket/paket'),
		import('$lib/paket/version'),
		import('$lib/db/egna-scenarier'),
		import('$lib/schemas/granser')
	]);
	try {
		const mappar = packaUpp(new Uint8Array(await fil.arrayBuffer()), filnamn);
		const ids = new Set(skickade.map((s) => s.id));
		const rader = await importeraScenarier(appDb(), mappar, (ny, fanns) =>
			ersattningsfel(ny, fanns, ids)
		);
		return rader.map((r) => r.id);
	} catch (e) {
		if (e instanceof PaketFel || e instanceof ImportVagrad)
			throw new Error(granser.kortaFellista(e.rader).join('\n'), { cause: e });
		throw e;
	}
}

/** The zip of the own and imported scenarios `ids` (all of them without), to download. */
export async function paketAv(ids?: readonly string[]): Promise<Blob> {
	const [{ packa }, { listaEgnaScenarier, markeraUtgivna }, { versionAv }] = await Promise.all([
		import('$lib/paket/paket'),
		import('$lib/db/egna-scenarier'),
		import('$lib/verkstad/rubrik')
	]);
	const rader = (await listaEgnaScenarier(appDb())).filter((r) => !ids || ids.includes(r.id));
	const zip = packa(rader.map((r) => ({ id: r.id, filer: r.filer })));
	// what leaves the browser is what trainees' attempts will be made on: its version's baseline
	await markeraUtgivna(
		appDb(),
		rader.flatMap((r) => {
			const version = versionAv(r.filer['index.md']);
			return version === null ? [] : [{ id: r.id, version, indexText: r.filer['index.md'] }];
		})
	);
	return new Blob([zip.slice().buffer], { type: 'application/zip' });
}

/**
 * Exportera paket: the scenarios `ids` (all own and imported ones without) downloaded as one zip,
 * named after the scenario when there is one, else `lss-ovning-scenarier.zip`.
 */
export async function exporteraPaket(ids?: readonly string[]): Promise<void> {
	const namn = ids?.length === 1 ? `${ids[0]}.zip` : 'lss-ovning-scenarier.zip';
	sparaFil(await paketAv(ids), namn);
}
