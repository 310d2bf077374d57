/**
 * The benchmark's browser: the app built as CI builds it, served from `build/` as a static host
 * serves it on a free port, and Debian's Chromium (the one the e2e suite uses) driven by Playwright.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from '@playwright/test';

const ROT = join(dirname(fileURLToPath(import.meta.url)), '../../..');

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

const TYPER: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.json': 'application/json',
	'.txt': 'text/plain; charset=utf-8'
};

/**
 * `build/` served as a static host serves it: a file when one exists, else the SPA's fallback
 * page (build/index.html), so a route gets the page a trainee's browser gets. Not `vite preview`,
 * whose page for a route that was not prerendered links CSS of chunks the route never loads.
 */
function statiskServer(rot: string): Promise<{ server: Server; port: number }> {
	const server = createHttpServer((req, res) => {
		const sokvag = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		const fil = normalize(join(rot, sokvag));
		const finns = fil.startsWith(rot) && existsSync(fil) && statSync(fil).isFile();
		const svar = finns ? fil : join(rot, 'index.html');
		res.writeHead(200, {
			'content-type': TYPER[extname(svar)] ?? 'application/octet-stream',
			// as a host serves SvelteKit's hashed files: cached for good; a page is revalidated
			'cache-control': svar.includes('/_app/immutable/')
				? 'public, max-age=31536000, immutable'
				: 'no-cache'
		});
		res.end(readFileSync(svar));
	});
	return new Promise((klar, fel) => {
		server.once('error', fel);
		// port 0: one the system has free
		server.listen(0, '127.0.0.1', () => {
			const a = server.address();
			if (typeof a === 'object' && a) klar({ server, port: a.port });
			else fel(new Error('ingen port'));
		});
	});
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
	const { server, port } = await statiskServer(join(ROT, 'build'));
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run']
	});
	try {
		return await arbete({ bas: `http://127.0.0.1:${port}`, browser });
	} finally {
		await browser.close();
		await new Promise((klar) => server.close(klar));
	}
}
