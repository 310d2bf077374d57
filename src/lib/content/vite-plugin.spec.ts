import { build, type Rollup } from 'vite';
import { describe, expect, it } from 'vitest';
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
	it('inlines the index and keeps each scenario text in a lazy chunk of its own', async () => {
		const chunks = await bygg('plugin');
		const entry = chunks.find((c) => c.isEntry)!;
		expect(entry.code).toContain('Minsta möjliga scenario');
		expect(entry.code).toContain('manualSections');
		// the brief and the frontmatter's expectations stay out of the start page's bundle
		expect(entry.code).not.toContain('Ett kort ärende');
		expect(entry.code).not.toContain('forvantat');
		const lat = chunks.filter((c) => !c.isEntry);
		expect(
			lat.some((c) => c.code.includes('Ett kort ärende') && c.code.includes('forvantat:'))
		).toBe(true);
	}, 60_000);

	it('fails the build with the ScenarioFel message when a scenario is bad', async () => {
		await expect(bygg('plugin-trasig')).rejects.toThrow(
			`${FIX}/plugin-trasig/scenarios/annat-id/index.md: id: är "ett-helt-annat-id" men mappen heter "annat-id"`
		);
	}, 60_000);
});
