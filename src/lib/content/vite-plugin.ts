import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { kontrolleraMapp, scenarioMappar } from './kontroll';
import { ScenarioFel } from './scenario';

const INDEX = 'virtual:scenario-index';
const KALLA = 'virtual:scenario-source';

/** One row of the start page's scenario list; everything else loads when a scenario opens. */
export interface ScenarioIndexPost {
	id: string;
	title: string;
	level: 'grund' | 'fördjupning';
	manualSections: string[];
	version: number;
}

/**
 * The index module's source. Every scenario gets the whole scenario check at build time (file,
 * rules, facit, personnummer, recorded attempts graded), the same as `npm run scenario -- check`
 * short of the browser, so a broken scenario fails the build, every problem named, before any
 * trainee can start it.
 */
export function indexModul(dir: string): string {
	const kontroller = scenarioMappar(dir).map(kontrolleraMapp);
	const problem = kontroller.flatMap((k) => k.problem);
	if (problem.length > 0) throw new ScenarioFel(problem);
	const poster: ScenarioIndexPost[] = kontroller
		.flatMap((k) => (k.scenario ? [k.scenario] : []))
		.map((s) => ({
			id: s.id,
			title: s.title,
			level: s.level,
			manualSections: s.manualSections,
			version: s.version
		}));
	return `const scenarier = ${JSON.stringify(poster, null, '\t')};\nexport default scenarier;\n`;
}

/**
 * The source module: each scenario's raw text as its own lazy chunk, so yaml, zod and marked
 * load with the runner, not with the start page. `rot` is the scenarios folder relative to the
 * Vite root, written as Vite's root-absolute glob.
 */
export function kallModul(rot: string): string {
	return `const filer = import.meta.glob('/${rot}/*/index.md', { query: '?raw', import: 'default' });
export function laddaScenarioText(id) {
	const ladda = filer['/${rot}/' + id + '/index.md'];
	if (!ladda) return Promise.reject(new Error('Scenariot "' + id + '" finns inte. Välj ett scenario i listan på startsidan.'));
	return ladda();
}
const facit = import.meta.glob('/${rot}/*/facit.yaml', { query: '?raw', import: 'default' });
export function laddaFacitText(id) {
	const ladda = facit['/${rot}/' + id + '/facit.yaml'];
	if (!ladda) return Promise.reject(new Error('Övningen "' + id + '" har inget facit att visa.'));
	return ladda();
}
const forsok = import.meta.glob('/${rot}/*/attempts/pass-facit.json', { query: '?raw', import: 'default' });
const granser = import.meta.glob('/${rot}/*/attempts/pass-facit.steg.json', { query: '?raw', import: 'default' });
export async function laddaFacitInspelning(id) {
	const f = forsok['/${rot}/' + id + '/attempts/pass-facit.json'];
	const g = granser['/${rot}/' + id + '/attempts/pass-facit.steg.json'];
	if (!f || !g) return null;
	const [forsokText, granserText] = await Promise.all([f(), g()]);
	return { forsok: forsokText, granser: granserText };
}
`;
}

/**
 * Vite plugin for `virtual:scenario-index` and `virtual:scenario-source` (see virtual.d.ts).
 * `mapp` is the scenarios folder relative to the Vite root.
 */
export function scenarioPlugin(mapp = 'scenarios'): Plugin {
	let dir = resolve(mapp);
	return {
		name: 'lss-scenarier',
		configResolved(config) {
			dir = resolve(config.root, mapp);
		},
		resolveId(id) {
			if (id === INDEX || id === KALLA) return '\0' + id;
			return null;
		},
		load(id) {
			if (id === '\0' + KALLA) return kallModul(mapp.replace(/^\.?\/+|\/+$/g, ''));
			if (id !== '\0' + INDEX) return null;
			// No this.addWatchFile(dir) here: in dev, Vite turns every watched file of a module into
			// an import of it and resolves it like one, and a folder does not resolve ("Failed to
			// resolve import <dir>" on the start page). configureServer below watches the folder.
			try {
				return indexModul(dir);
			} catch (e) {
				if (e instanceof ScenarioFel) this.error(e.message);
				throw e;
			}
		},
		configureServer(server) {
			// Rebuild the index in dev when a file in a scenario folder is added, changed or removed
			// (index.md today, facit.yaml and the like later), in the folders lasAllaScenarier reads.
			server.watcher.add(dir);
			const andrat = (fil: string) => {
				const rel = relative(dir, resolve(fil));
				const [scenario, ...iMappen] = rel.split(sep);
				// Not outside the folder (`..`, another drive), not a loose file, not a skipped `_`/`.`
				// folder, not deeper (attempts/ holds the grader's test files, which the app never loads).
				if (isAbsolute(rel) || iMappen.length !== 1 || /^[._]/.test(scenario)) return;
				const mod = server.moduleGraph.getModuleById('\0' + INDEX);
				if (mod) server.moduleGraph.invalidateModule(mod);
				server.ws.send({ type: 'full-reload' });
			};
			server.watcher.on('add', andrat);
			server.watcher.on('change', andrat);
			server.watcher.on('unlink', andrat);
		}
	};
}
