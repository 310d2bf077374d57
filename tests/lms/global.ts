/**
 * The LMS tests' servers, started once for the run and stopped after it: the packages built
 * (both zips, one build), the real LRS (tests/lrs) as a child process, and the fake LMS
 * (lms.ts) in front of it, all on loopback. LMS_UTAN_BYGGE=1 reuses dist/ as it is.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FejkLms } from './lms';
import { PORTAR, adresser } from './portar';

const ROT = fileURLToPath(new URL('../..', import.meta.url));

function byggPaketen(): void {
	if (process.env.LMS_UTAN_BYGGE === '1') return;
	const r = spawnSync(
		join(ROT, 'node_modules', '.bin', 'tsx'),
		['src/cli/paket/index.ts', 'alla'],
		{
			cwd: ROT,
			stdio: 'inherit'
		}
	);
	if (r.status !== 0) throw new Error('Paketen byggdes inte (src/cli/paket).');
}

/** The LRS in memory; resolves when it says it listens (it sends 'ready' over IPC). */
async function startaLrs(mapp: string): Promise<ChildProcess> {
	const barn = spawn(process.execPath, [join(ROT, 'tests', 'lrs', 'start.mjs')], {
		cwd: mapp,
		env: {
			...process.env,
			EXPRESS_PORT: String(PORTAR.lrs),
			MODELS_REPO: 'memory',
			STORAGE_REPO: 'memory',
			AUTH_REPO: 'test',
			EVENTS_REPO: 'test',
			WINSTON_CONSOLE_LEVEL: 'error',
			EXPRESS_MORGAN_DIRECTORY: join(mapp, 'logg'),
			FS_LOCAL_STORAGE_DIR: mapp,
			NODE_NO_WARNINGS: '1'
		},
		stdio: ['ignore', 'ignore', 'pipe', 'ipc']
	});
	let logg = '';
	barn.stderr?.on('data', (d: Buffer) => (logg += d.toString()));
	await new Promise<void>((ok, fel) => {
		barn.once('message', (m) => (m === 'ready' ? ok() : fel(new Error(String(m)))));
		barn.once('exit', (kod) => fel(new Error(`LRS:et avslutades (${kod}):\n${logg}`)));
	});
	return barn;
}

export default async function global(): Promise<() => Promise<void>> {
	byggPaketen();
	const mapp = mkdtempSync(join(tmpdir(), 'lss-lrs-'));
	const lrs = await startaLrs(mapp);
	let lms: FejkLms;
	try {
		lms = new FejkLms(adresser());
	} catch (e) {
		lrs.kill('SIGTERM');
		throw e;
	}
	try {
		await lms.starta(PORTAR);
	} catch (e) {
		lrs.kill('SIGTERM');
		throw e;
	}
	return async () => {
		await lms.stang();
		lrs.kill('SIGTERM');
		rmSync(mapp, { recursive: true, force: true });
	};
}
