/**
 * Node only: the whole check of one scenario folder on disk, short of playing it in a browser.
 * The build runs it on every scenario (vite-plugin.ts), `npm run scenario -- check` and the unit
 * tests too, so a broken scenario is refused before a trainee can start it. It reads the folder
 * and hands its files as text to the pure check (kontroll-filer.ts), which the browser's editor
 * runs as well.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { lasPnrLista } from '../world/pnr-lista';
import { fingeravtryck } from './inspelning';
import { kontrolleraFiler, personnummerI, type Kontroll } from './kontroll-filer';

export { personnummerI, type Kontroll } from './kontroll-filer';

function vag(p: string): string {
	return (relative(process.cwd(), p) || p).split('\\').join('/');
}

let testlistan: Set<string> | undefined;
function pnrPaTestlistan(): Set<string> {
	testlistan ??= new Set(
		lasPnrLista(readFileSync(new URL('../world/testpersonnummer.txt', import.meta.url), 'utf8'))
	);
	return testlistan;
}

/** A file's text, or undefined when it cannot be read (missing: the check says so). */
function las(vag: string): string | undefined {
	try {
		return readFileSync(vag, 'utf8');
	} catch {
		return undefined;
	}
}

/**
 * The folder's files the check reads, as text: `index.md`, `facit.yaml` and everything in
 * `attempts/` (in the directory's order; what is not a file is listed with no text, since the
 * check only names it as not belonging).
 */
export function lasMapp(mapp: string): Record<string, string> {
	const filer: Record<string, string> = {};
	for (const fil of ['index.md', 'facit.yaml']) {
		const text = las(join(mapp, fil));
		if (text !== undefined) filer[fil] = text;
	}
	const attempts = join(mapp, 'attempts');
	let namn: string[] = [];
	try {
		namn = readdirSync(attempts);
	} catch {
		// no attempts/: nothing recorded
	}
	for (const f of namn) {
		const vagen = join(attempts, f);
		filer[`attempts/${f}`] = statSync(vagen).isFile() ? (las(vagen) ?? '') : '';
	}
	return filer;
}

/** Checks one scenario folder: file, rules, facit, personnummer and every committed attempt. */
export function kontrolleraMapp(mapp: string): Kontroll {
	return kontrolleraFiler(lasMapp(mapp), {
		mapp: vag(mapp),
		kalla: (fil) => vag(join(mapp, fil)),
		testlistan: pnrPaTestlistan(),
		avtryck: fingeravtryck,
		spelarIn: process.env.SPELA_IN === '1'
	});
}

/** Every scenario folder under `dir` (not those starting with `_` or `.`), sorted. */
export function scenarioMappar(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true })
		.filter((d) => d.isDirectory() && !/^[_.]/.test(d.name))
		.map((d) => join(dir, d.name))
		.sort();
}

/** Every personnummer the `index.md` of the scenarios under `dir` write (`lediga` leaves them out). */
export function anvandaPnr(dir: string): Set<string> {
	return new Set(
		scenarioMappar(dir).flatMap((m) =>
			personnummerI(readFileSync(join(m, 'index.md'), 'utf8')).flat()
		)
	);
}
