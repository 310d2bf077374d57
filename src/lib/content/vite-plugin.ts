import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { anvandaPnr, kontrolleraMapp, scenarioMappar } from './kontroll';
import { ForsokFel } from '../schemas/forsok';
import { FacitFel } from './facit';
import { kompileraFacit, kompileraScenario } from './kompilera';
import { ScenarioFel } from './scenario';

const INDEX = 'virtual:scenario-index';
const KALLA = 'virtual:scenario-source';
const PNR = 'virtual:scenario-pnr';

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
 * The personnummer the shipped scenarios' `index.md` use, as `npm run scenario -- lediga` reads
 * them: the editor proposes only reserved numbers no scenario uses yet.
 */
export function pnrModul(dir: string): string {
	return `export default ${JSON.stringify([...anvandaPnr(dir)].sort())};\n`;
}

/** `virtual:scenario-source/<del>/<id>`: one scenario's compiled data, a lazy chunk of its own. */
const DELAR = ['scenario', 'facit'] as const;
type Del = (typeof DELAR)[number];

/**
 * The source module: for each scenario folder, an import of its compiled scenario and of its
 * compiled facit, each its own lazy chunk, so neither loads with the start page and Prov never
 * loads the facit. The ids are the folder names, as the index has them.
 */
export function kallModul(dir: string): string {
	const ids = scenarioMappar(dir).map((m) => basename(m));
	const tabell = (del: Del) =>
		`new Map([${ids.map((id) => `[${JSON.stringify(id)}, () => import(${JSON.stringify(`${KALLA}/${del}/${id}`)})]`).join(', ')}])`;
	return `const scenarier = ${tabell('scenario')};
const facit = ${tabell('facit')};
function ladda(tabell, id, fel) {
	const l = tabell.get(id);
	return l ? l().then((m) => m.default) : Promise.reject(new Error(fel));
}
export function laddaScenario(id) {
	return ladda(scenarier, id, 'Scenariot "' + id + '" finns inte. Välj ett scenario i listan på startsidan.');
}
export function finns(id) {
	return scenarier.has(id);
}
export function laddaFacit(id) {
	return ladda(facit, id, 'Övningen "' + id + '" har inget facit att visa.');
}
`;
}

/**
 * One scenario's compiled module (kompilera.ts) as plain data. `rendera` renders the brief
 * (brief-bygg.ts, loaded only when a scenario is compiled: jsdom is slow to load).
 */
export async function delModul(dir: string, del: Del, id: string): Promise<string> {
	const mapp = join(dir, id);
	const data =
		del === 'scenario'
			? kompileraScenario(mapp, (await import('./brief-bygg')).renderaBriefVidBygge)
			: kompileraFacit(mapp);
	return `export default ${JSON.stringify(data)};\n`;
}

/** `<del>/<id>` of a part module's id, when it names a part and a scenario folder under `dir`. */
function delAv(dir: string, id: string): { del: Del; id: string } | null {
	const m = /^\0virtual:scenario-source\/([a-z]+)\/([^/\\]+)$/.exec(id);
	if (!m || !(DELAR as readonly string[]).includes(m[1])) return null;
	if (!scenarioMappar(dir).some((mapp) => basename(mapp) === m[2])) return null;
	return { del: m[1] as Del, id: m[2] };
}

/**
 * Vite plugin for `virtual:scenario-index`, `virtual:scenario-source` and `virtual:scenario-pnr`
 * (see virtual.d.ts).
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
			if (id === INDEX || id === KALLA || id === PNR || id.startsWith(`${KALLA}/`))
				return '\0' + id;
			return null;
		},
		async load(id) {
			if (!id.startsWith('\0virtual:scenario-')) return null;
			// No this.addWatchFile(dir) here: in dev, Vite turns every watched file of a module into
			// an import of it and resolves it like one, and a folder does not resolve ("Failed to
			// resolve import <dir>" on the start page). configureServer below watches the folder.
			try {
				if (id === '\0' + INDEX) return indexModul(dir);
				if (id === '\0' + KALLA) return kallModul(dir);
				if (id === '\0' + PNR) return pnrModul(dir);
				const del = delAv(dir, id);
				return del ? await delModul(dir, del.del, del.id) : null;
			} catch (e) {
				if (e instanceof ScenarioFel || e instanceof FacitFel || e instanceof ForsokFel)
					this.error(e.message);
				throw e;
			}
		},
		configureServer(server) {
			// Rebuild the index and the compiled scenarios in dev when a file in a scenario folder is
			// added, changed or removed, in the folders lasAllaScenarier reads.
			server.watcher.add(dir);
			const andrat = (fil: string) => {
				const rel = relative(dir, resolve(fil));
				const [scenario, ...iMappen] = rel.split(sep);
				// Not outside the folder (`..`, another drive), not a loose file, not a skipped `_`/`.`
				// folder, not deeper than attempts/<fil> (the facit's recording is compiled in).
				const djup = iMappen.length === 1 || (iMappen.length === 2 && iMappen[0] === 'attempts');
				if (isAbsolute(rel) || !djup || /^[._]/.test(scenario)) return;
				for (const [id, mod] of server.moduleGraph.idToModuleMap)
					if (id.startsWith('\0virtual:scenario-')) server.moduleGraph.invalidateModule(mod);
				server.ws.send({ type: 'full-reload' });
			};
			server.watcher.on('add', andrat);
			server.watcher.on('change', andrat);
			server.watcher.on('unlink', andrat);
		}
	};
}
