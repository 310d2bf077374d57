// After `vite build`: the seeding worker's files into the service worker's list of files to
// cache. Vite builds the worker apart (build/_app/immutable/workers/), and SvelteKit's
// $service-worker `build` list leaves those files out, so without this an exercise opened for
// the first time offline could not seed the register. The worker (src/service-worker/index.ts)
// holds the token `__LSS_ARBETARFILER__` where the list goes; a build without it fails here.
// Both copies: build/ is what a host serves, .svelte-kit/output/client/ what `vite preview` (the
// tests' server) serves.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const ROT = 'build';
const MAPP = join(ROT, '_app', 'immutable', 'workers');
const KOPIOR = [
	join(ROT, 'service-worker.js'),
	join('.svelte-kit', 'output', 'client', 'service-worker.js')
];
const TOKEN = /([`'"])__LSS_ARBETARFILER__\1/;

const alla = (mapp) =>
	readdirSync(mapp).flatMap((namn) => {
		const vag = join(mapp, namn);
		return statSync(vag).isDirectory() ? alla(vag) : [vag];
	});

const filer = alla(MAPP).map((vag) => `/${relative(ROT, vag).split(sep).join('/')}`);
for (const sw of KOPIOR) {
	const text = readFileSync(sw, 'utf8');
	if (!TOKEN.test(text)) {
		console.error(`${sw}: hittar inte __LSS_ARBETARFILER__, där arbetarens filer ska in.`);
		process.exit(1);
	}
	writeFileSync(sw, text.replace(TOKEN, filer.map((f) => JSON.stringify(f)).join(',')));
}
console.log(`service-worker.js: ${filer.length} filer från ${MAPP} i listan att spara offline.`);
