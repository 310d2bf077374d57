/**
 * The build as a static host serves it: the files of build/, and the SPA fallback
 * (build/index.html) for every other path. `vite preview` answers an unknown path with a shell
 * of its own (relative asset paths), which no trainee's browser is sent, so what depends on the
 * real fallback, the service worker's cached shell above all, is tested against this.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const BUILD = resolve(fileURLToPath(new URL('../build', import.meta.url)));
/** Content types by extension, for the tests' own static hosts (also tests/lms/lms.ts). */
export const TYPER: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml',
	'.webmanifest': 'application/manifest+json',
	'.wasm': 'application/wasm'
};

/** Serves build/ on a free loopback port; resolves to its address and how to stop it. */
export async function statiskServer(): Promise<{ url: string; stang: () => Promise<void> }> {
	if (!existsSync(join(BUILD, 'index.html')))
		throw new Error(`${BUILD}/index.html saknas: bygg först (npm run build).`);
	const server: Server = createServer((req, res) => {
		const stig = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		const fil = normalize(join(BUILD, stig));
		const finns = fil.startsWith(BUILD) && existsSync(fil) && statSync(fil).isFile();
		const svar = finns ? fil : join(BUILD, 'index.html');
		res.writeHead(200, { 'content-type': TYPER[extname(svar)] ?? 'application/octet-stream' });
		createReadStream(svar).pipe(res);
	});
	await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
	const adress = server.address();
	if (!adress || typeof adress === 'string') throw new Error('Servern fick ingen port.');
	return {
		url: `http://localhost:${adress.port}`,
		stang: () => new Promise((ok) => server.close(() => ok()))
	};
}
