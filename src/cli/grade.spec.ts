import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from './grade';

const ID = 'ledsagarservice-ny-kund';
const MAPP = `scenarios/${ID}`;

let ut: string;
let fel: string;
beforeEach(() => {
	ut = '';
	fel = '';
	vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((ut += String(s)), true));
	vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((fel += String(s)), true));
});
afterEach(() => vi.restoreAllMocks());

/** A temporary copy of a committed attempt, changed by `andra`. */
function andradKopia(andra: (f: Record<string, unknown>) => void): string {
	const f = JSON.parse(readFileSync(`${MAPP}/attempts/pass-facit.json`, 'utf8'));
	andra(f);
	const vag = join(mkdtempSync(join(tmpdir(), 'lss-grade-')), 'forsok.json');
	writeFileSync(vag, JSON.stringify(f));
	return vag;
}

describe('grade CLI', () => {
	it('exits 0 and prints the Rapport for a passing attempt, by id or by folder', () => {
		expect(main([ID, `${MAPP}/attempts/pass-facit.json`])).toBe(0);
		const rapport = JSON.parse(ut);
		expect(rapport).toMatchObject({ scenarioId: ID, godkand: true });
		ut = '';
		expect(main([`${MAPP}/`, `${MAPP}/attempts/pass-facit.json`])).toBe(0);
		expect(JSON.parse(ut)).toEqual(rapport);
		expect(fel).toBe('');
	});

	it('exits 1 for a failing attempt, still printing the Rapport', () => {
		expect(main([ID, `${MAPP}/attempts/fail-dagens-datum-hemvardsomrade.json`])).toBe(1);
		expect(JSON.parse(ut).godkand).toBe(false);
	});

	const dalig: [string, () => string[], RegExp][] = [
		['no arguments', () => [], /^Användning: npm run grade/],
		['an unknown scenario', () => ['finns-inte', 'x.json'], /^Scenariot "finns-inte" finns inte/],
		['a missing attempt file', () => [ID, 'saknas.json'], /^saknas\.json: försöksfilen finns inte/],
		[
			'an attempt for another scenario',
			() => [ID, andradKopia((f) => (f.scenarioId = 'omprovning-daglig-verksamhet'))],
			/försöket gäller scenariot "omprovning-daglig-verksamhet", inte "ledsagarservice-ny-kund"/
		],
		[
			'an attempt of the wrong shape',
			() => [ID, andradKopia((f) => (f.formatVersion = 2))],
			/forsok\.json: formatVersion: ska vara 1/
		],
		[
			'a broken scenario',
			() => ['src/lib/content/fixtures/bad/scenarios/annat-id', `${MAPP}/attempts/pass-facit.json`],
			/annat-id\/index\.md: id: är "ett-helt-annat-id"/
		]
	];
	for (const [namn, argv, meddelande] of dalig) {
		it(`exits 2 with one line on stderr for ${namn}`, () => {
			expect(main(argv())).toBe(2);
			expect(ut).toBe('');
			expect(fel).toMatch(meddelande);
			expect(fel.trimEnd().split('\n')).toHaveLength(1);
		});
	}
});
