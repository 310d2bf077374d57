import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { lasAllaScenarier } from './fs';
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

/** The index module's source: read and validated at build time, so a bad scenario fails the build. */
export function indexModul(dir: string): string {
	const poster: ScenarioIndexPost[] = lasAllaScenarier(dir).map((s) => ({
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
			// Rebuild the index in dev when a scenario changes or a folder is added
			this.addWatchFile(dir);
			try {
				return indexModul(dir);
			} catch (e) {
				if (e instanceof ScenarioFel) this.error(e.message);
				throw e;
			}
		},
		configureServer(server) {
			server.watcher.add(dir);
			const andrat = (fil: string) => {
				if (!resolve(fil).startsWith(dir) || !fil.endsWith('index.md')) return;
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
