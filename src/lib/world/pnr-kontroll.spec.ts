import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { luhnOk } from '../domain/personnummer';
import { lasPnrLista } from './pnr-lista';

/*
 * No personnummer outside Skatteverket's test list anywhere in the sources, scenarios, static
 * files or tests: a Luhn-valid number that is not on the list may be a real person's. Runs in
 * the unit suite, so in CI. The list is the repo's copy (testpersonnummer.txt in this folder),
 * never ../shared.
 */

const ROT = join(__dirname, '../../..');
const MAPPAR = ['src', 'scenarios', 'static', 'tests'];
/** Files that are not text, or that are the list itself. */
const HOPPA_OVER = new Set([
	'.png',
	'.jpg',
	'.jpeg',
	'.gif',
	'.webp',
	'.ico',
	'.woff',
	'.woff2',
	'.pdf',
	'.zip'
]);
const LISTAN = join(__dirname, 'testpersonnummer.txt');

const lista = new Set(lasPnrLista(readFileSync(LISTAN, 'utf8')));

function* filer(dir: string): Generator<string> {
	for (const namn of readdirSync(dir)) {
		if (namn === 'node_modules' || namn.startsWith('.')) continue;
		const vag = join(dir, namn);
		if (statSync(vag).isDirectory()) yield* filer(vag);
		else if (!HOPPA_OVER.has(extname(namn).toLowerCase()) && vag !== LISTAN) yield vag;
	}
}

/** Month 01–12 and day 01–31, or 61–91 for a samordningsnummer. */
function dagFinns(mmdd: string): boolean {
	const m = Number(mmdd.slice(0, 2));
	const d = Number(mmdd.slice(2));
	return m >= 1 && m <= 12 && ((d >= 1 && d <= 31) || (d >= 61 && d <= 91));
}

/**
 * Everything shaped like a personnummer in `text`: 12 digits (`ÅÅÅÅMMDDNNNK`, a dash allowed
 * before the last four) or 10 (`ÅÅMMDDNNNK`, the same), whose date can exist and whose check
 * digit is right, so other long numbers do not count. Each with the 12-digit forms it can be.
 */
export function pnrFormadeI(text: string): { rad: number; text: string; kandidater: string[] }[] {
	const ut: { rad: number; text: string; kandidater: string[] }[] = [];
	for (const m of text.matchAll(/(?<![\d-])(\d{6}|\d{8})-?(\d{4})(?![\d-])/g)) {
		const siffror = m[1] + m[2];
		const kandidater = siffror.length === 12 ? [siffror] : ['19' + siffror, '20' + siffror];
		if (!dagFinns(kandidater[0].slice(4, 8)) || !luhnOk(kandidater[0])) continue;
		if (siffror.length === 12 && !/^(18|19|20)/.test(siffror)) continue;
		ut.push({ rad: text.slice(0, m.index).split('\n').length, text: m[0], kandidater });
	}
	return ut;
}

describe('personnummer in the repo', () => {
	it('finds 12- and 10-digit forms with a right check digit, and nothing else', () => {
		expect(
			pnrFormadeI('a 198011169235 b 19801116-9235 c 801116-9235 d 8011169235').map((p) => p.text)
		).toEqual(['198011169235', '19801116-9235', '801116-9235', '8011169235']);
		// wrong check digit, a month 13, a phone number, a date, a longer run of digits
		expect(pnrFormadeI('198011169236 198013169235 070-174 06 42 2025-03-05 1198011169235')).toEqual(
			[]
		);
	});

	it('holds only numbers from Skatteverket’s test list in src, scenarios, static and tests', () => {
		const utanfor: string[] = [];
		let antal = 0;
		for (const mapp of MAPPAR)
			for (const fil of filer(join(ROT, mapp))) {
				for (const p of pnrFormadeI(readFileSync(fil, 'utf8'))) {
					antal++;
					if (!p.kandidater.some((k) => lista.has(k)))
						utanfor.push(`${relative(ROT, fil)}:${p.rad}: ${p.text}`);
				}
			}
		expect(antal).toBeGreaterThan(100);
		expect(
			utanfor,
			'Byt dessa mot nummer från src/lib/world/testpersonnummer.txt (Skatteverkets testpersonnummer)'
		).toEqual([]);
	});
});
