import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as katalog from './domain/katalog';

// The manual's words for the controls of rules.md's sections (copies of the relevant rows of
// the project's vocabulary.tsv, one file per part: docs/vokabular-1-8.tsv, -9-10.tsv …). The e2e
// tests find each control by these names; this test catches a misspelling in the source before a
// browser is started.
const rot = resolve(__dirname, '../..');
const lasTermer = (fil: string) =>
	readFileSync(join(rot, 'docs', fil), 'utf8')
		.split('\n')
		.filter((r) => r.trim())
		.map((r) => {
			const [avsnitt, slag, term] = r.split('\t');
			return { avsnitt, slag, term };
		});
const termfiler = readdirSync(join(rot, 'docs')).filter((f) => /^vokabular-[\d-]+\.tsv$/.test(f));
const termer = termfiler.flatMap(lasTermer);

function filer(dir: string): string[] {
	return readdirSync(dir).flatMap((n) => {
		const p = join(dir, n);
		if (statSync(p).isDirectory()) return filer(p);
		return /\.(svelte|ts)$/.test(n) && !n.endsWith('.spec.ts') ? [p] : [];
	});
}

// Catalog values are data too: options built by code (LSS-handläggare 1–11) count as written.
const katalogvarden = Object.values(katalog)
	.flatMap((v) => (Array.isArray(v) ? v : typeof v === 'string' ? [v] : []))
	.map((v) => `'${v}'`);
const kalla = [
	...filer(join(rot, 'src')).map((f) => readFileSync(f, 'utf8')),
	...katalogvarden
].join('\n');
const esc = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('the manual words of the vocabulary files are in the UI source', () => {
	it('has the vocabulary rows', () => {
		expect(termer.length).toBeGreaterThan(40);
	});
	for (const { avsnitt, slag, term } of termer) {
		it(`${avsnitt} ${slag}: ${term}`, () => {
			// a whole string or element text, or the head of a longer label
			// (`Beställningen gäller` in `Beställningen gäller fr.o.m.`)
			const re = new RegExp(`['">]\\s*${esc(term)}(['"<]|\\s)`);
			expect(re.test(kalla)).toBe(true);
		});
	}
});

// Sections 9–13 were built with their scenarios: each word is a control some facit walk uses
// (by name in a step, an area, a menu choice or an option filled in), so Playwright finds it in
// the real UI
describe('every word of sections 9–13 is used in a facit walk', () => {
	const facit = readdirSync(join(rot, 'scenarios'))
		.map((d) => join(rot, 'scenarios', d, 'facit.yaml'))
		.filter((f) => {
			try {
				return statSync(f).isFile();
			} catch {
				return false;
			}
		})
		.map((f) => readFileSync(f, 'utf8'))
		.join('\n');
	for (const { avsnitt, slag, term } of termfiler
		.filter((f) => f !== 'vokabular-1-8.tsv')
		.flatMap(lasTermer))
		it(`${avsnitt} ${slag}: ${term}`, () => {
			// `knapp: Ta bort`, `valj: Filter`, `dialog: Ta in beställning`, `Beslutsfattare/beställare:`
			const re = new RegExp(`(: '?|\\s)${esc(term)}'?( \\}|,|:|$)`, 'm');
			expect(re.test(facit)).toBe(true);
		});
});
