/**
 * The benchmark's browser: the app built as CI builds it, served by `vite preview` on a free
 * port, and Debian's Chromium (the one the e2e suite uses) driven by Playwright.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from '@playwright/test';

const ROT = join(dirname(fileURLToPath(import.meta.url)), '../../..');

function ledigPort(): Promise<number> {
	return new Promise((klar, fel) => {
		const s = createServer();
		s.once('error', fel);
		s.listen(0, '127.0.0.1', () => {
			const a = s.address();
			s.close(() => (typeof a === 'object' && a ? klar(a.port) : fel(new Error('ingen port'))));
		});
	});
}

function kor(cmd: string, args: string[]): Promise<void> {
	return new Promise((klar, fel) => {
		const p = spawn(cmd, args, {
			cwd: ROT,
			stdio: ['ignore', 'ignore', 'inherit'],
			env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' }
		});
		p.once('error', fel);
		p.once('exit', (kod) =>
			kod === 0 ? klar() : fel(new Error(`${cmd} ${args.join(' ')}: ${kod}`))
		);
	});
}

async function vantaPa(url: string, process: ChildProcess): Promise<void> {
	for (let i = 0; i < 300; i++) {
		if (process.exitCode !== null) throw new Error(`vite preview avslutades (${process.exitCode})`);
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			// not up yet
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(`${url} svarade inte`);
}

export interface Webblasare {
	/** The served app's origin, `http://127.0.0.1:<port>`. */
	bas: string;
	browser: Browser;
}

let byggd = false;

/**
 * Builds the app (once per run), serves it and opens Chromium for `arbete`; everything is shut
 * down afterwards, also when `arbete` throws.
 */
export async function medWebblasare<T>(arbete: (w: Webblasare) => Promise<T>): Promise<T> {
	if (!byggd) {
		await kor('npx', ['vite', 'build', '--logLevel', 'error']);
		byggd = true;
	}
	const port = await ledigPort();
	const server = spawn(
		'npx',
		['vite', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
		{
			cwd: ROT,
			stdio: 'ignore',
			detached: true
		}
	);
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run']
	});
	try {
		const bas = `http://127.0.0.1:${port}`;
		await vantaPa(bas, server);
		return await arbete({ bas, browser });
	} finally {
		await browser.close();
		// the whole group: npx starts vite as a child
		try {
			process.kill(-server.pid!, 'SIGTERM');
		} catch {
			// already gone
		}
	}
}
