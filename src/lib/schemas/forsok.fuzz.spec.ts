import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import { ForsokFel, lasForsok } from './forsok';
import { forsokText } from './forsokfil';

/*
 * Fuzz tests of the attempt parser: whatever a file holds, lasForsok returns an attempt or
 * throws ForsokFel, never another error (a TypeError would reach the trainee as a raw English
 * message) and never hangs (vitest's timeout would fail it). 200 runs a property keeps CI fast;
 * a failure prints the seed and the smallest input fast-check found.
 */

const RUNDOR = 200;
const GOD = JSON.parse(
	readFileSync('src/lib/content/fixtures/forsok/good/alla-handelsetyper.json', 'utf8')
) as unknown;

/** True when `f` returns or throws ForsokFel; rethrows anything else so fast-check shrinks it. */
function barForsokFel(f: () => unknown): boolean {
	try {
		f();
	} catch (e) {
		if (e instanceof ForsokFel) return e.rader.length > 0 && e.rader.every((r) => r.length > 0);
		throw e;
	}
	return true;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Every path into a JSON value, the value itself first. */
function vagar(v: Json, har: (string | number)[] = []): (string | number)[][] {
	const ut = [har];
	if (Array.isArray(v)) v.forEach((x, i) => ut.push(...vagar(x, [...har, i])));
	else if (v && typeof v === 'object')
		for (const [k, x] of Object.entries(v)) ut.push(...vagar(x, [...har, k]));
	return ut;
}

/** A copy of `v` with the value at `vag` replaced (or, with `ny` undefined, removed). */
function andra(v: Json, vag: (string | number)[], ny: Json | undefined): Json | undefined {
	if (vag.length === 0) return ny;
	const [forsta, ...resten] = vag;
	if (Array.isArray(v)) {
		const kopia = [...v];
		const x = andra(v[forsta as number], resten, ny);
		if (x === undefined) kopia.splice(forsta as number, 1);
		else kopia[forsta as number] = x;
		return kopia;
	}
	const kopia = { ...(v as Record<string, Json>) };
	const x = andra(kopia[forsta], resten, ny);
	if (x === undefined) delete kopia[forsta];
	else kopia[forsta] = x;
	return kopia;
}

const ALLA_VAGAR = vagar(GOD as Json);
const json = fc.jsonValue() as fc.Arbitrary<Json>;

/** The good attempt with up to five values swapped for random JSON, removed, or given a new key. */
const muterat = fc
	.array(
		fc.record({
			vag: fc.constantFrom(...ALLA_VAGAR),
			ny: fc.option(json, { nil: undefined }),
			nyckel: fc.option(fc.string(), { nil: undefined })
		}),
		{ minLength: 1, maxLength: 5 }
	)
	.map((mutationer) => {
		let v: Json | undefined = GOD as Json;
		for (const { vag, ny, nyckel } of mutationer) {
			if (v === undefined) break;
			v =
				nyckel !== undefined && ny !== undefined
					? andra(v, [...vag, nyckel], ny)
					: andra(v, vag, ny);
		}
		return JSON.stringify(v ?? null);
	});

describe('lasForsok under fuzzing', () => {
	it('throws only ForsokFel for any text', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary' }), (text) =>
				barForsokFel(() => lasForsok(text, 'f.json'))
			),
			{ numRuns: RUNDOR }
		);
	});

	it('throws only ForsokFel for any JSON value', () => {
		fc.assert(
			fc.property(json, (v) => barForsokFel(() => lasForsok(JSON.stringify(v), 'f.json'))),
			{ numRuns: RUNDOR }
		);
	});

	it('throws only ForsokFel for a real attempt with fields changed, removed or added', () => {
		fc.assert(
			fc.property(muterat, (text) => barForsokFel(() => lasForsok(text, 'f.json'))),
			{ numRuns: RUNDOR }
		);
	});

	it('throws only ForsokFel for a real attempt cut short or spliced', () => {
		const text = JSON.stringify(GOD, null, '\t');
		fc.assert(
			fc.property(
				fc.nat({ max: text.length }),
				fc.nat({ max: text.length }),
				fc.string(),
				(fran, till, in_) =>
					barForsokFel(() =>
						lasForsok(
							text.slice(0, Math.min(fran, till)) + in_ + text.slice(Math.max(fran, till)),
							'f.json'
						)
					)
			),
			{ numRuns: RUNDOR }
		);
	});

	it('decodes any bytes to text or ForsokFel', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) =>
				barForsokFel(() => lasForsok(forsokText(bytes, 'f.json'), 'f.json'))
			),
			{ numRuns: RUNDOR }
		);
	});
});
