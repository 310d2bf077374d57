import 'fake-indexeddb/auto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../cli/grade';
import { lasScenarioFil } from '../content/fs';
import { importera as importeraFil } from '../state/importera';
import { ForsokFel } from './forsok';
import { forsokText } from './forsokfil';

/*
 * The grader CLI and Importera försök read the same files the same way: each file below is
 * given to both (Importera both as the File and as the text File.text() gives, which is what
 * the start page passes), and both accept it or both refuse it with the same words.
 */

const ID = 'ledsagarservice-ny-kund';
const MAPP = `scenarios/${ID}`;
const FACIT = readFileSync(`${MAPP}/attempts/pass-facit.json`, 'utf8');
const SCENARIO = lasScenarioFil(`${MAPP}/index.md`);
const KANDA = [{ id: SCENARIO.id, version: SCENARIO.version, title: SCENARIO.title }];

const BOM = [0xef, 0xbb, 0xbf];
function utf16le(text: string, bom: boolean): Uint8Array {
	const ut = new Uint8Array((bom ? 2 : 0) + text.length * 2);
	if (bom) ut.set([0xff, 0xfe]);
	for (let i = 0; i < text.length; i++) {
		ut[(bom ? 2 : 0) + 2 * i] = text.charCodeAt(i) & 0xff;
		ut[(bom ? 2 : 0) + 2 * i + 1] = text.charCodeAt(i) >> 8;
	}
	return ut;
}
function utf16be(text: string): Uint8Array {
	const le = utf16le(text, false);
	const ut = new Uint8Array(2 + le.length);
	ut.set([0xfe, 0xff]);
	for (let i = 0; i < le.length; i += 2) ut.set([le[i + 1], le[i]], 2 + i);
	return ut;
}
/** Windows-1252/Latin-1: å, ä and ö as one byte each, which UTF-8 never writes alone. */
function latin1(text: string): Uint8Array {
	return Uint8Array.from([...text].map((c) => (c.charCodeAt(0) < 256 ? c.charCodeAt(0) : 0x3f)));
}
const utf8 = (text: string) => new TextEncoder().encode(text);
const annanVersion = FACIT.replace(/"scenarioVersion": \d+/, '"scenarioVersion": 99');

const FILER: [string, Uint8Array, RegExp | null][] = [
	['UTF-8', utf8(FACIT), null],
	['UTF-8 med BOM', Uint8Array.from([...BOM, ...utf8(FACIT)]), null],
	['UTF-16 LE med BOM', utf16le(FACIT, true), /filen är kodad som UTF-16 eller UTF-32, inte UTF-8/],
	['UTF-16 BE med BOM', utf16be(FACIT), /filen är kodad som UTF-16 eller UTF-32, inte UTF-8/],
	[
		'UTF-16 LE utan BOM',
		utf16le(FACIT, false),
		/filen är kodad som UTF-16 eller UTF-32, inte UTF-8/
	],
	['Latin-1', latin1(FACIT), /filen är inte giltig UTF-8 \(den kan vara sparad som Windows-1252/],
	[
		'en annan version av scenariot',
		utf8(annanVersion),
		/scenarioVersion: försöket gjordes i version 99 av "[^"]+", men här finns version \d+/
	]
];

let fel: string;
beforeEach(() => {
	fel = '';
	vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
	vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((fel += String(s)), true));
});
afterEach(() => vi.restoreAllMocks());

/** The CLI's one stderr line for `bytes` saved as `namn`, or null when it graded the file. */
function cli(namn: string, bytes: Uint8Array): string | null {
	const vag = join(mkdtempSync(join(tmpdir(), 'lss-kodning-')), namn);
	writeFileSync(vag, bytes);
	fel = '';
	const kod = main([ID, vag]);
	if (kod !== 2) return null;
	return fel.trim().replace(vag, namn);
}

/** Importera's message for `data`, or null when it imported the file (into fake-indexeddb). */
async function importera(namn: string, data: Blob | string): Promise<string | null> {
	try {
		await importeraFil(data, namn, KANDA);
	} catch (e) {
		return (e as Error).message;
	}
	return null;
}

describe('the grader CLI and Importera försök agree on a file', () => {
	for (const [namn, bytes, vantat] of FILER) {
		it(`${vantat ? 'both refuse' : 'both read'} ${namn}`, async () => {
			const fil = 'forsok.json';
			const franCli = cli(fil, bytes);
			const somFil = await importera(fil, new Blob([bytes as BlobPart]));
			const somText = await importera(fil, await new Blob([bytes as BlobPart]).text());
			if (vantat === null) {
				expect([franCli, somFil, somText]).toEqual([null, null, null]);
				return;
			}
			expect(franCli).toMatch(new RegExp(`^${fil}: `));
			expect(franCli).toMatch(vantat);
			expect(somFil).toBe(franCli);
			expect(somText).toBe(franCli);
		});
	}
});

describe('forsokText', () => {
	it('keeps the text of UTF-8 and drops a byte order mark', () => {
		expect(forsokText(utf8('{"å":1}'), 'f.json')).toBe('{"å":1}');
		expect(forsokText(Uint8Array.from([...BOM, ...utf8('{}')]), 'f.json')).toBe('{}');
		expect(forsokText('\uFEFF{}', 'f.json')).toBe('{}');
	});

	it('refuses UTF-32 and a lone bad byte, naming the file and what to do', () => {
		const utf32 = Uint8Array.from([0xff, 0xfe, 0, 0, 0x7b, 0, 0, 0]);
		expect(() => forsokText(utf32, 'a.json')).toThrow(ForsokFel);
		expect(() => forsokText(utf32, 'a.json')).toThrow(/^a\.json: filen är kodad som UTF-16/);
		expect(() => forsokText(Uint8Array.from([0x7b, 0xe4, 0x7d]), 'b.json')).toThrow(
			/^b\.json: filen är inte giltig UTF-8.*spara den som UTF-8/
		);
	});
});
