import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { lasScenario, ScenarioFel } from './scenario';

/*
 * Fuzz tests of the scenario loader: whatever a trainer's index.md holds, lasScenario returns a
 * scenario or throws ScenarioFel, never another error. 200 runs a property keeps CI fast; a
 * failure prints the seed and the smallest input fast-check found.
 */

const RUNDOR = 200;
const KALLA = 'scenarios/ledsagarservice-ny-kund/index.md';
const TEXT = readFileSync(KALLA, 'utf8');
const [, FRONT, ...BRIEF] = TEXT.split(/^---$/m);
const DATA = parse(FRONT) as Record<string, unknown>;
const BRIEFTEXT = BRIEF.join('---');

function barScenarioFel(f: () => unknown): boolean {
	try {
		f();
	} catch (e) {
		if (e instanceof ScenarioFel) return e.rader.length > 0 && e.rader.every((r) => r.length > 0);
		throw e;
	}
	return true;
}

const fil = (frontmatter: string, brief = BRIEFTEXT) => `---\n${frontmatter}\n---${brief}`;

/** Paths to every value of the frontmatter. */
function vagar(v: unknown, har: (string | number)[] = []): (string | number)[][] {
	const ut = [har];
	if (Array.isArray(v)) v.forEach((x, i) => ut.push(...vagar(x, [...har, i])));
	else if (v && typeof v === 'object')
		for (const [k, x] of Object.entries(v)) ut.push(...vagar(x, [...har, k]));
	return ut;
}
const ALLA_VAGAR = vagar(DATA).filter((v) => v.length > 0);

function satt(rot: unknown, vag: (string | number)[], ny: unknown): unknown {
	const kopia = structuredClone(rot) as Record<string | number, unknown>;
	let v = kopia;
	for (const k of vag.slice(0, -1)) v = v[k] as Record<string | number, unknown>;
	const sista = vag[vag.length - 1];
	if (ny === undefined) {
		if (Array.isArray(v)) v.splice(sista as number, 1);
		else delete v[sista];
	} else v[sista] = ny;
	return kopia;
}

describe('lasScenario under fuzzing', () => {
	it('throws only ScenarioFel for any text', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary' }), (text) =>
				barScenarioFel(() => lasScenario(text, KALLA))
			),
			{ numRuns: RUNDOR }
		);
	});

	it('throws only ScenarioFel for any text as frontmatter, YAML or not', () => {
		fc.assert(
			fc.property(fc.string(), fc.string(), (front, brief) =>
				barScenarioFel(() => lasScenario(fil(front, `\n${brief}`), KALLA))
			),
			{ numRuns: RUNDOR }
		);
	});

	it('throws only ScenarioFel for any YAML value as frontmatter', () => {
		fc.assert(
			fc.property(fc.jsonValue(), (v) =>
				barScenarioFel(() => lasScenario(fil(stringify(v)), KALLA))
			),
			{ numRuns: RUNDOR }
		);
	});

	it('throws only ScenarioFel for the real scenario with values changed or removed', () => {
		fc.assert(
			fc.property(
				fc.array(
					fc.record({
						vag: fc.constantFrom(...ALLA_VAGAR),
						ny: fc.option(fc.jsonValue(), { nil: undefined })
					}),
					{ minLength: 1, maxLength: 5 }
				),
				(mutationer) => {
					let data: unknown = DATA;
					for (const { vag, ny } of mutationer) {
						try {
							data = satt(data, vag, ny);
						} catch {
							// an earlier change took the path away: skip this one
						}
					}
					return barScenarioFel(() => lasScenario(fil(stringify(data)), KALLA));
				}
			),
			{ numRuns: RUNDOR }
		);
	});

	it('throws only ScenarioFel for the real file cut short or spliced', () => {
		fc.assert(
			fc.property(
				fc.nat({ max: TEXT.length }),
				fc.nat({ max: TEXT.length }),
				fc.string(),
				(a, b, in_) =>
					barScenarioFel(() =>
						lasScenario(TEXT.slice(0, Math.min(a, b)) + in_ + TEXT.slice(Math.max(a, b)), KALLA)
					)
			),
			{ numRuns: RUNDOR }
		);
	});
});
