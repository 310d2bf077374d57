import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The manual's words for the controls of rules.md sections 1–4 (a copy of the relevant rows of
// the project's vocabulary.tsv). The e2e tests find each control by these names; this test
// catches a misspelling in the source before a browser is started.
const rot = resolve(__dirname, '../..');
const termer = readFileSync(join(rot, 'docs/vokabular-1-4.tsv'), 'utf8')
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

const kalla = filer(join(rot, 'src'))
	.map((f) => readFileSync(f, 'utf8'))
	.join('\n');

describe('the manual words of sections 1–4 are in the UI source', () => {
	it('has the vocabulary rows', () => {
		expect(termer.length).toBeGreaterThan(40);
	});
	for (const { avsnitt, slag, term } of termer) {
		it(`${avsnitt} ${slag}: ${term}`, () => {
			expect(
				kalla.includes(`'${term}'`) || kalla.includes(`"${term}"`) || kalla.includes(`>${term}<`)
			).toBe(true);
		});
	}
});
