// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { oppnaDb } from '$lib/db';
import { skapaEgetScenario } from '$lib/db/egna-scenarier';
import { lasMapp } from '$lib/content/kontroll';
import { kompileratFacit, kompileratScenario } from './kalla';

const db = oppnaDb(`kalla-spec-${process.pid}`);
vi.mock('./app', () => ({ appDb: () => db }));
afterAll(() => db.delete());

const MINIMAL = lasMapp('src/lib/content/fixtures/plugin/scenarios/minimal');
const RIKTIG = lasMapp('scenarios/ledsagarservice-ny-kund');

describe("the runner's scenario source", () => {
	it('compiles an own scenario from IndexedDB in the browser, its brief sanitised', async () => {
		const index = MINIMAL['index.md']
			.replace('id: minimal', 'id: mitt')
			.replace('Ett kort ärende.', 'Ett **kort** ärende.<script>alert(1)</script>');
		await skapaEgetScenario(db, 'mitt', { ...MINIMAL, 'index.md': index });
		const { scenario, briefHtml } = await kompileratScenario('mitt');
		expect(scenario).toMatchObject({ id: 'mitt', title: 'Minsta möjliga scenario' });
		expect(briefHtml).toContain('<strong>kort</strong>');
		expect(briefHtml).not.toContain('script');
		expect(await kompileratFacit('mitt')).toEqual({
			steg: [{ klicka: { roll: 'flik', namn: 'Social och vård dokumentation' } }],
			inspelning: null
		});
	});

	it("reads an own scenario's recorded facit for Visa, Guidad and the hints", async () => {
		await skapaEgetScenario(db, 'inspelad', {
			...RIKTIG,
			'index.md': RIKTIG['index.md'].replace('id: ledsagarservice-ny-kund', 'id: inspelad')
		});
		const { inspelning } = await kompileratFacit('inspelad');
		expect(inspelning?.handelser.length).toBe(inspelning?.granser.at(-1));
	});

	it('refuses a broken own scenario naming its file and field', async () => {
		await skapaEgetScenario(db, 'trasig', {
			...MINIMAL,
			'index.md': MINIMAL['index.md']
				.replace('id: minimal', 'id: trasig')
				.replace('version: 1', 'version: x')
		});
		await expect(kompileratScenario('trasig')).rejects.toThrow(
			'scenarios/trasig/index.md: version: ska vara ett tal'
		);
	});

	it('gives a shipped id the shipped scenario, and says so when an id is nowhere', async () => {
		await db.egnaScenarier.put({
			id: 'ledsagarservice-ny-kund',
			kalla: 'egen',
			filer: MINIMAL,
			sparad: ''
		});
		expect((await kompileratScenario('ledsagarservice-ny-kund')).scenario.title).not.toBe(
			'Minsta möjliga scenario'
		);
		await expect(kompileratScenario('finns-inte')).rejects.toThrow(/finns inte/);
	});
});
