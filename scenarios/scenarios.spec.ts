/**
 * Every scenario folder passes the scenario check (src/lib/content/kontroll.ts): its file, rules,
 * facit and personnummer, and every committed attempt graded as its facit says. Attempts with no
 * recording from today's steps are walked in the browser instead (tests/e2e/facit.spec.ts).
 */
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kontrolleraMapp, scenarioMappar } from '../src/lib/content/kontroll';

const mappar = scenarioMappar('scenarios');

it('finds the scenario folders (those not starting with _ or .)', () => {
	expect(mappar.length).toBeGreaterThanOrEqual(5);
});

for (const mapp of mappar) {
	describe(`scenarios/${basename(mapp)}`, () => {
		const k = kontrolleraMapp(mapp);
		it('passes the scenario check, every recorded attempt graded as its facit says', () => {
			expect(k.problem).toEqual([]);
		});
	});
}
