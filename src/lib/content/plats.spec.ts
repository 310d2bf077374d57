import { describe, expect, it } from 'vitest';
import { delarAv, nodPlats, platsFor } from './plats';

const INDEX = `---
id: x
version: 1
forvantat:
  beslut:
    - fran: 2024-02-30
      timar: 3
  kund: { pnr: '195207291591' }
---

Brief.
`;
const MAPP = 'scenarios/x';
const filer = { 'index.md': INDEX, 'facit.yaml': 'steg:\n  - klicka: { fflik: Beslut }\n' };

/** The 1-based line and the text of a place. */
function var_(p: ReturnType<typeof platsFor>) {
	if (!p) return null;
	const text = filer[p.fil as keyof typeof filer];
	return {
		fil: p.fil,
		rad: text.slice(0, p.fran).split('\n').length,
		text: text.slice(p.fran, p.till)
	};
}

describe('platsFor: a check line to its place in the file', () => {
	it('reads a zod path to the value in the frontmatter, in lines of the whole file', () => {
		expect(
			var_(platsFor(`${MAPP}/index.md: forvantat.beslut[0].fran: ska vara ett datum`, MAPP, filer))
		).toEqual({ fil: 'index.md', rad: 6, text: '2024-02-30' });
		expect(
			var_(platsFor(`${MAPP}/index.md: forvantat.kund.pnr: ska vara text`, MAPP, filer))
		).toEqual({ fil: 'index.md', rad: 8, text: "'195207291591'" });
	});

	it('points an unknown field at its key, a missing one at its parent, a collection at its key', () => {
		const rad = `${MAPP}/index.md: forvantat.beslut[0]: okänt fält "timar" (stavfel)`;
		expect(var_(platsFor(rad, MAPP, filer))).toEqual({ fil: 'index.md', rad: 7, text: 'timar' });
		expect(
			var_(platsFor(`${MAPP}/index.md: forvantat.utredning: saknas men måste finnas`, MAPP, filer))
		).toEqual({ fil: 'index.md', rad: 4, text: 'forvantat' });
	});

	it('takes a YAML error at its line, a rule by its index, a step in the facit', () => {
		expect(
			var_(platsFor(`${MAPP}/index.md: YAML-fel på rad 5: Bad indent. Kontrollera`, MAPP, filer))
		).toEqual({ fil: 'index.md', rad: 5, text: '  beslut:' });
		expect(
			var_(platsFor(`${MAPP}/facit.yaml: steg[0].klicka: okänd roll "fflik"`, MAPP, filer))
		).toEqual({ fil: 'facit.yaml', rad: 2, text: 'klicka' });
	});

	it('finds a personnummer the line names, and has no place for a line about another file', () => {
		expect(
			var_(platsFor(`${MAPP}/index.md: forvantat.kund.pnr: 195207291591 är varken`, MAPP, filer))
				?.rad
		).toBe(8);
		expect(
			var_(platsFor(`${MAPP}/index.md: 195207291591 är inte ett av Skatteverkets`, MAPP, filer))
		).toEqual({ fil: 'index.md', rad: 8, text: '195207291591' });
		expect(platsFor(`${MAPP}/attempts/pass-facit.json: trasig`, MAPP, filer)).toBeNull();
		expect(platsFor('scenarios/y/index.md: id: fel', MAPP, filer)).toBeNull();
	});

	it('puts a missing brief at the end of the file', () => {
		const p = platsFor(`${MAPP}/index.md: briefen saknas: skriv ärendet`, MAPP, filer);
		expect(p).toEqual({ fil: 'index.md', fran: INDEX.length, till: INDEX.length });
	});
});

describe('delarAv and nodPlats', () => {
	it('split a path as zod gives it and follow it through the YAML', () => {
		expect(delarAv('varianter.fail-x.steg[2].klicka')).toEqual([
			'varianter',
			'fail-x',
			'steg',
			2,
			'klicka'
		]);
		expect(nodPlats('a:\n  - b: 1\n', ['a', 0, 'b'])).toEqual([10, 11]);
		expect(nodPlats('a: 1\n', ['saknas'])).toBeNull();
	});
});
