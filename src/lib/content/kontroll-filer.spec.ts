import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lasPnrLista } from '../world/pnr-lista';
import { fingeravtryck } from './inspelning';
import { kontrolleraMapp, lasMapp } from './kontroll';
import { kontrolleraFiler, type KontrollMiljo } from './kontroll-filer';

const TESTLISTAN = new Set(lasPnrLista(readFileSync('src/lib/world/testpersonnummer.txt', 'utf8')));
const miljo = (mapp: string): KontrollMiljo => ({
	mapp,
	kalla: (fil) => `${mapp}/${fil}`,
	testlistan: TESTLISTAN,
	avtryck: fingeravtryck
});

const MINIMAL = lasMapp('src/lib/content/fixtures/plugin/scenarios/minimal');
const RIKTIG = 'scenarios/ledsagarservice-ny-kund';

describe('kontrolleraFiler, the check over files as text', () => {
	it('gives what the check of the folder on disk gives, for every shipped kind of file', () => {
		const k = kontrolleraFiler(lasMapp(RIKTIG), miljo(RIKTIG));
		const disk = kontrolleraMapp(RIKTIG);
		expect(k.problem).toEqual(disk.problem);
		expect(k.ejInspelade).toEqual(disk.ejInspelade);
		expect(k.problem).toEqual([]);
		expect(k.ejInspelade).toEqual([]);
	});

	it('passes a minimal scenario, with its unrecorded facit as the one thing left', () => {
		const k = kontrolleraFiler(MINIMAL, miljo('scenarios/minimal'));
		expect(k.problem).toEqual([]);
		expect(k.ejInspelade).toEqual(['pass-facit']);
	});

	it('names the file and the field of a schema error and of a facit error at once', () => {
		const filer = {
			'index.md': MINIMAL['index.md'].replace('version: 1', "version: 'ett'"),
			'facit.yaml': 'steg:\n  - klicka: { fflik: Beslut }\n'
		};
		const { problem } = kontrolleraFiler(filer, miljo('scenarios/minimal'));
		expect(problem).toEqual([
			'scenarios/minimal/index.md: version: ska vara ett tal, men är texten "ett"',
			expect.stringMatching(/^scenarios\/minimal\/facit\.yaml: steg\[0\]\.klicka: /)
		]);
	});

	it('says a missing file is missing, naming it', () => {
		const { problem } = kontrolleraFiler({}, miljo('scenarios/x'));
		expect(problem).toEqual([
			'scenarios/x/index.md: filen finns inte eller kan inte läsas.',
			expect.stringMatching(/^scenarios\/x\/facit\.yaml: filen finns inte\. /)
		]);
	});

	it('names an id that is not the folder, a personnummer off the list and a stray attempt', () => {
		const filer = {
			...MINIMAL,
			'index.md': MINIMAL['index.md'].replace('Ett kort ärende.', 'Ring 19800101-1234.'),
			'attempts/gammal.json': '{}'
		};
		const { problem } = kontrolleraFiler(filer, miljo('scenarios/annat'));
		expect(problem).toEqual([
			'scenarios/annat/index.md: id: är "minimal" men mappen heter "annat"; id och mappnamn måste vara lika.'
		]);
		const ratt = kontrolleraFiler(filer, miljo('scenarios/minimal')).problem;
		expect(ratt).toEqual([
			'scenarios/minimal/index.md: 198001011234 är inte ett av Skatteverkets testpersonnummer; använd bara sådana (docs/scenario-format.md, Personnummer).',
			'scenarios/minimal/attempts/gammal.json: hör inte till facit eller någon variant; ta bort filen eller spela in igen (npm run scenario -- record minimal).'
		]);
	});

	it('grades a recorded attempt against what the facit says it should give', () => {
		const filer = lasMapp(RIKTIG);
		const facit = filer['facit.yaml'];
		expect(facit).toContain('fel: [S5, U1]');
		const { problem } = kontrolleraFiler(
			{ ...filer, 'facit.yaml': facit.replace('fel: [S5, U1]', 'fel: [S5, U1, A3]') },
			miljo(RIKTIG)
		);
		// the changed variant's steps are the same, so its recording still counts and is graded
		expect(problem.some((r) => r.startsWith(`${RIKTIG}/facit.yaml: varianter.`))).toBe(true);
		expect(problem.every((r) => r.includes('A3'))).toBe(true);
	});
});
