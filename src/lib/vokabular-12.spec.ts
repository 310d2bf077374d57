import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The manual's words for the controls of rules.md section 12, Bevakningar (a copy of the rows of
// the project's vocabulary.tsv): each must be in the UI source, and each must be used in a
// shipped scenario's facit, so a facit walk in Chromium finds the control by that very name.
const rot = resolve(__dirname, '../..');
const termer = readFileSync(join(rot, 'docs/vokabular-12.tsv'), 'utf8')
	.split('\n')
	.filter((r) => r.trim())
	.map((r) => {
		const [, slag, term] = r.split('\t');
		return { slag, term };
	});

function filer(dir: string, slut: RegExp): string[] {
	return readdirSync(dir).flatMap((n) => {
		const p = join(dir, n);
		if (statSync(p).isDirectory()) return filer(p, slut);
		return slut.test(n) && !n.endsWith('.spec.ts') ? [p] : [];
	});
}

const kalla = filer(join(rot, 'src'), /\.(svelte|ts)$/)
	.map((f) => readFileSync(f, 'utf8'))
	.join('\n');
const facit = filer(join(rot, 'scenarios'), /^facit\.yaml$/)
	.map((f) => readFileSync(f, 'utf8'))
	.join('\n');
const esc = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('the manual words of section 12 are in the UI and in a facit', () => {
	it('has the vocabulary rows', () => {
		expect(termer.length).toBe(13);
	});
	for (const { slag, term } of termer)
		it(`${slag}: ${term}`, () => {
			expect(new RegExp(`['">]\\s*${esc(term)}(['"<]|\\s)`).test(kalla), 'i källkoden').toBe(true);
			// a field's label (`Bevakas av:`), a control (`knapp: Inställningar`) or a chosen value
			expect(
				new RegExp(`(^|[{,:]\\s*)'?${esc(term)}'?(:|\\s*[},]|\\s*$)`, 'm').test(facit),
				'i en facit'
			).toBe(true);
		});
});
