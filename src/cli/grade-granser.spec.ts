import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from './grade';

// The grader CLI and the limits of granser.ts: a huge file is refused from its size, and an
// error listing is the first 20 problems and a count of the rest, on one bounded line.

const ID = 'ledsagarservice-ny-kund';
const PASS = `scenarios/${ID}/attempts/pass-facit.json`;

let fel: string;
beforeEach(() => {
	fel = '';
	vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
	vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((fel += String(s)), true));
});
afterEach(() => vi.restoreAllMocks());

function skriv(text: string): string {
	const vag = join(mkdtempSync(join(tmpdir(), 'lss-granser-')), 'forsok.json');
	writeFileSync(vag, text);
	return vag;
}

describe('grade CLI limits', () => {
	it('refuses a file above 5 MB with the limit named (exit 2)', () => {
		const vag = skriv(' '.repeat(5 * 1024 * 1024 + 1));
		expect(main([ID, vag])).toBe(2);
		expect(fel).toMatch(/forsok\.json: filen är 5(,0)? MB, större än gränsen 5 MB/);
	});

	it('lists the first 20 problems and "… och N till" for the rest', () => {
		const f = JSON.parse(readFileSync(PASS, 'utf8'));
		const h = { typ: 'KundOppnad', pnr: 'inte ett nummer', seq: 1, tid: 'igår' };
		f.handelser = Array.from({ length: 300 }, (_, i) => ({ ...h, seq: i + 1 }));
		expect(main([ID, skriv(JSON.stringify(f))])).toBe(2);
		const rader = fel.trim().split(' | ');
		expect(fel.split('\n')).toHaveLength(2);
		expect(rader).toHaveLength(21);
		expect(rader[20]).toMatch(/^… och \d+ till$/);
	});
});
