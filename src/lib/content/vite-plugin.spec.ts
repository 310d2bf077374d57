import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, createServer, type Rollup } from 'vite';
import { describe, expect, it, vi } from 'vitest';
import { scenarioPlugin } from './vite-plugin';

const FIX = 'src/lib/content/fixtures';

/** Builds a fixture app whose entry imports both virtual modules; returns its chunks. */
async function bygg(mapp: string): Promise<Rollup.OutputChunk[]> {
	const r = await build({
		root: `${FIX}/${mapp}`,
		configFile: false,
		logLevel: 'silent',
		plugins: [scenarioPlugin()],
		build: {
			write: false,
			rollupOptions: { input: 'main.js', preserveEntrySignatures: 'exports-only' }
		}
	});
	const ut = (Array.isArray(r) ? r[0] : r) as Rollup.RollupOutput;
	return ut.output.filter((c): c is Rollup.OutputChunk => c.type === 'chunk');
}

describe('scenarioPlugin', () => {
	it('inlines the index and compiles each scenario and facit into a lazy chunk of its own', async () => {
		const chunks = await bygg('plugin');
		const entry = chunks.find((c) => c.isEntry)!;
		expect(entry.code).toContain('Minsta möjliga scenario');
		expect(entry.code).toContain('manualSections');
		// the brief and the frontmatter's expectations stay out of the start page's bundle
		expect(entry.code).not.toContain('Ett kort ärende');
		expect(entry.code).not.toContain('forvantat');
		const lat = chunks.filter((c) => !c.isEntry);
		// parsed and validated at build time: the brief as HTML, the frontmatter as data
		const scenario = lat.filter((c) => c.code.includes('Ett kort ärende'));
		expect(scenario).toHaveLength(1);
		expect(scenario[0].code).toContain('<p>Ett kort ärende.</p>');
		expect(scenario[0].code).toMatch(/forvantat\W/);
		expect(scenario[0].code).not.toContain('forvantat:\n');
		expect(scenario[0].code).not.toContain('Social och vård dokumentation');
		// the facit's steps are a chunk of their own, which Prov never loads
		const facit = lat.filter((c) => c.code.includes('Social och vård dokumentation'));
		expect(facit).toHaveLength(1);
		expect(facit[0].code).not.toContain('Ett kort ärende');
		// nothing of a YAML parser, a schema library or a Markdown renderer is bundled
		for (const c of chunks) expect(c.code).not.toMatch(/parseDocument|safeParse|DOMPurify/);
	}, 60_000);

	it('fails the build naming every bad scenario, its file and its field', async () => {
		const bygget = bygg('plugin-trasig');
		await expect(bygget).rejects.toThrow(
			`${FIX}/plugin-trasig/scenarios/annat-id/index.md: id: är "ett-helt-annat-id" men mappen heter "annat-id"`
		);
		// the whole scenario check runs in the build: an unknown operator is refused before anyone plays
		await expect(bygget).rejects.toThrow(
			`${FIX}/plugin-trasig/scenarios/okand-operator/index.md, regler[0]: Regel S5 använder operatorn "finnsInte", som inte finns`
		);
	}, 60_000);
});

describe('scenarioPlugin in the dev server', () => {
	it('serves the index and the compiled scenarios, and redoes them when a scenario folder changes', async () => {
		// a copy, so the test can add a scenario without touching the fixtures
		const rot = mkdtempSync(join(tmpdir(), 'lss-scenarioplugin-'));
		cpSync(`${FIX}/plugin`, rot, { recursive: true });
		const server = await createServer({
			root: rot,
			configFile: false,
			logLevel: 'silent',
			// no port and no HMR socket of its own: nothing here may collide with a running dev server
			server: { middlewareMode: true, ws: false },
			plugins: [scenarioPlugin()]
		});
		const kod = async (id: string) => (await server.transformRequest(id))?.code ?? '';
		const index = () => kod('virtual:scenario-index');
		try {
			// transformRequest runs the import analysis that failed on a watched folder
			expect(await index()).toContain('Minsta möjliga scenario');
			const send = vi.spyOn(server.ws, 'send');

			const ny = join(rot, 'scenarios', 'andra');
			mkdirSync(ny);
			const facit = readFileSync(join(rot, 'scenarios', 'minimal', 'facit.yaml'), 'utf8');
			writeFileSync(join(ny, 'facit.yaml'), facit);
			const text = readFileSync(join(rot, 'scenarios', 'minimal', 'index.md'), 'utf8');
			writeFileSync(
				join(ny, 'index.md'),
				text.replace('id: minimal', 'id: andra').replace('Minsta möjliga', 'Ett andra')
			);
			await vi.waitFor(() => expect(send).toHaveBeenCalledWith({ type: 'full-reload' }), {
				timeout: 10_000,
				interval: 50
			});
			expect(await index()).toContain('Ett andra scenario');
			expect(await kod('virtual:scenario-source/scenario/andra')).toContain('Ett andra scenario');
			expect(await kod('virtual:scenario-source/facit/andra')).not.toContain('Mina sidor');

			// any file in a scenario folder counts, not only index.md, and its compiled chunk is redone
			send.mockClear();
			writeFileSync(join(ny, 'facit.yaml'), facit + '  - klicka: { flik: Mina sidor }\n');
			await vi.waitFor(() => expect(send).toHaveBeenCalledWith({ type: 'full-reload' }), {
				timeout: 10_000,
				interval: 50
			});
			expect(await kod('virtual:scenario-source/facit/andra')).toContain('Mina sidor');

			send.mockClear();
			rmSync(ny, { recursive: true });
			await vi.waitFor(() => expect(send).toHaveBeenCalledWith({ type: 'full-reload' }), {
				timeout: 10_000,
				interval: 50
			});
			expect(await index()).not.toContain('Ett andra scenario');
		} finally {
			await server.close();
			rmSync(rot, { recursive: true, force: true });
		}
	}, 60_000);
});
