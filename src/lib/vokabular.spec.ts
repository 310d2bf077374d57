import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as katalog from './domain/katalog';

// The manual's words for the controls of rules.md (copies of the relevant rows of the project's
// vocabulary.tsv, docs/vokabular-*.tsv). The e2e tests find each control by these names; this test
// catches a misspelling in the source before a browser is started.
const rot = resolve(__dirname, '../..');
// Section 13's other tasks (Hushåll, Kundlista, Sökverktyget, Utskrift, Skanning) in a file of
// their own, docs/vokabular-13.tsv, so each part's rows are added where they belong.
const termer = readdirSync(join(rot, 'docs'))
	.filter((f) => /^vokabular-.*\.tsv$/.test(f))
	.map((f) => readFileSync(join(rot, 'docs', f), 'utf8'))
	.join('\n')
	.split('\n')
	.filter((r) => r.trim())
	.map((r) => {
		const [avsnitt, slag, term] = r.split('\t');
		return { avsnitt, slag, term };
	});

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
