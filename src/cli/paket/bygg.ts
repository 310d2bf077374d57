/**
 * The static build an LMS package carries, made once for both packages: `vite build` with
 * LSS_PAKET=1 (hash router, relative paths, no service worker: svelte.config.js) into
 * build-paket/, index.html rewritten (html.ts), and the files read into memory for the zip.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { START_FIL, paketHtml } from './html';

export const UT = 'build-paket';

/** File path (forward slashes, from the package root) to its bytes. */
export type Filer = Map<string, Uint8Array>;

function alla(mapp: string): string[] {
	return readdirSync(mapp).flatMap((namn) => {
		const vag = join(mapp, namn);
		return statSync(vag).isDirectory() ? alla(vag) : [vag];
	});
}

/** Runs the package build; throws with the build's own output when it fails. */
export function bygg(): Filer {
	const r = spawnSync(join('node_modules', '.bin', 'vite'), ['build'], {
		env: { ...process.env, LSS_PAKET: '1' },
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'pipe']
	});
	if (r.status !== 0) throw new Error(`vite build misslyckades:\n${r.stdout}\n${r.stderr}`);
	return lasBygget(UT);
}

/** The files of a finished package build, index.html rewritten, the service worker left out. */
export function lasBygget(mapp: string): Filer {
	const filer: Filer = new Map();
	for (const vag of alla(mapp).sort()) {
		const namn = relative(mapp, vag).split(sep).join('/');
		// SvelteKit builds it even unregistered; an LMS copy has no use for it (docs/lms.md)
		if (namn === 'service-worker.js') continue;
		filer.set(namn, readFileSync(vag));
	}
	const index = filer.get('index.html');
	if (!index) throw new Error(`${mapp}/index.html saknas.`);
	const { html, skript } = paketHtml(Buffer.from(index).toString('utf8'));
	filer.set('index.html', strToU8(html));
	filer.set(START_FIL, strToU8(skript));
	return filer;
}

/** The zip of the build plus the package's own files (a manifest at the root). */
export function zippa(filer: Filer, egna: Record<string, string>): Uint8Array {
	const innehall: Zippable = {};
	for (const [namn, data] of filer) innehall[namn] = data;
	for (const [namn, text] of Object.entries(egna)) innehall[namn] = strToU8(text);
	return zipSync(innehall, { level: 9 });
}
