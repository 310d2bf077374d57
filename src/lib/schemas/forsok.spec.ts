import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { forsokTillJson, ForsokFel, HANDELSETYPER, lasForsok } from './forsok';

const FIX = 'src/lib/content/fixtures/forsok';

/** What each bad fixture's message must say after `<file>: `: the path and the gist. */
const FORVANTADE_FEL: Record<string, string> = {
	// .txt: prettier ignores it, and would otherwise mend the trailing comma
	'trasig-json.txt': 'är inte giltig JSON (Unexpected token',
	'fel-format.json': 'format: ska vara "lss-ovning-forsok"',
	'ogiltigt-datum.json':
		'handelser[5].aktualisering.datum: ska vara ett datum som finns, skrivet ÅÅÅÅ-MM-DD',
	'okand-handelse.json': 'handelser[3].typ: ska vara en av händelsetyperna KundSokt',
	'seq-i-oordning.json': 'handelser[2].seq: ska vara större än föregående händelses seq (2)',
	'scenarioid-saknas.json': 'scenarioId: saknas men måste finnas',
	'okant-arhundrade.json': 'handelser[0].arhundrade: ska vara ett av "19", "20"',
	'felstavat-falt.json': 'handelser[6].utredning: okänt fält "inledningdatum"',
	// a field beside typ, seq and tid: the event itself is strict too, not only what it carries
	'okant-falt-i-handelse.json': 'handelser[2]: okänt fält "oppnadFran"',
	'ogiltig-tidpunkt.json': 'startad: ska vara en tidpunkt i ISO-format'
};

function las(del: 'good' | 'bad', fil: string) {
	const kalla = `${FIX}/${del}/${fil}`;
	return () => lasForsok(readFileSync(join(FIX, del, fil), 'utf8'), kalla);
}

describe('lasForsok', () => {
	it('reads an attempt holding every event type, in order', () => {
		const f = las('good', 'alla-handelsetyper.json')();
		expect(f.handelser.map((h) => h.typ).sort()).toEqual([...HANDELSETYPER].sort());
		expect(f.handelser.map((h) => h.seq)).toEqual(f.handelser.map((_, i) => i + 1));
		expect(f.inlamnad).toBe('2024-03-04T08:20:00.000+01:00');
	});

	it('writes what it reads back unchanged', () => {
		const f = las('good', 'alla-handelsetyper.json')();
		expect(lasForsok(forsokTillJson(f), 'x.json')).toEqual(f);
	});

	it('has an expectation for every bad fixture', () => {
		expect(readdirSync(join(FIX, 'bad')).sort()).toEqual(Object.keys(FORVANTADE_FEL).sort());
	});

	for (const [fil, text] of Object.entries(FORVANTADE_FEL)) {
		it(`refuses bad/${fil}, naming the file and the path`, () => {
			const kalla = `${FIX}/bad/${fil}`;
			let fel: unknown;
			try {
				las('bad', fil)();
			} catch (e) {
				fel = e;
			}
			expect(fel).toBeInstanceOf(ForsokFel);
			const { rader } = fel as ForsokFel;
			for (const rad of rader) expect(rad.startsWith(`${kalla}: `)).toBe(true);
			expect(rader.some((r) => r.startsWith(`${kalla}: ${text}`))).toBe(true);
		});
	}

	it('gives the line of a JSON error when the engine reports a position', () => {
		expect(() => lasForsok('{\n  "format": 1,\n  "x" 2\n}', 'f.json')).toThrow(
			/^f\.json: är inte giltig JSON \(rad 3, kolumn 7\)/
		);
	});

	it('refuses a personnummer whose check digit is wrong', () => {
		const f = JSON.parse(readFileSync(join(FIX, 'good', 'alla-handelsetyper.json'), 'utf8'));
		// built, not written out: only numbers from the test list may appear in the repo
		const pnr: string = f.handelser[3].pnr;
		f.handelser[3].pnr = pnr.slice(0, 11) + String((Number(pnr[11]) + 1) % 10);
		expect(() => lasForsok(JSON.stringify(f), 'f.json')).toThrow(
			'f.json: handelser[3].pnr: kontrollsiffran stämmer inte'
		);
	});
});
