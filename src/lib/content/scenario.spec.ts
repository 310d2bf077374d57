import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lasAllaScenarier, lasScenarioFil } from './fs';
import { lasScenario, ScenarioFel } from './scenario';

const FIX = 'src/lib/content/fixtures';

/** What each bad fixture's message must name besides the file: field path and the gist. */
const FORVANTADE_FEL: Record<string, string[]> = {
	'utan-frontmatter.md': ['frontmatter saknas'],
	'yaml-syntaxfel.md': [
		'YAML-fel på rad 6: Flow map in block collection must be sufficiently indented and end with a }'
	],
	'tom-brief.md': ['briefen saknas'],
	'ogiltigt-datum.md': [
		'forvantat.aktualiseringar[0].datum: ska vara ett datum som finns, skrivet ÅÅÅÅ-MM-DD'
	],
	'okant-falt.md': ['forvantat.registrering: okänt fält "civilstnd"'],
	'personnummer-utan-citattecken.md': [
		"forvantat.kund.pnr: ska vara text, men är talet 198103179241 (sätt värdet inom citattecken: '198103179241')"
	],
	'saknat-falt.md': ['forvantat: saknas men måste finnas'],
	'okant-regelverk.md': ['regelverk[1]: ska vara ett av "registrering"'],
	'inte-falt.md': ['frontmatter ska vara fält med namn och värde'],
	'scenarios/annat-id/index.md': ['id: är "ett-helt-annat-id" men mappen heter "annat-id"']
};

function felFor(fil: string): ScenarioFel {
	try {
		lasScenarioFil(join(FIX, 'bad', fil));
	} catch (e) {
		if (e instanceof ScenarioFel) return e;
		throw e;
	}
	throw new Error(`${fil} lästes utan fel`);
}

describe('lasScenario', () => {
	it('reads a minimal scenario, applying the defaults and keeping dates as strings', () => {
		const s = lasScenarioFil(join(FIX, 'good', 'minimal.md'));
		expect(s.id).toBe('minimal');
		expect(s.idag).toBe('2024-03-04');
		expect(s.godkandVid).toBe(0.8);
		expect(s.start.kunder).toEqual([]);
		expect(s.forvantat.aktualiseringar).toEqual([]);
		expect(s.brief).toBe('Ett kort ärende.\n');
		expect(s.kalla).toBe(`${FIX}/good/minimal.md`);
	});

	it('reads a start state, a null utredning and raw rules', () => {
		const s = lasScenarioFil(join(FIX, 'good', 'med-startlage.md'));
		expect(s.start.utredningar[0].inledningsdatum).toBe('2024-02-01');
		expect(s.start.kunder[0].postnummer).toBe('252 21');
		expect(s.forvantat.utredning).toBeNull();
		expect(s.forvantat.aktualiseringar[0].organisation).toBe('LSS Myndighet');
		expect(s.regler[0]).toMatchObject({ id: 'A3', kategori: 'system', vikt: 1, kritisk: false });
		expect(s.brief.startsWith('# Telefonanteckning')).toBe(true);
	});

	it('has an expectation for every bad fixture, and a fixture for every expectation', () => {
		const filer = readdirSync(join(FIX, 'bad')).filter((f) => f.endsWith('.md'));
		const kanda = Object.keys(FORVANTADE_FEL).filter((f) => !f.includes('/'));
		expect(filer.sort()).toEqual(kanda.sort());
	});

	for (const [fil, delar] of Object.entries(FORVANTADE_FEL)) {
		it(`refuses bad/${fil}, naming the file and the field`, () => {
			const fel = felFor(fil);
			const kalla = `${FIX}/bad/${fil}`;
			for (const rad of fel.rader) expect(rad.startsWith(`${kalla}: `)).toBe(true);
			for (const del of delar) expect(fel.message).toContain(`${kalla}: ${del}`);
		});
	}

	it('names every faulty field, one line each', () => {
		const text = [
			'---',
			'id: Fel Id',
			'version: 0',
			'title: ""',
			'level: svår',
			'manualSections: []',
			'idag: 2024-13-01',
			"roll: { namn: 'Berg, Sara', lssHandlaggare: LSS-handläggare 3 }",
			"forvantat: { kund: { pnr: '198103179241' } }",
			'regelverk: [registrering]',
			'---',
			'Brief.'
		].join('\n');
		const fel = (() => {
			try {
				lasScenario(text, 'x.md');
			} catch (e) {
				return e as ScenarioFel;
			}
		})();
		expect(fel).toBeInstanceOf(ScenarioFel);
		const falt = fel!.rader.map((r) => r.split(': ')[1]);
		expect(falt).toEqual(['id', 'version', 'title', 'level', 'manualSections', 'idag']);
	});

	it('accepts CRLF line ends and a byte-order mark', () => {
		const text =
			'\uFEFF---\r\nid: a\r\nversion: 1\r\ntitle: T\r\nlevel: grund\r\n' +
			'manualSections: [X]\r\nidag: 2024-03-04\r\nroll: { namn: N, lssHandlaggare: L }\r\n' +
			"forvantat: { kund: { pnr: '198103179241' } }\r\nregelverk: [sokning]\r\n---\r\nBrief.\r\n";
		expect(lasScenario(text, 'a.md').id).toBe('a');
	});

	it('names a missing file', () => {
		expect(() => lasScenarioFil(join(FIX, 'finns-inte.md'))).toThrow(
			`${FIX}/finns-inte.md: filen finns inte`
		);
	});

	it('lasAllaScenarier throws on a bad scenario folder rather than skipping it', () => {
		expect(() => lasAllaScenarier(join(FIX, 'bad', 'scenarios'))).toThrow(
			`${FIX}/bad/scenarios/annat-id/index.md: id:`
		);
	});
});
