/**
 * Every rule of rules.md is either graded, by a rule set that builds a rule with its id in at
 * least one shipped scenario, or listed in docs/rules-engine.md ("Every rule of rules.md") as not
 * graded, with the reason. The table is the trainer's answer to "can my scenario grade this?",
 * so it must not drift from what the rule sets and scenarios do.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lasScenarioFil } from '../../content/fs';
import { scenarioMappar } from '../../content/kontroll';
import { REGELVERK_BYGGARE } from './regelverk';

const ROT = resolve(__dirname, '../../../..');
const REGLER_MD = resolve(ROT, '../shared/spec/rules.md');

interface Rad {
	id: string;
	graderasAv: string[];
	varforInte: string;
}

/** The rows of the table under the heading "Every rule of rules.md" in docs/rules-engine.md. */
function tabellen(): Rad[] {
	const doc = readFileSync(join(ROT, 'docs/rules-engine.md'), 'utf8');
	const start = doc.indexOf('## Every rule of rules.md');
	if (start < 0) throw new Error('docs/rules-engine.md saknar avsnittet "Every rule of rules.md"');
	const slut = doc.indexOf('\n## ', start + 3);
	return doc
		.slice(start, slut < 0 ? undefined : slut)
		.split('\n')
		.filter((r) => /^\| [A-Z]\d+ /.test(r))
		.map((r) => {
			const [id, av, varfor] = r
				.split('|')
				.slice(1, -1)
				.map((c) => c.trim());
			return {
				id,
				graderasAv: [...av.matchAll(/`([a-z]+)`/g)].map((m) => m[1]),
				varforInte: varfor
			};
		});
}

/** Rule id → the rule sets that build it in some shipped scenario (raw rules as `regler`). */
function byggda(): Map<string, Set<string>> {
	const av = new Map<string, Set<string>>();
	const lagg = (id: string, namn: string) => av.set(id, (av.get(id) ?? new Set()).add(namn));
	for (const mapp of scenarioMappar(join(ROT, 'scenarios'))) {
		const s = lasScenarioFil(join(mapp, 'index.md'));
		for (const namn of new Set(s.regelverk))
			for (const r of REGELVERK_BYGGARE[namn](s)) lagg(r.id, namn);
		for (const r of s.regler) lagg(r.id, 'regler');
	}
	return av;
}

describe('every rule of rules.md is graded, or the docs say why not', () => {
	const rader = tabellen();
	const av = byggda();

	it('lists each rule id once, in the order of rules.md', () => {
		expect(rader.length).toBeGreaterThanOrEqual(86);
		const ids = rader.map((r) => r.id);
		expect(new Set(ids).size).toBe(ids.length);
		// the catalog lives beside the repository (../shared), not in a clean clone: compare where
		// it is there
		if (existsSync(REGLER_MD)) {
			const katalog = [...readFileSync(REGLER_MD, 'utf8').matchAll(/^- \*\*([A-Z]\d+)\*\*/gm)].map(
				(m) => m[1]
			);
			expect(ids).toEqual(katalog);
		}
	});

	for (const rad of rader)
		it(`${rad.id}: ${rad.graderasAv.length ? rad.graderasAv.join(', ') : 'not graded'}`, () => {
			const faktiska = av.get(rad.id) ?? new Set<string>();
			if (rad.graderasAv.length) {
				expect(rad.varforInte, `${rad.id} is graded: leave "why not" empty`).toBe('');
				for (const namn of rad.graderasAv)
					expect([...faktiska], `${rad.id}: no shipped scenario's ${namn} builds it`).toContain(
						namn
					);
			} else {
				expect(rad.varforInte.length, `${rad.id}: say why it is not graded`).toBeGreaterThan(20);
				expect(
					[...faktiska],
					`${rad.id} is graded now: name its rule sets in docs/rules-engine.md`
				).toEqual([]);
			}
		});

	it('names every rule set a shipped scenario grades an id by', () => {
		for (const rad of rader)
			expect(rad.graderasAv, rad.id).toEqual(
				expect.arrayContaining([...(av.get(rad.id) ?? [])].filter((n) => n !== 'regler'))
			);
	});
});
