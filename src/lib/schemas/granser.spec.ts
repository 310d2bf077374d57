import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FacitFel, lasFacit } from '../content/facit';
import { lasScenario, ScenarioFel } from '../content/scenario';
import { ForsokFel, lasForsok } from './forsok';
import {
	forMangaHandelser,
	forStorFil,
	kortaFellista,
	MAX_FELRADER,
	MAX_FORSOK_BYTE,
	MAX_HANDELSER,
	somMegabyte
} from './granser';

const PASS = 'scenarios/ledsagarservice-ny-kund/attempts/pass-facit.json';
const BOMB = 'src/lib/content/fixtures/facit/bad/alias-bomb.yaml';

function felFor(gor: () => unknown): Error {
	try {
		gor();
	} catch (e) {
		return e as Error;
	}
	throw new Error('lästes utan fel');
}

describe('the attempt file limits', () => {
	const fil = JSON.parse(readFileSync(PASS, 'utf8'));

	it('names the limits in words a trainee reads', () => {
		expect(somMegabyte(MAX_FORSOK_BYTE)).toBe('5 MB');
		expect(forStorFil(MAX_FORSOK_BYTE, 'f.json')).toBeNull();
		expect(forStorFil(MAX_FORSOK_BYTE + 1, 'f.json')).toMatch(/^f\.json: .*gränsen 5 MB/);
		expect(forMangaHandelser(MAX_HANDELSER, 'f.json')).toBeNull();
		expect(forMangaHandelser(MAX_HANDELSER + 1, 'f.json')).toMatch(/5001 händelser.*gränsen 5000/);
	});

	it('refuses a file above 5 MB before parsing it, with the limit named', () => {
		const text = JSON.stringify({ ...fil, fyllnad: 'x'.repeat(MAX_FORSOK_BYTE) });
		const e = felFor(() => lasForsok(text, 'stor.json'));
		expect(e).toBeInstanceOf(ForsokFel);
		expect((e as ForsokFel).rader).toEqual([expect.stringMatching(/^stor\.json: .*5 MB/)]);
	});

	it('refuses more than 5,000 events with the count and the limit, before checking each', () => {
		const h = fil.handelser[0];
		const handelser = Array.from({ length: MAX_HANDELSER + 1 }, (_, i) => ({ ...h, seq: i + 1 }));
		const e = felFor(() => lasForsok(JSON.stringify({ ...fil, handelser }), 'manga.json'));
		expect((e as ForsokFel).rader).toEqual([
			expect.stringMatching(/^manga\.json: försöket har 5001 händelser, fler än gränsen 5000/)
		]);
	});

	it('still reads an attempt within the limits', () => {
		expect(lasForsok(JSON.stringify(fil), 'ok.json').handelser).toHaveLength(fil.handelser.length);
	});
});

describe('kortaFellista', () => {
	it('shows the first 20 problems and counts the rest', () => {
		const rader = Array.from({ length: 80_000 }, (_, i) => `rad ${i + 1}`);
		const kort = kortaFellista(rader);
		expect(kort).toHaveLength(MAX_FELRADER + 1);
		expect(kort[0]).toBe('rad 1');
		expect(kort[19]).toBe('rad 20');
		expect(kort[20]).toBe('… och 79980 till');
	});

	it('keeps a short listing whole and cuts a huge line', () => {
		expect(kortaFellista(['a', 'b'])).toEqual(['a', 'b']);
		const [rad] = kortaFellista(['x'.repeat(10_000)]);
		expect(rad.length).toBe(500);
		expect(rad.endsWith('…')).toBe(true);
	});
});

describe('YAML aliases', () => {
	const bomb = readFileSync(BOMB, 'utf8');

	it('lasFacit refuses an alias bomb naming the file', () => {
		const e = felFor(() => lasFacit(bomb, BOMB));
		expect(e).toBeInstanceOf(FacitFel);
		expect(e.message).toMatch(
			/^src\/lib\/content\/fixtures\/facit\/bad\/alias-bomb\.yaml: för många YAML-alias/
		);
	});

	it('lasScenario refuses an alias bomb in the frontmatter naming the file', () => {
		const e = felFor(() => lasScenario(`---\n${bomb}---\nBrief.\n`, 'scenarios/x/index.md'));
		expect(e).toBeInstanceOf(ScenarioFel);
		expect(e.message).toMatch(/^scenarios\/x\/index\.md: för många YAML-alias.*fler än 100/);
	});

	it('lasScenario names the file for an alias with no anchor', () => {
		const e = felFor(() => lasScenario('---\nid: *saknas\n---\nBrief.\n', 'scenarios/x/index.md'));
		expect(e).toBeInstanceOf(ScenarioFel);
		expect(e.message).toMatch(/^scenarios\/x\/index\.md: /);
	});
});
